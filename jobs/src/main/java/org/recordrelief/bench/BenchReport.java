package org.recordrelief.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One benchmark measurement: what ran (size, seed, heap, master), how long each pipeline stage
 * took (from the run's {@code manifest.json}), the child JVM's total wall time and peak resident
 * memory, throughput, and the bytes of each top-level output entry. Rendering (table, JSON map,
 * file name) is pure.
 *
 * @param people synthetic people generated
 * @param seed generator seed
 * @param heap the pipeline JVM's {@code -Xmx}
 * @param generateMillis wall time of data generation, 0 when an earlier extract was reused
 * @param totalWallMillis wall time of the pipeline JVM, start to exit (JVM and Spark start
 *     included)
 * @param stageMillis per-stage wall time recorded by the pipeline, in stage order
 * @param recordsRead DOJ records read (summary.json rows.records_read)
 * @param inputBytes bytes of the input files (manifest.json inputs)
 * @param inputFiles number of input files
 * @param memory peak resident memory of the pipeline JVM and of its process tree
 * @param outputBytes bytes per top-level entry of the output directory, by name
 * @param sparkMaster the master the run used (manifest.json)
 * @param codeVersion the code version the run recorded
 * @param cores processors available to the benchmark JVM
 * @param measuredAt when the run finished
 */
public record BenchReport(
    long people,
    long seed,
    String heap,
    long generateMillis,
    long totalWallMillis,
    Map<String, Long> stageMillis,
    long recordsRead,
    long inputBytes,
    int inputFiles,
    ProcessMemory.Peak memory,
    Map<String, Long> outputBytes,
    String sparkMaster,
    String codeVersion,
    int cores,
    Instant measuredAt) {

  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** Stage times, record count, inputs, master and code version from a run's JSON files. */
  @SuppressWarnings("unchecked")
  public static BenchReport of(long people, long seed, String heap, long generateMillis,
      long totalWallMillis, Map<String, Object> manifest, Map<String, Object> summary,
      ProcessMemory.Peak memory, Map<String, Long> outputBytes, int cores, Instant measuredAt) {
    Map<String, Long> stages = new LinkedHashMap<>();
    ((Map<String, Object>) manifest.getOrDefault("stage_millis", Map.of()))
        .forEach((k, v) -> stages.put(k, ((Number) v).longValue()));
    long bytes = 0;
    List<Map<String, Object>> inputs =
        (List<Map<String, Object>>) manifest.getOrDefault("inputs", List.of());
    for (Map<String, Object> in : inputs) {
      bytes += ((Number) in.get("bytes")).longValue();
    }
    Map<String, Object> rows = (Map<String, Object>) summary.getOrDefault("rows", Map.of());
    long read = ((Number) rows.getOrDefault("records_read", 0)).longValue();
    return new BenchReport(people, seed, heap, generateMillis, totalWallMillis,
        stages, read, bytes, inputs.size(), memory,
        outputBytes, String.valueOf(manifest.get("spark_master")),
        String.valueOf(manifest.get("code_version")), cores, measuredAt);
  }

  /** Wall time not inside a recorded stage: JVM and Spark start, the reports, publishing. */
  public long unattributedMillis() {
    long staged = stageMillis.values().stream().mapToLong(Long::longValue).sum();
    return Math.max(0, totalWallMillis - staged);
  }

  /** Input records per second of total wall time. */
  public double rowsPerSecond() {
    return perSecond(recordsRead, totalWallMillis);
  }

  /** Input megabytes (10^6 bytes) per second of total wall time. */
  public double megabytesPerSecond() {
    return perSecond(inputBytes, totalWallMillis) / 1e6;
  }

  public long outputTotalBytes() {
    return outputBytes.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@code bench-<people>-<seed>-<UTC stamp>.json}. */
  public String fileName() {
    return "bench-" + people + "-" + seed + "-" + FILE_STAMP.format(measuredAt) + ".json";
  }

  private static double perSecond(long amount, long millis) {
    return millis <= 0 ? 0 : amount * 1000.0 / millis;
  }

  /** The report as a human-readable table. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "bench: %,d people (seed %d), %,d records, %s in %d file(s); heap %s; master %s; %d cores%n",
        people, seed, recordsRead, size(inputBytes), inputFiles, heap, sparkMaster, cores));
    sb.append(generateMillis > 0
        ? String.format(Locale.ROOT, "generated the extract in %.1f s%n", generateMillis / 1000.0)
        : "reused the generated extract\n");
    sb.append(String.format(Locale.ROOT, "%-36s %9s %7s %12s%n", "stage", "seconds", "share",
        "rows/s"));
    stageMillis.forEach((stage, ms) -> sb.append(stageLine(stage, ms)));
    sb.append(stageLine("other (JVM start, reports, publish)", unattributedMillis()));
    sb.append(String.format(Locale.ROOT, "%-36s %9.1f %6.1f%% %12s   %.2f MB/s%n", "total wall",
        totalWallMillis / 1000.0, 100.0, String.format(Locale.ROOT, "%,.0f", rowsPerSecond()),
        megabytesPerSecond()));
    sb.append(String.format(Locale.ROOT,
        "peak RSS: pipeline JVM %s (VmHWM), process tree %s%n",
        size(memory.mainPeakBytes()), size(memory.treePeakBytes())));
    sb.append(String.format(Locale.ROOT, "%-36s %12s%n", "output", "size"));
    outputBytes.forEach((name, b) -> sb.append(
        String.format(Locale.ROOT, "%-36s %12s%n", name, size(b))));
    sb.append(String.format(Locale.ROOT, "%-36s %12s%n", "total", size(outputTotalBytes())));
    return sb.toString();
  }

  private String stageLine(String stage, long ms) {
    double share = totalWallMillis <= 0 ? 0 : ms * 100.0 / totalWallMillis;
    return String.format(Locale.ROOT, "%-36s %9.1f %6.1f%% %12s%n", stage, ms / 1000.0, share,
        ms <= 0 ? "-" : String.format(Locale.ROOT, "%,.0f", perSecond(recordsRead, ms)));
  }

  /** Bytes in B, KB, MB or GB (powers of 1000, one decimal). */
  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = -1;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /** The report as an ordered map for JSON (all sizes in bytes, all times in milliseconds). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("people", people);
    m.put("seed", seed);
    m.put("heap", heap);
    m.put("spark_master", sparkMaster);
    m.put("code_version", codeVersion);
    m.put("cores", cores);
    m.put("measured_at", measuredAt.toString());
    m.put("generate_millis", generateMillis);
    m.put("records_read", recordsRead);
    m.put("input_bytes", inputBytes);
    m.put("input_files", inputFiles);
    m.put("total_wall_millis", totalWallMillis);
    m.put("stage_millis", stageMillis);
    m.put("unattributed_millis", unattributedMillis());
    m.put("rows_per_second", Math.round(rowsPerSecond()));
    m.put("megabytes_per_second", Math.round(megabytesPerSecond() * 1000) / 1000.0);
    m.put("peak_rss_bytes", memory.mainPeakBytes());
    m.put("peak_rss_tree_bytes", memory.treePeakBytes());
    m.put("output_bytes", outputBytes);
    m.put("output_total_bytes", outputTotalBytes());
    return m;
  }
}
