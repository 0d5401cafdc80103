package org.recordrelief.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.recordrelief.job.RunFailure;
import org.recordrelief.publish.Json;

/**
 * {@code bench}: generate the extract once per size and seed, run the pipeline on it in a child
 * JVM with the requested heap while sampling its resident memory, then print the report and
 * write it as JSON under {@code target/bench/}. The child is a separate JVM so that its peak
 * memory and wall time are the pipeline's alone, as they would be in production.
 */
public final class BenchCommand {
  private BenchCommand() {}

  static final String MAIN = "org.recordrelief.job.Main";
  static final Path REPORT_DIR = Path.of("target", "bench");

  public static int run(String[] args, PrintStream out) {
    BenchOptions o = BenchOptions.parse(args, 1);
    long generateMillis = 0;
    if (!Files.exists(o.data().resolve("generation.json"))) {
      deleteTree(o.data()); // an interrupted earlier generation
      long t0 = System.nanoTime();
      runChild("generate", o.heap(), List.of("generate", "--people", Long.toString(o.people()),
          "--seed", Long.toString(o.seed()), "--output", o.data().toString()), null);
      generateMillis = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
    }

    List<String> runArgs = new ArrayList<>(List.of("run", "--input",
        o.data().resolve("doj").toString(), "--output", o.output().toString(), "--as-of",
        o.asOf().toString(), "--quiet"));
    if (o.master() != null) {
      runArgs.addAll(List.of("--master", o.master()));
    }
    long[] wall = new long[1];
    ProcessMemory.Peak peak = runChild("pipeline", o.heap(), runArgs, wall);

    BenchReport report = BenchReport.of(o.people(), o.seed(), o.heap(), generateMillis, wall[0],
        readJson(o.output().resolve("manifest.json")),
        readJson(o.output().resolve("summary.json")), peak, outputBytes(o.output()),
        Runtime.getRuntime().availableProcessors(), Instant.now());
    Path file = REPORT_DIR.resolve(report.fileName());
    try {
      Files.createDirectories(REPORT_DIR);
      Files.writeString(file, Json.write(report.toJson()));
    } catch (IOException e) {
      throw new RunFailure("cannot write " + file + ": " + e.getMessage());
    }
    out.print(report.table());
    out.println("report: " + file);
    return 0;
  }

  /**
   * Run {@code Main args} in a child JVM with the given heap, sampling its memory; fills
   * {@code wall[0]} with its wall time when given. The child (and anything it started) is
   * killed if this JVM is interrupted or the child fails to start.
   */
  private static ProcessMemory.Peak runChild(String what, String heap, List<String> args,
      long[] wall) {
    ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(heap, List.of(), MAIN, args))
        .inheritIO();
    Process p = null;
    long t0 = System.nanoTime();
    try {
      p = pb.start();
      int status;
      ProcessMemory.Peak peak;
      try (ProcessMemory memory = ProcessMemory.watch(p.toHandle(), 100)) {
        status = p.waitFor();
        peak = memory.peak();
      }
      if (wall != null) {
        wall[0] = (System.nanoTime() - t0) / 1_000_000;
      }
      if (status != 0) {
        throw new RunFailure(what + " exited with status " + status);
      }
      return peak;
    } catch (IOException e) {
      throw new RunFailure("cannot start the " + what + " JVM: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunFailure(what + " interrupted");
    } finally {
      if (p != null && p.isAlive()) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
    }
  }

  private static Map<String, Object> readJson(Path file) {
    try {
      return Json.read(Files.readString(file));
    } catch (IOException e) {
      throw new RunFailure("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Bytes per top-level entry of {@code dir} (directories end in '/'), sorted by name. */
  static Map<String, Long> outputBytes(Path dir) {
    Map<String, Long> sizes = new TreeMap<>();
    try (Stream<Path> top = Files.list(dir)) {
      for (Path p : top.toList()) {
        boolean isDir = Files.isDirectory(p);
        sizes.put(p.getFileName() + (isDir ? "/" : ""), treeBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sizes;
  }

  private static long treeBytes(Path p) throws IOException {
    try (Stream<Path> all = Files.walk(p)) {
      return all.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new RunFailure("cannot clear " + dir + ": " + e.getMessage());
    }
  }
}
