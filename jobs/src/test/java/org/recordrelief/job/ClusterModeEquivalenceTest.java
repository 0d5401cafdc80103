package org.recordrelief.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.typesafe.config.ConfigValueFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.bench.ChildJvm;
import org.recordrelief.generate.Generator;
import org.recordrelief.generate.GeneratorSettings;
import org.recordrelief.publish.Json;
import org.recordrelief.testing.DataFrameAssert;
import org.recordrelief.testing.SharedSpark;

/**
 * The same job on a real multi-JVM cluster decides the same: a generated extract is run once in
 * local mode (the shared test session) and once by {@code Main run} in a child JVM whose master
 * is {@code local-cluster[2,1,1024]} (a standalone master and two workers inside the child, each
 * worker starting its executor in a JVM of its own, so every task result crosses process
 * boundaries through serialization and the shuffle service). Determinations, convictions and
 * persons must hold the same rows and every county CSV export must be byte-identical.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterModeEquivalenceTest {
  private static final String RUN_ID = "cluster-equivalence";
  private static final long CHILD_TIMEOUT_MINUTES = 15;

  private SparkSession spark;
  private Path local;
  private Path cluster;
  private Path sparkHome;
  private Path childLog;

  @BeforeAll
  void runLocallyAndOnACluster(SparkSession spark, @TempDir Path tmp) throws Exception {
    this.spark = spark;
    Path gen = tmp.resolve("gen");
    local = tmp.resolve("local");
    cluster = tmp.resolve("cluster");
    GeneratorSettings s = GeneratorSettings.defaults().withOverrides(Map.of(
        "people", 200, "seed", 6_2026L, "rowsPerFile", 2500, "invalidDateRate", 0.002));
    LocalDate asOf = s.extractDate();
    Generator.generate(s, gen, SharedSpark.testSettings().statutory());
    String input = gen.resolve("doj").toString();

    PipelineJob.run(spark, SharedSpark.testSettings(),
        new RunRequest(List.of(input), local.toString(), asOf, RUN_ID));

    // The workers inside the child build executor command lines from SPARK_HOME/jars (empty
    // here) plus spark.executor.extraClassPath (the test class path), and need the Scala
    // version named because SPARK_HOME is not a Spark build.
    sparkHome = Files.createDirectories(tmp.resolve("spark-home"));
    Files.createDirectories(sparkHome.resolve("jars"));
    Path conf = tmp.resolve("cluster.conf");
    Files.writeString(conf, "recordrelief.spark {\n"
        + "  \"spark.master\" = \"local-cluster[2,1,1024]\"\n"
        + "  \"spark.sql.shuffle.partitions\" = \"3\"\n"
        + "  \"spark.executor.extraClassPath\" = "
        + ConfigValueFactory.fromAnyRef(ChildJvm.classPath()).render() + "\n"
        + "  \"spark.executor.extraJavaOptions\" = \"-Duser.timezone=America/Los_Angeles\"\n"
        + "}\n");
    childLog = tmp.resolve("child.log");
    ProcessBuilder pb = new ProcessBuilder(ChildJvm.command("1g", List.of(),
        "org.recordrelief.job.Main", List.of("run", "--input", input, "--output",
            cluster.toString(), "--as-of", asOf.toString(), "--run-id", RUN_ID, "--config",
            conf.toString(), "--quiet")))
        .redirectErrorStream(true)
        .redirectOutput(childLog.toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process child = pb.start();
    List<ProcessHandle> started = new ArrayList<>();
    try {
      // Remember the executor JVMs while they run: they must go too if the child is killed.
      while (!child.waitFor(500, TimeUnit.MILLISECONDS)) {
        child.descendants().filter(h -> !started.contains(h)).forEach(started::add);
        if (child.info().startInstant().map(t -> t.plusSeconds(CHILD_TIMEOUT_MINUTES * 60)
            .isBefore(java.time.Instant.now())).orElse(false)) {
          fail("the cluster run took longer than " + CHILD_TIMEOUT_MINUTES + " minutes\n"
              + tail(childLog));
        }
      }
      assertEquals(0, child.exitValue(), "cluster run failed:\n" + tail(childLog));
    } finally {
      child.descendants().forEach(ProcessHandle::destroyForcibly);
      started.forEach(ProcessHandle::destroyForcibly);
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  @Test
  void theClusterRunUsedTwoExecutorJvms() throws IOException {
    Map<String, Object> manifest = Json.read(Files.readString(cluster.resolve("manifest.json")));
    assertEquals("local-cluster[2,1,1024]", manifest.get("spark_master"));
    // Each worker keeps a work directory per executor it launched: <app>/<executor id>/stderr.
    try (Stream<Path> files = Files.walk(sparkHome.resolve("work"))) {
      long executors = files.filter(p -> p.getFileName().toString().equals("stderr")).count();
      assertTrue(executors >= 2, "executor JVMs started: " + executors);
    }
  }

  @Test
  void determinationsConvictionsAndPersonsAreTheSame() {
    for (String dataset : List.of("determinations", "convictions", "persons")) {
      DataFrameAssert.assertSameRowsIgnoringOrder(
          spark.read().parquet(local.resolve(dataset).toString()),
          spark.read().parquet(cluster.resolve(dataset).toString()));
    }
    assertTrue(spark.read().parquet(local.resolve("determinations").toString()).count() > 50,
        "the extract yields determinations to compare");
  }

  @Test
  void countyCsvExportsAreByteIdentical() throws IOException {
    List<Path> expected = csvFiles(local.resolve("exports"));
    assertEquals(expected, csvFiles(cluster.resolve("exports")));
    assertTrue(expected.size() >= 58, "a determinations.csv per county: " + expected.size());
    for (Path rel : expected) {
      assertArrayEquals(Files.readAllBytes(local.resolve("exports").resolve(rel)),
          Files.readAllBytes(cluster.resolve("exports").resolve(rel)), rel.toString());
    }
  }

  @Test
  void rowAccountingAndOutcomesAreTheSame() throws IOException {
    Map<String, Object> a = Json.read(Files.readString(local.resolve("summary.json")));
    Map<String, Object> b = Json.read(Files.readString(cluster.resolve("summary.json")));
    for (String key : List.of("rows", "persons", "convictions", "determinations",
        "legal_outcomes")) {
      assertEquals(a.get(key), b.get(key), key);
    }
  }

  private static List<Path> csvFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".csv")).map(dir::relativize).sorted()
          .toList();
    }
  }
}
