package org.recordrelief.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.publish.Json;
import org.recordrelief.testing.RepoPaths;
import org.recordrelief.testing.SharedSpark;

/**
 * The gogen conformance fixtures through the real pipeline: every input file is read (headers,
 * no headers, trailing commas, CRLF), nothing is lost, and the convictions derived per subject
 * agree with the counts gogen itself wrote into its expected outputs.
 */
@ExtendWith(SharedSpark.class)
class GogenFixtureCountsTest {
  /** Conformance runs form one person per SUBJECT_ID, as gogen (identity resolution off). */
  private static final org.recordrelief.config.Settings GOGEN_SETTINGS = SharedSpark
      .testSettings().withIdentityMode(org.recordrelief.config.IdentitySettings.Mode.SUBJECT_ID);
  private static final LocalDate COMPUTE_AT = LocalDate.of(2019, 11, 11);

  static Path anchor(String relative) {
    return RepoPaths.gogenAnchor().resolve(relative);
  }

  /** Fixture set: input file(s) and the expected output carrying gogen's per-subject counts. */
  static Stream<Arguments> sets() {
    String g = "codeforamerica-gogen/";
    String p = "codeforamerica-gogen_pilots/";
    return Stream.of(
        Arguments.of(g + "derived/configurable_flow/input.csv",
            g + "derived/configurable_flow/expected_All_Results.csv"),
        Arguments.of(g + "test_fixtures/extra_comma.csv",
            g + "derived/golden_san_joaquin_from_extra_comma_or_no_headers/expected_All_Results.csv"),
        Arguments.of(g + "test_fixtures/no_headers.csv",
            g + "derived/golden_san_joaquin_from_extra_comma_or_no_headers/expected_All_Results.csv"),
        Arguments.of(p + "los_angeles@a9d59d1/derived/los_angeles/input.csv",
            p + "los_angeles@a9d59d1/derived/los_angeles/expected_doj_results_1.csv"),
        Arguments.of(p + "pre-removal@f04e1ff/derived/sacramento/input.csv",
            p + "pre-removal@f04e1ff/derived/sacramento/expected_doj_results.csv"),
        Arguments.of(p + "pre-removal@f04e1ff/derived/san_joaquin/input.csv",
            p + "pre-removal@f04e1ff/derived/san_joaquin/expected_doj_results.csv"),
        Arguments.of(p + "pre-removal@f04e1ff/derived/contra_costa/input.csv",
            p + "pre-removal@f04e1ff/derived/contra_costa/expected_doj_results.csv"),
        Arguments.of(p + "pre-removal@f04e1ff/derived/los_angeles/input.csv",
            p + "pre-removal@f04e1ff/derived/los_angeles/expected_doj_results.csv"),
        Arguments.of(p + "pre-removal@f04e1ff/derived/configurable_flow/input.csv",
            p + "pre-removal@f04e1ff/derived/configurable_flow/expected_doj_results.csv"));
  }

  /** gogen's "# of convictions on record" per SUBJECT_ID, from its expected output. */
  static Map<String, Integer> expectedConvictionCounts(Path expected) throws IOException {
    List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
    List<String> header = CsvLineParser.parse(lines.get(0)).fields();
    int subject = header.indexOf("SUBJECT_ID");
    int count = header.indexOf("# of convictions on record");
    Map<String, Integer> out = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = CsvLineParser.parse(line).fields();
      String v = f.get(count).trim();
      if (!v.isEmpty()) {
        Integer prev = out.put(f.get(subject).trim(), Integer.parseInt(v));
        if (prev != null) {
          assertEquals(prev, out.get(f.get(subject).trim()), "gogen is consistent per subject");
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void convictionCountsPerSubjectAgreeWithGogen(String input, String expected, SparkSession spark,
      @TempDir Path tmp) throws IOException {
    Map<String, Integer> gogen = expectedConvictionCounts(anchor(expected));
    assertFalse(gogen.isEmpty());
    Path out = tmp.resolve("out");
    PipelineJob.run(spark, GOGEN_SETTINGS,
        new RunRequest(List.of(anchor(input).toString()), out.toString(), COMPUTE_AT, null));
    Map<String, Integer> ours = new TreeMap<>();
    for (Row r : spark.read().parquet(out.resolve("persons").toString())
        .select("person_id", "conviction_count").collectAsList()) {
      ours.put(r.getString(0), r.getInt(1));
    }
    for (Map.Entry<String, Integer> e : gogen.entrySet()) {
      assertEquals(e.getValue(), ours.get(e.getKey()), "subject " + e.getKey());
    }
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "codeforamerica-gogen/test_fixtures/bad.csv",
      "codeforamerica-gogen_pilots/los_angeles@a9d59d1/test_fixtures/bad.csv"})
  void systematicallyBrokenFixtureStopsTheRun(String bad, SparkSession spark, @TempDir Path tmp) {
    Path out = tmp.resolve("out");
    List<String> inputs = List.of(anchor(bad).toString(),
        anchor("codeforamerica-gogen/derived/configurable_flow/input.csv").toString());
    RunFailure e = org.junit.jupiter.api.Assertions.assertThrows(RunFailure.class,
        () -> PipelineJob.run(spark, GOGEN_SETTINGS,
            new RunRequest(inputs, out.toString(), COMPUTE_AT, null)));
    String m = e.getMessage();
    assertTrue(m.contains(anchor(bad).toString()), m);
    assertTrue(m.contains("HEADER_MISMATCH"), m);
    assertTrue(m.matches(".*REJECT_THRESHOLD: 3[78] of 3[78] records rejected.*FIELD_COUNT.*"), m);
    assertEquals(1, m.lines().count(), "one line");
    assertFalse(Files.exists(out), "nothing published");
  }

  @Test
  void runWithExportGogenReproducesGogensProp64Results(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    String set = "codeforamerica-gogen/derived/configurable_flow/";
    Path out = tmp.resolve("out");
    RunResult r = PipelineJob.run(spark, GOGEN_SETTINGS, new RunRequest(
        List.of(anchor(set + "input.csv").toString()), out.toString(), COMPUTE_AT, null, null,
        List.of("cfa-configurable-2020"), List.of("gogen")));
    assertEquals(Files.readString(anchor(set + "expected_Prop64_Results.csv")),
        Files.readString(out.resolve("exports/sacramento/gogen/Prop64_Results.csv")));
    assertTrue(r.summary().containsKey("gogen_export"));
    assertTrue(Files.exists(out.resolve("exports/sacramento/gogen/gogen.json")));
  }

  @Test
  void everyAnchorInputReadTogetherWithoutLoss(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> s = Files.walk(RepoPaths.gogenAnchor())) {
      s.filter(f -> f.getFileName().toString().equals("input.csv")).map(Path::toString)
          .sorted().forEach(inputs::add);
    }
    inputs.add(anchor("codeforamerica-gogen/test_fixtures/no_headers.csv").toString());
    inputs.add(anchor("codeforamerica-gogen/test_fixtures/extra_comma.csv").toString());
    inputs.add(anchor("codeforamerica-gogen_pilots/sf-era@24d83e3/test_fixtures/cadoj.csv")
        .toString());
    Path out = tmp.resolve("out");
    RunResult r = PipelineJob.run(spark, GOGEN_SETTINGS,
        new RunRequest(inputs, out.toString(), COMPUTE_AT, null));
    @SuppressWarnings("unchecked")
    Map<String, Object> rows = (Map<String, Object>) r.summary().get("rows");
    assertEquals(0, ((Number) rows.get("records_quarantined")).intValue());
    assertEquals(Boolean.TRUE, rows.get("balanced"));
    Map<String, Object> summary = Json.read(Files.readString(out.resolve("summary.json")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> files = (List<Map<String, Object>>) summary.get("files");
    assertEquals(inputs.size(), files.size());
    for (Map<String, Object> f : files) {
      String name = (String) f.get("file");
      if (name.endsWith("no_headers.csv")) {
        assertEquals(Boolean.FALSE, f.get("header_present"));
        assertEquals("CRLF", f.get("line_ends"));
      } else if (name.endsWith("cadoj.csv")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> warnings = (Map<String, Object>) f.get("warnings_by_code");
        assertEquals(((Number) f.get("records_read")).intValue(),
            ((Number) warnings.get("TRAILING_EMPTY_FIELD")).intValue(),
            "every cadoj.csv record carries a trailing empty field");
      } else {
        assertEquals(Boolean.TRUE, f.get("header_present"), name);
      }
      assertTrue(((Number) f.get("records_read")).intValue() > 0, name);
    }
    // Statewide semantics: the files form one dataset, so a subject's convictions are the
    // distinct convicted CNT_ORDERs over all files (gogen read each file on its own).
    long persons = spark.read().parquet(out.resolve("persons").toString()).count();
    assertEquals(((Number) r.summary().get("persons")).longValue(), persons);
  }
}
