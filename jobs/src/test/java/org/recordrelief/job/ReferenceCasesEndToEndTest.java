package org.recordrelief.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.testing.SharedSpark;

/**
 * The reference cases of {@code prop64-rules.md} §8 through the real pipeline: the committed DOJ
 * rows and supplementary facts under {@code jobs/src/test/resources/reference-cases/} are run by
 * {@link PipelineJob#run} once per evaluation date named in {@code expected.csv} (2025-01-01, and
 * 2017-06-01 for R29), and every expected row is checked in the published determinations Parquet
 * (county partition, outcome, candidate, track, flags, deciding rule) and in the county CSV export.
 * {@code expected.csv} is the contract; {@link ReferenceCases} only writes it.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceCasesEndToEndTest {

  /** What the tests read of one published determination. */
  record Published(String subjectId, String countOrder, String countySlug, String outcome,
      String candidate, String track, String rule, List<String> rules, List<String> flags) {}

  /** One run: its output directory and its determinations by "subject|count_order". */
  record Run(Path output, Map<String, Published> determinations, Set<String> prop64Convictions) {}

  private List<Map<String, String>> expected;
  private final Map<LocalDate, Run> runs = new TreeMap<>();
  private Path fixture;

  @BeforeAll
  void runPipeline(SparkSession spark, @TempDir Path tmp) throws IOException {
    fixture = ReferenceCasesFixtureTest.dir();
    expected = csv(fixture.resolve("expected.csv"));
    Set<LocalDate> dates = new TreeSet<>();
    expected.forEach(e -> dates.add(LocalDate.parse(e.get("as_of_date"))));
    for (LocalDate asOf : dates) {
      Path out = tmp.resolve("out-" + asOf);
      PipelineJob.run(spark, SharedSpark.testSettings(), new RunRequest(
          List.of(fixture.resolve("doj-extract.csv").toString()), out.toString(), asOf, null,
          fixture.resolve("facts.csv").toString()));
      Map<String, Published> dets = new HashMap<>();
      for (Row r : spark.read().parquet(out.resolve("determinations").toString())
          .select("subject_id", "count_order", "county_slug", "legal_outcome",
              "candidate_outcome", "track", "legal_rule_id", "legal_rule_ids", "flags")
          .collectAsList()) {
        Published p = new Published(r.getString(0), r.getString(1), r.getString(2),
            r.getString(3), r.isNullAt(4) ? "" : r.getString(4),
            r.isNullAt(5) ? "" : r.getString(5), r.getString(6), r.getList(7), r.getList(8));
        Published before = dets.put(p.subjectId() + "|" + p.countOrder(), p);
        assertTrue(before == null, "one determination per count: " + p);
      }
      Set<String> prop64 = new TreeSet<>();
      for (Row r : spark.read().parquet(out.resolve("convictions").toString())
          .where("is_prop64").select("subject_id", "count_order").collectAsList()) {
        prop64.add(r.getString(0) + "|" + r.getString(1));
      }
      runs.put(asOf, new Run(out, dets, prop64));
    }
  }

  private static List<Map<String, String>> csv(Path p) throws IOException {
    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    List<String> header = CsvLineParser.parse(lines.get(0)).fields();
    List<Map<String, String>> out = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      if (l.isEmpty()) {
        continue;
      }
      CsvLineParser.Result r = CsvLineParser.parse(l);
      assertTrue(r.ok() && r.fieldCount() == header.size(), p + ": malformed line " + l);
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), r.fields().get(i));
      }
      out.add(m);
    }
    return out;
  }

  private static List<String> list(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
  }

  private static String key(Map<String, String> e) {
    return e.get("subject_id") + "|" + e.get("count_order");
  }

  private Run run(Map<String, String> e) {
    return runs.get(LocalDate.parse(e.get("as_of_date")));
  }

  /** Asserts one expected row against a published determination (Parquet or CSV export). */
  private static void check(Map<String, String> e, Published d, String where) {
    String id = e.get("case_id") + " (" + e.get("note") + ") in " + where + ": ";
    assertNotNull(d, id + "no determination for " + key(e));
    assertEquals(e.get("county_slug"), d.countySlug(), id + "county partition");
    assertEquals(e.get("legal_outcome"), d.outcome(), id + "legal_outcome of " + d);
    if (!e.get("candidate_outcome").isEmpty()) {
      assertEquals(e.get("candidate_outcome"), d.candidate(), id + "candidate_outcome of " + d);
    }
    if (!e.get("track").isEmpty()) {
      assertEquals(e.get("track"), d.track(), id + "track of " + d);
    }
    for (String f : list(e.get("flags"))) {
      assertTrue(d.flags().contains(f), id + "flag " + f + " missing in " + d);
    }
    for (String f : list(e.get("absent_flags"))) {
      assertFalse(d.flags().contains(f), id + "flag " + f + " unexpected in " + d);
    }
    assertEquals(e.get("legal_rule_id"), d.rule(), id + "deciding rule of " + d);
    assertTrue(d.rules().contains(e.get("legal_rule_id")), id + "legal_rule_ids of " + d);
    for (String r : list(e.get("other_rule_ids"))) {
      assertTrue(d.rules().contains(r), id + "rule " + r + " missing in " + d);
    }
  }

  @Test
  void everyReferenceCaseHasExactlyOneExpectedRow() {
    List<String> want = IntStream.rangeClosed(1, 37).mapToObj(i -> String.format("R%02d", i))
        .toList();
    assertEquals(want, expected.stream().map(e -> e.get("case_id")).toList());
    assertEquals(Set.of(ReferenceCases.AS_OF, ReferenceCases.AS_OF_R29), runs.keySet());
  }

  @TestFactory
  Stream<DynamicTest> determinationsParquetMatchesTheSpec() {
    return expected.stream().map(e -> DynamicTest.dynamicTest(
        e.get("case_id") + " " + e.get("note"),
        () -> check(e, run(e).determinations().get(key(e)), "determinations Parquet")));
  }

  @TestFactory
  Stream<DynamicTest> countyCsvExportMatchesTheSpec() {
    Map<String, Map<String, Published>> exports = new HashMap<>();
    return expected.stream().map(e -> DynamicTest.dynamicTest(
        e.get("case_id") + " " + e.get("note"), () -> {
          Path file = run(e).output()
              .resolve("exports/" + e.get("county_slug") + "/determinations.csv");
          Map<String, Published> rows = exports.computeIfAbsent(file.toString(), f -> {
            try {
              return export(file, e.get("county_slug"));
            } catch (IOException x) {
              throw new java.io.UncheckedIOException(x);
            }
          });
          check(e, rows.get(key(e)), file.toString());
        }));
  }

  /** Rows of one county export, by "subject|count_order"; the county is the file's county. */
  private static Map<String, Published> export(Path file, String slug) throws IOException {
    Map<String, Published> out = new HashMap<>();
    for (Map<String, String> r : csv(file)) {
      Published p = new Published(r.get("subject_id"), r.get("count_order"), slug,
          r.get("legal_outcome"), r.get("candidate_outcome"), r.get("track"),
          r.get("legal_rule_id"), list(r.get("legal_rule_ids")), list(r.get("flags")));
      out.put(p.subjectId() + "|" + p.countOrder(), p);
    }
    return out;
  }

  @Test
  void everyCountyExportHasTheRowsOfItsParquetPartition() throws IOException {
    for (Run r : runs.values()) {
      Map<String, Long> bySlug = r.determinations().values().stream()
          .collect(Collectors.groupingBy(Published::countySlug, Collectors.counting()));
      for (Map.Entry<String, Long> s : bySlug.entrySet()) {
        Path file = r.output().resolve("exports/" + s.getKey() + "/determinations.csv");
        assertEquals(s.getValue().longValue(), csv(file).size(), file.toString());
      }
    }
  }

  /**
   * Every convicted HS 11357–11360 count of the fixture has a determination: read from the DOJ
   * rows directly (disposition CONVICTED…, offense text naming the section), and as the pipeline
   * derived it (convictions with {@code is_prop64}).
   */
  @Test
  void noProp64CountOfTheFixtureIsMissing() throws IOException {
    Pattern prop64 = Pattern.compile("^(664[/.-]?)?(11357|11358|11359|11360)[^.0-9]");
    Set<String> fromRows = new TreeSet<>();
    List<String> lines = Files.readAllLines(fixture.resolve("doj-extract.csv"));
    for (String l : lines.subList(1, lines.size())) {
      List<String> f = CsvLineParser.parse(l).fields();
      assertEquals(DojColumns.COUNT, f.size(), l);
      if (f.get(DojColumns.DISP_DESCR).startsWith("CONVICTED")
          && prop64.matcher(f.get(DojColumns.OFFENSE_DESCR)).find()) {
        fromRows.add(f.get(DojColumns.SUBJECT_ID) + "|" + f.get(DojColumns.CNT_ORDER));
      }
    }
    for (Run r : runs.values()) {
      assertEquals(fromRows, r.prop64Convictions(), "convictions derived from the rows");
      List<String> missing = fromRows.stream()
          .filter(k -> !r.determinations().containsKey(k)).toList();
      assertTrue(missing.isEmpty(), "Prop 64 counts without a determination: " + missing);
    }
    assertTrue(fromRows.size() >= 33, "the fixture's Prop 64 convictions: " + fromRows);
  }
}
