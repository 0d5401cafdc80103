package org.recordrelief.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.config.Settings;
import org.recordrelief.generate.Generator;
import org.recordrelief.generate.GeneratorSettings;
import org.recordrelief.job.PipelineJob;
import org.recordrelief.job.RunRequest;
import org.recordrelief.job.RunResult;
import org.recordrelief.testing.DataFrameAssert;
import org.recordrelief.testing.SharedSpark;

/**
 * Crash safety: a nightly run in a child JVM is frozen at a {@link FaultPoint} and killed with
 * SIGKILL (during the read, during the write of determinations, just before the switch of {@code
 * current}); after each kill {@code current} still
 * names the previous complete run, no partial run is visible under {@code runs/}, and the next
 * nightly recovers the stale lock, clears the debris and publishes the same rows as a clean run.
 */
@ExtendWith(SharedSpark.class)
class NightlyFaultTest {
  private static final LocalDate DAY1 = LocalDate.of(2026, 6, 30);
  private static final LocalDate DAY2 = LocalDate.of(2026, 7, 1);
  private static final long MARKER_TIMEOUT_SECONDS = 300;

  @Test
  void killedNightliesNeverUnpublishAndTheNextOneRecovers(SparkSession spark, @TempDir Path tmp)
      throws Exception {
    Settings settings = SharedSpark.testSettings();
    Path gen = tmp.resolve("gen");
    Generator.generate(GeneratorSettings.defaults().withOverrides(Map.of(
        "people", 250, "seed", 20261127L, "rowsPerFile", 1500,
        "wrongFieldCountRate", 0.002, "malformedQuoteRate", 0.0,
        "blankSubjectAndCiiRate", 0.0, "invalidDateRate", 0.002, "partialDateRate", 0.05)),
        gen, settings.statutory());
    Path inbox = gen.resolve("doj").toAbsolutePath();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(inbox)) {
      s.filter(p -> Inbox.isDataFileName(p.getFileName().toString())).sorted()
          .forEach(files::add);
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      Files.writeString(f.resolveSibling(f.getFileName() + ".done"), "");
    }
    Path base = tmp.resolve("relief").toAbsolutePath();

    NightlyResult day1 = NightlyRun.run(() -> spark, settings,
        new NightlyRequest(inbox, base, DAY1), line -> { });
    String run1 = day1.runId();
    long day1Rows = determinations(spark, base.resolve("runs").resolve(run1)).count();
    assertTrue(day1Rows > 0);

    Path conf = tmp.resolve("child.conf");
    Files.writeString(conf, """
        recordrelief.spark {
          "spark.master" = "local[2]"
          "spark.sql.shuffle.partitions" = "2"
        }
        """);
    Path markers = Files.createDirectories(tmp.resolve("markers"));
    // (pipeline-before-publish and nightly-after-pipeline leave the same kind of debris in
    // work/ as a kill during the write; they are left out to keep the test short.)
    String[] points = {"pipeline-reading", "pipeline-writing-determinations",
        "nightly-before-switch"};
    Path lastLog = null;
    for (String point : points) {
      lastLog = tmp.resolve(point + ".log");
      long pid = killAt(point, markers, lastLog, inbox, base, conf);

      String state = point + ": ";
      assertEquals(run1, new PublishedRuns(base).currentRunId().orElseThrow(),
          state + "current still names the previous run");
      Path current = base.resolve("current").toRealPath();
      assertTrue(Files.exists(current.resolve("_SUCCESS")), state + "current is complete");
      assertEquals(day1Rows, determinations(spark, current).count(),
          state + "current's determinations are readable and whole");
      try (Stream<Path> s = Files.list(base.resolve("runs"))) {
        for (Path run : s.toList()) {
          assertTrue(PublishedRuns.isCompleteRun(run), state + "only complete runs in runs/: "
              + run.getFileName());
        }
      }
      assertTrue(Files.readString(base.resolve(".lock")).contains("pid=" + pid),
          state + "the killed run's lock is left behind");
    }
    // The last child died after moving its complete run into runs/, before the switch.
    try (Stream<Path> s = Files.list(base.resolve("runs"))) {
      assertEquals(2, s.count(), "the run built before the last kill is complete in runs/");
    }
    // That run was built by a fresh JVM: nothing under BASE may be world-accessible.
    try (Stream<Path> s = Files.walk(base)) {
      for (Path p : s.toList()) {
        var perms = Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (!Files.isSymbolicLink(p)) {
          assertFalse(perms.stream().anyMatch(x -> x.name().startsWith("OTHERS_")),
              "world-accessible: " + base.relativize(p) + " " + perms);
        }
      }
    }
    String childLog = Files.readString(tmp.resolve("nightly-before-switch.log"));
    assertTrue(childLog.contains("recovered a stale lock"), "a child recovered the lock");
    assertTrue(childLog.contains("removed leftovers"), "a child cleared a crashed run's debris");

    // The next nightly: stale lock recovered, and the complete run published.
    List<String> log = new ArrayList<>();
    NightlyResult day2 = NightlyRun.run(() -> spark, settings,
        new NightlyRequest(inbox, base, DAY2), log::add);
    assertTrue(log.stream().anyMatch(l -> l.contains("recovered a stale lock")), log.toString());
    assertEquals(NightlyResult.Outcome.REPUBLISHED, day2.outcome());
    assertEquals(run1, day2.previousRunId());
    assertEquals(day2.runId(), new PublishedRuns(base).currentRunId().orElseThrow());
    assertFalse(Files.exists(base.resolve(".lock")));

    // The rows equal those of a clean run of the same inputs and as-of date.
    RunResult clean = PipelineJob.run(spark, settings, new RunRequest(
        files.stream().map(Path::toString).toList(), tmp.resolve("clean").toString(), DAY2,
        null));
    assertEquals(clean.runId(), day2.runId(), "same inputs, as-of date, config and code");
    DataFrameAssert.assertSameRowsIgnoringOrder(determinations(spark, tmp.resolve("clean")),
        determinations(spark, base.resolve("current")));
    assertTrue(Files.exists(base.resolve("current/exports/los-angeles/changes.csv")));
    try (Stream<Path> s = Files.list(base.resolve("work"))) {
      assertEquals(List.of(), s.toList(), "no debris left in work/");
    }
  }

  private static Dataset<Row> determinations(SparkSession spark, Path run) {
    return spark.read().parquet(run.resolve("determinations").toString());
  }

  /**
   * Start {@code nightly} for DAY2 in a child JVM that freezes at {@code point}, wait for it to
   * get there, SIGKILL it and its descendants; returns the child's PID.
   */
  private static long killAt(String point, Path markers, Path log, Path inbox, Path base,
      Path conf) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      // The --add-opens flags Spark needs on Java 17, the time zone and locale of the tests.
      if (arg.startsWith("--add-opens") || arg.startsWith("-XX:+IgnoreUnrecognized")
          || arg.startsWith("-Dio.netty") || arg.startsWith("-Duser.")) {
        cmd.add(arg);
      }
    }
    cmd.add("-D" + FaultPoint.PAUSE_AT + "=" + point);
    cmd.add("-D" + FaultPoint.DIR + "=" + markers);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.recordrelief.job.Main");
    cmd.addAll(List.of("nightly", "--inbox", inbox.toString(), "--publish", base.toString(),
        "--as-of", DAY2.toString(), "--config", conf.toString(), "--quiet"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process child = pb.start();
    Path marker = markers.resolve(point + ".reached");
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MARKER_TIMEOUT_SECONDS);
      while (!Files.exists(marker)) {
        if (!child.isAlive()) {
          fail(point + ": the child ended (status " + child.exitValue()
              + ") before reaching the fault point:\n" + tail(log));
        }
        if (System.nanoTime() > deadline) {
          fail(point + ": fault point not reached in " + MARKER_TIMEOUT_SECONDS + " s:\n"
              + tail(log));
        }
        Thread.sleep(200);
      }
    } finally {
      child.descendants().forEach(ProcessHandle::destroyForcibly);
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), point + ": the child is gone");
    }
    Files.delete(marker);
    return child.pid();
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
