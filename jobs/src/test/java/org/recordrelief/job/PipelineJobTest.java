package org.recordrelief.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.config.Settings;
import org.recordrelief.publish.Json;
import org.recordrelief.testing.DojLine;
import org.recordrelief.testing.SharedSpark;

@ExtendWith(SharedSpark.class)
class PipelineJobTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static RunResult run(SparkSession spark, Path out, Path... inputs) {
    List<String> in = java.util.Arrays.stream(inputs).map(Path::toString).toList();
    return PipelineJob.run(spark, SharedSpark.testSettings(),
        new RunRequest(in, out.toString(), AS_OF, null));
  }

  @Test
  void fewBadRowsAreQuarantinedAndTheRunSucceeds(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    DojLine a1 = DojLine.conviction("100", "101002001000", "11358 HS-CULTIVATE")
        .set("SENT_LOC_DESCR", "JAIL").set("SENT_LENGTH", "30").set("SENT_TIME_CODE", "D")
        .set("SENT_ORDER", "1");
    DojLine a2 = DojLine.conviction("100", "101002001000", "11358 HS-CULTIVATE")
        .set("SENT_LOC_DESCR", "PROBATION").set("SENT_LENGTH", "6").set("SENT_TIME_CODE", "M")
        .set("SENT_ORDER", "2");
    DojLine b = DojLine.conviction("200", "101002001000", "459 PC-BURGLARY")
        .set("STP_ORI_CNTY_NAME", "SAN JOAQUIN");
    DojLine padded = DojLine.conviction("300", "101002001000", " 11357(B) HS-POSSESS  ")
        .set("STP_ORI_CNTY_NAME", "YOLO");
    DojLine dismissed = DojLine.conviction("200", "101002002000", "11357(C) HS")
        .set("DISP_DESCR", "DISMISSED/CHARGE DROPPED");
    StringBuilder text = new StringBuilder(DojLine.header()).append('\n');
    text.append(a1.csv()).append('\n').append(a2.csv()).append('\n');
    text.append(b.csv()).append("\r\n").append(dismissed.csv()).append('\n');
    text.append(padded.csv()).append('\n');
    text.append('\n');
    text.append(b.csvShort()).append('\n'); // 94 fields
    Path f = write(tmp, "extract.csv", text.toString());
    Path out = tmp.resolve("out");

    RunResult r = run(spark, out, f);

    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    Map<String, Object> summary = Json.read(Files.readString(out.resolve("summary.json")));
    @SuppressWarnings("unchecked")
    Map<String, Object> rows = (Map<String, Object>) summary.get("rows");
    assertEquals(6, ((Number) rows.get("records_read")).intValue());
    assertEquals(5, ((Number) rows.get("records_valid")).intValue());
    assertEquals(1, ((Number) rows.get("records_quarantined")).intValue());
    assertEquals(Boolean.TRUE, rows.get("balanced"));
    assertEquals("SUCCEEDED", summary.get("status"));

    Dataset<Row> q = spark.read().parquet(out.resolve("quarantine").toString());
    Row qr = q.collectAsList().get(0);
    assertEquals("FIELD_COUNT", qr.getAs("reason"));
    assertEquals(8L, (long) qr.getAs("line_number"));

    Dataset<Row> c = spark.read().parquet(out.resolve("convictions").toString());
    assertEquals(3, c.count(), "three convicted counts; repeated CNT_ORDER merged");
    String yolo = Files.readString(out.resolve("exports/yolo/determinations.csv"));
    assertTrue(yolo.contains(", 11357(B) HS-POSSESS  ,")
        || yolo.contains(",\" 11357(B) HS-POSSESS  \","), "raw text kept with padding: " + yolo);
    Row cult = c.where("person_id = '100'").collectAsList().get(0);
    assertEquals("HS 11358", cult.getAs("code_section"));
    assertEquals("los-angeles", cult.getAs("county_slug"));
    assertEquals(2, ((List<?>) cult.getList(cult.fieldIndex("sentence_parts"))).size());
    assertEquals(LocalDate.of(2010, 9, 1), cult.<java.sql.Date>getAs("sentence_end").toLocalDate(),
        "MAX of 30 days and 6 months from 2010-03-01");
    assertTrue(Files.isDirectory(out.resolve("convictions/county_slug=san-joaquin")));

    Dataset<Row> p = spark.read().parquet(out.resolve("persons").toString());
    assertEquals(3, p.count());
    Row p200 = p.where("person_id = '200'").collectAsList().get(0);
    assertEquals(1, (int) p200.getAs("conviction_count"));
    assertEquals(2, (int) p200.getAs("count_count"));

    Map<String, Object> manifest = Json.read(Files.readString(out.resolve("manifest.json")));
    assertEquals(r.runId(), manifest.get("run_id"));
    assertEquals("2025-01-01", manifest.get("as_of_date"));
    assertFalse(((List<?>) manifest.get("inputs")).isEmpty());
  }

  /**
   * Regression: the supplementary facts are shipped to the executors inside the classifier, so
   * their keys and values must be serializable (the run used to fail with "Task not serializable:
   * CountKey" as soon as a facts file was given).
   */
  @Test
  void supplementaryFactsReachTheDetermination(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    DojLine cult = DojLine.conviction("300", "101002001000", "11358 HS-CULTIVATE MARIJUANA")
        .set("SENT_LOC_DESCR", "PROBATION").set("SENT_LENGTH", "36").set("SENT_TIME_CODE", "M");
    Path f = write(tmp, "extract.csv", DojLine.file(DojLine.header(), cult.csv()));
    Path facts =
        write(tmp, "facts.csv", "subject_id,count_order,plant_count\n300,101002001000,4\n");
    Path out = tmp.resolve("out");

    PipelineJob.run(spark, SharedSpark.testSettings(),
        new RunRequest(List.of(f.toString()), out.toString(), AS_OF, null, facts.toString()));

    Row d = spark.read().parquet(out.resolve("determinations").toString())
        .where("person_id = '300'").collectAsList().get(0);
    assertEquals("DISMISS_AND_SEAL", d.getAs("legal_outcome"), "4 plants at 40: lawful (C-1)");
    assertEquals("C-1", d.getAs("legal_rule_id"));
  }

  /** A reviewer's MUST_LINK joins two DOJ subjects the model keeps apart; a bad file stops. */
  @Test
  void reviewerDecisionsJoinPersonsAndABadFileStopsTheRun(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    DojLine one = DojLine.conviction("401", "101002001000", "11357 HS-POSSESS MARIJUANA")
        .set("CII_NUMBER", "A000000401").set("PRI_NAME", "QUILLON,ADA").set("PRI_DOB", "19610304");
    DojLine two = DojLine.conviction("402", "101002001000", "11357 HS-POSSESS MARIJUANA")
        .set("CII_NUMBER", "A000000402").set("PRI_NAME", "MARSH,BETTY").set("PRI_DOB", "19830907");
    Path f = write(tmp, "extract.csv", DojLine.file(DojLine.header(), one.csv(), two.csv()));
    Path decisions = write(tmp, "decisions.csv",
        "profile_id_a,profile_id_b,decision,reviewer,decided_at,reason\n"
            + "C:A000000402,C:A000000401,MUST_LINK,rev-9,2026-11-20,married name\n");
    Path out = tmp.resolve("out");
    PipelineJob.run(spark, SharedSpark.testSettings(), new RunRequest(List.of(f.toString()),
        out.toString(), AS_OF, null, null, List.of(), List.of(), decisions.toString()));
    assertEquals(1, spark.read().parquet(out.resolve("determinations").toString())
        .select("person_id").distinct().count());
    Row d = spark.read().parquet(out.resolve("identity/decisions").toString()).first();
    assertEquals(true, d.getAs("applied"));
    assertEquals("MUST_LINK", d.getAs("decision"));

    Path bad = write(tmp, "bad.csv",
        "profile_id_a,profile_id_b,decision,reviewer,decided_at\nC:A1,C:A2,PERHAPS,rev,2026-11-20\n");
    org.recordrelief.config.SettingsException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.recordrelief.config.SettingsException.class,
        () -> PipelineJob.run(spark, SharedSpark.testSettings(), new RunRequest(
            List.of(f.toString()), tmp.resolve("out2").toString(), AS_OF, null, null, List.of(),
            List.of(), bad.toString())));
    assertTrue(e.getMessage().startsWith(bad + ":2: decision must be"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("out2")));
  }

  /** Side inputs that change decisions (facts, reviewer decisions) change the run id. */
  @Test
  void runIdFollowsTheSideInputs(@TempDir Path tmp) throws IOException {
    Path f = write(tmp, "extract.csv", DojLine.file(DojLine.header(),
        DojLine.conviction("500", "101002001000", "11357 HS").csv()));
    Path d1 = write(tmp, "d1.csv", "profile_id_a,profile_id_b,decision,reviewer,decided_at\n"
        + "C:A1,C:A2,MUST_LINK,rev,2026-11-20\n");
    Path d2 = write(tmp, "d2.csv", "profile_id_a,profile_id_b,decision,reviewer,decided_at\n"
        + "C:A1,C:A2,CANNOT_LINK,rev,2026-11-21\n");
    Path d1Copy = write(tmp, "d1-copy.csv", Files.readString(d1));
    Settings settings = SharedSpark.testSettings();
    List<org.recordrelief.ingest.InputFile> files = org.recordrelief.ingest.InputFiles.list(
        List.of(f.toString()), new org.apache.hadoop.conf.Configuration());
    java.util.function.Function<Path, String> id = d -> PipelineJob.deriveRunId(new RunRequest(
        List.of(f.toString()), "", AS_OF, null, null, List.of(), List.of(),
        d == null ? null : d.toString()), files, settings);
    assertEquals(id.apply(d1), id.apply(d1Copy), "the content counts, not the path");
    assertEquals(3, java.util.Set.of(id.apply(null), id.apply(d1), id.apply(d2)).size());
    assertEquals(id.apply(null), PipelineJob.deriveRunId(
        new RunRequest(List.of(f.toString()), "", AS_OF, null), files, settings));
  }

  @Test
  void systematicallyBrokenFileStopsTheRunBeforePublishing(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      text.append(DojLine.conviction("9" + i, "101002001000", "11358 HS").csvShort()).append('\n');
    }
    Path bad = write(tmp, "bad.csv", text.toString());
    Path out = tmp.resolve("out");
    RunFailure e = assertThrows(RunFailure.class, () -> run(spark, out, bad));
    assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
    assertTrue(e.getMessage().contains("5 of 5"), e.getMessage());
    assertTrue(e.getMessage().contains("FIELD_COUNT"), e.getMessage());
    assertFalse(Files.exists(out), "nothing published");
    try (var s = Files.list(tmp)) {
      assertTrue(s.noneMatch(x -> x.getFileName().toString().contains("staging")));
    }
  }

  /**
   * Determinism: the same inputs and as-of date give the same bytes whatever the file order, the
   * read-chunk size and the shuffle partition count. Three runs over one generated extract (240
   * people in 3 files): A (sorted files, 2 partitions, default 64 MB chunks), B (reversed, 5
   * partitions, 128 KiB chunks: several read tasks per file), C (rotated, A's settings).
   *
   * <p>Every exports/&lt;slug&gt;/*.csv and summary.json are byte-identical in all three. For the
   * Parquet datasets, the rows of each partition directory read in part-file order form the same
   * sequence in all three runs, and any two part files holding the same rows are byte-identical
   * (the writer puts no time or random id inside a file). Part files as a whole cannot be
   * compared: how a sorted partition is split over part files is legitimately not fixed. With
   * another partition count there are more files; and {@code repartitionByRange} draws its range
   * boundaries from a sample seeded with Spark's internal RDD id, so even a rerun in the same JVM
   * may split a county's rows between two tasks at another person (seen: riverside).
   */
  @Test
  void sameInputsInAnotherOrderGiveIdenticalOutputs(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    org.recordrelief.generate.GeneratorSettings g = org.recordrelief.generate.GeneratorSettings
        .defaults().withOverrides(Map.of("people", 240, "seed", 99L, "rowsPerFile", 2000));
    org.recordrelief.generate.Generator.generate(g, tmp.resolve("gen"));
    List<String> files;
    try (var s = Files.list(tmp.resolve("gen/doj"))) {
      files = new java.util.ArrayList<>(s.map(Path::toString).sorted().toList());
    }
    assertEquals(3, files.size(), "three input files");
    Settings smallChunks = Settings.load(com.typesafe.config.ConfigFactory.parseString(
        "recordrelief.ingest.chunkBytes = 131072"));
    assertTrue(Files.size(Path.of(files.get(0))) > 3 * 131072, "several chunks per file");
    Settings test = SharedSpark.testSettings();
    Settings chunked = smallChunks.withProgress(false);
    for (Map.Entry<String, String> e : test.spark().entrySet()) {
      chunked = chunked.withSpark(e.getKey(), e.getValue());
    }

    RunResult a = PipelineJob.run(spark, test,
        new RunRequest(files, tmp.resolve("a").toString(), AS_OF, null));
    List<String> reversed = new java.util.ArrayList<>(files);
    java.util.Collections.reverse(reversed);
    RunResult b = PipelineJob.run(spark, chunked.withSpark("spark.sql.shuffle.partitions", "5"),
        new RunRequest(reversed, tmp.resolve("b").toString(), AS_OF, null));
    List<String> rotated = List.of(files.get(1), files.get(2), files.get(0));
    RunResult c = PipelineJob.run(spark, test,
        new RunRequest(rotated, tmp.resolve("c").toString(), AS_OF, null));
    assertEquals(a.runId(), b.runId(), "the run id depends on contents, not order or tuning");
    assertEquals(a.runId(), c.runId());

    Map<String, byte[]> exportsA = filesUnder(tmp.resolve("a"), "exports", ".csv");
    assertTrue(exportsA.size() >= 58 * 3, "every county's CSV files: " + exportsA.size());
    for (String run : List.of("b", "c")) {
      Map<String, byte[]> other = filesUnder(tmp.resolve(run), "exports", ".csv");
      assertEquals(exportsA.keySet(), other.keySet(), run);
      exportsA.forEach((name, bytes) ->
          assertTrue(java.util.Arrays.equals(bytes, other.get(name)), run + ": " + name));
      assertEquals(Files.readString(tmp.resolve("a/summary.json")),
          Files.readString(tmp.resolve(run + "/summary.json")), run + ": summary.json");
    }
    int identicalFiles = 0;
    for (String dataset : List.of("determinations", "convictions", "persons", "analytics",
        "quarantine")) {
      Map<String, List<Row>> partsA = rowsByPartFile(spark, tmp.resolve("a"), dataset);
      Map<String, byte[]> bytesA = filesUnder(tmp.resolve("a"), dataset, ".parquet");
      assertFalse(partsA.isEmpty() && !dataset.equals("quarantine"), dataset);
      for (String run : List.of("b", "c")) {
        Map<String, List<Row>> parts = rowsByPartFile(spark, tmp.resolve(run), dataset);
        assertEquals(sequences(partsA), sequences(parts), run + ": rows of " + dataset);
        Map<String, byte[]> bytes = filesUnder(tmp.resolve(run), dataset, ".parquet");
        for (Map.Entry<String, List<Row>> e : partsA.entrySet()) {
          if (e.getValue().equals(parts.get(e.getKey()))) {
            assertTrue(java.util.Arrays.equals(bytesA.get(e.getKey()), bytes.get(e.getKey())),
                run + ": same rows, same bytes: " + e.getKey());
            identicalFiles++;
          }
        }
      }
    }
    assertTrue(identicalFiles > 58, "part files compared byte for byte: " + identicalFiles);
  }

  /**
   * The files under {@code root/dir} ending in {@code suffix}, by relative path; a Spark part
   * file's name is cut to its task number ({@code part-00003}), since the rest is a random job
   * id.
   */
  private static Map<String, byte[]> filesUnder(Path root, String dir, String suffix)
      throws IOException {
    Map<String, byte[]> out = new java.util.TreeMap<>();
    try (var s = Files.walk(root.resolve(dir))) {
      for (Path p : s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix)).toList()) {
        String rel = root.relativize(p).toString().replaceAll("(part-\\d+)-[^/]*$", "$1");
        if (out.put(rel, Files.readAllBytes(p)) != null) {
          throw new AssertionError("two part files of one task: " + p);
        }
      }
    }
    return out;
  }

  /**
   * The rows of each part file of a Parquet dataset, in file order, by the file's relative path
   * (part name cut to its task number, as in {@link #filesUnder}).
   */
  private static Map<String, List<Row>> rowsByPartFile(SparkSession spark, Path root,
      String dataset) {
    Dataset<Row> df = spark.read().parquet(root.resolve(dataset).toString());
    int n = df.columns().length;
    Map<String, java.util.TreeMap<Long, Row>> byFile = new java.util.TreeMap<>();
    for (Row r : df.withColumn("_file", org.apache.spark.sql.functions.input_file_name())
        .withColumn("_pos", org.apache.spark.sql.functions.monotonically_increasing_id())
        .collectAsList()) {
      String file = r.getString(n);
      String rel = dataset + file.substring(file.lastIndexOf("/" + dataset + "/")
          + dataset.length() + 1).replaceAll("(part-\\d+)-[^/]*$", "$1");
      Object[] values = new Object[n];
      for (int i = 0; i < n; i++) {
        values[i] = r.get(i);
      }
      byFile.computeIfAbsent(rel, k -> new java.util.TreeMap<>())
          .put(r.getLong(n + 1), org.apache.spark.sql.RowFactory.create(values));
    }
    Map<String, List<Row>> out = new java.util.TreeMap<>();
    byFile.forEach((k, v) -> out.put(k, new java.util.ArrayList<>(v.values())));
    return out;
  }

  /** Per partition directory: the rows of its part files concatenated in part order. */
  private static Map<String, List<Row>> sequences(Map<String, List<Row>> parts) {
    Map<String, List<Row>> out = new java.util.TreeMap<>();
    parts.forEach((file, rows) -> out.computeIfAbsent(
        file.substring(0, file.lastIndexOf('/')), k -> new java.util.ArrayList<>()).addAll(rows));
    return out;
  }
}
