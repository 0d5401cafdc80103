package org.recordrelief.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.generate.Generator;
import org.recordrelief.generate.GeneratorSettings;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.testing.SharedSpark;

/**
 * Generated statewide data through the whole pipeline: row accounting balances, every injected
 * defect is quarantined with the reason the generator expects and nothing else is, the
 * convictions and persons the pipeline derives equal the generator's ground truth, and so does
 * every statutory determination. The generator computes its expected outcomes at its extract date,
 * so the pipeline runs with {@code --as-of} = the extract date.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDataEndToEndTest {
  private Path gen;
  private Path out;
  private RunResult result;
  private SparkSession spark;

  @BeforeAll
  void generateAndRun(SparkSession spark, @TempDir Path tmp) {
    this.spark = spark;
    gen = tmp.resolve("gen");
    out = tmp.resolve("out");
    GeneratorSettings s = GeneratorSettings.defaults().withOverrides(Map.of(
        "people", 600, "seed", 20261127L, "rowsPerFile", 4000, "identity.enabled", false,
        "wrongFieldCountRate", 0.002, "malformedQuoteRate", 0.001,
        "blankSubjectAndCiiRate", 0.001, "invalidDateRate", 0.002, "partialDateRate", 0.05));
    assertEquals(LocalDate.of(2026, 6, 30), s.extractDate());
    Generator.generate(s, gen, SharedSpark.testSettings().statutory());
    result = PipelineJob.run(spark, SharedSpark.testSettings(), new RunRequest(
        List.of(gen.resolve("doj").toString()), out.toString(), s.extractDate(), null));
  }

  private static List<Map<String, String>> csv(Path p) throws IOException {
    List<String> lines = Files.readAllLines(p);
    List<String> header = CsvLineParser.parse(lines.get(0)).fields();
    List<Map<String, String>> out = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      List<String> f = CsvLineParser.parse(l).fields();
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), i < f.size() ? f.get(i) : "");
      }
      out.add(m);
    }
    return out;
  }

  @Test
  void rowAccountingBalancesAndDefectsAreQuarantinedWithTheExpectedReason() throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> rows = (Map<String, Object>) result.summary().get("rows");
    assertEquals(Boolean.TRUE, rows.get("balanced"));
    Map<String, String> expected = new HashMap<>();
    long truthRows = 0;
    for (Map<String, String> r : csv(gen.resolve("truth/rows.csv"))) {
      truthRows++;
      if (!r.get("expected_reason").isEmpty()) {
        expected.put(r.get("file") + ":" + r.get("line_number"), r.get("expected_reason"));
      }
    }
    assertTrue(expected.size() > 5, "the sample has injected defects");
    assertEquals(truthRows, ((Number) rows.get("records_read")).longValue());
    Map<String, String> actual = new HashMap<>();
    for (Row q : spark.read().parquet(out.resolve("quarantine").toString())
        .select("source_file", "line_number", "reason").collectAsList()) {
      String file = Path.of(q.getString(0)).getFileName().toString();
      actual.put(file + ":" + q.getLong(1), q.getString(2));
    }
    assertEquals(expected, actual);
  }

  @Test
  void convictionsEqualTheGroundTruth() throws IOException {
    Map<String, Row> ours = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("convictions").toString()).select(
            "person_id", "count_key", "offense_source", "code", "section", "subdivisions",
            "attempt", "is_prop64", "level", "conviction_date_raw", "county_slug",
            "row_count")
        .collectAsList()) {
      ours.put(r.getString(0) + "|" + r.getString(1), r);
    }
    List<Map<String, String>> truth = csv(gen.resolve("truth/convictions.csv"));
    assertEquals(truth.size(), ours.size(), "one conviction per convicted count, none extra");
    List<String> mismatches = new ArrayList<>();
    for (Map<String, String> t : truth) {
      Row r = ours.get(t.get("subject_id") + "|" + t.get("cnt_order"));
      if (r == null) {
        mismatches.add("missing " + t.get("subject_id") + "|" + t.get("cnt_order"));
        continue;
      }
      StringBuilder subs = new StringBuilder();
      for (Object s : r.getList(5)) {
        subs.append('(').append(s).append(')');
      }
      String[][] pairs = {
        {"offense_source", r.getString(2)},
        {"expected_code", r.getString(3)},
        {"expected_section", r.getString(4)},
        {"expected_subdivisions", subs.toString()},
        {"attempt", String.valueOf(r.getBoolean(6))},
        {"is_prop64", String.valueOf(r.getBoolean(7))},
        {"level", r.getString(8)},
        {"conviction_date", r.getString(9)},
        {"county_slug", r.getString(10)},
        {"sentence_parts", String.valueOf(r.getInt(11))}, // rows of the count kept
      };
      for (String[] p : pairs) {
        if (!t.get(p[0]).equals(p[1])) {
          mismatches.add(t.get("subject_id") + "|" + t.get("cnt_order") + " " + p[0]
              + ": truth=" + t.get(p[0]) + " ours=" + p[1]);
        }
      }
    }
    assertTrue(mismatches.isEmpty(),
        mismatches.size() + " mismatches, e.g. " + mismatches.subList(0, Math.min(15, mismatches.size())));
  }

  @Test
  void determinationsEqualTheExpectedOutcomes() throws IOException {
    Map<String, Row> ours = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("determinations").toString()).select(
            "subject_id", "count_key", "legal_outcome", "candidate_outcome", "track",
            "legal_rule_id")
        .collectAsList()) {
      assertNull(ours.put(r.getString(0) + "|" + r.getString(1), r), "one row per count");
    }
    String[][] columns = {
      {"expected_legal_outcome", "legal_outcome"},
      {"expected_candidate_outcome", "candidate_outcome"},
      {"expected_track", "track"},
      {"expected_rule_id", "legal_rule_id"},
    };
    int expected = 0;
    int agree = 0;
    int missing = 0;
    int blankExpected = 0;
    Map<String, Integer> byOutcome = new TreeMap<>();
    List<String> mismatches = new ArrayList<>();
    for (Map<String, String> t : csv(gen.resolve("truth/convictions.csv"))) {
      String key = t.get("subject_id") + "|" + t.get("cnt_order");
      if (t.get("expected_legal_outcome").isEmpty()) {
        blankExpected++;
        continue;
      }
      expected++;
      Row r = ours.remove(key);
      if (r == null) {
        missing++;
        mismatches.add("missing " + key + " " + t.get("expected_section")
            + t.get("expected_subdivisions") + " expected " + t.get("expected_legal_outcome"));
        continue;
      }
      List<String> diffs = new ArrayList<>();
      for (int i = 0; i < columns.length; i++) {
        String ourValue = r.isNullAt(2 + i) ? "" : r.getString(2 + i);
        if (!t.get(columns[i][0]).equals(ourValue)) {
          diffs.add(columns[i][1] + " truth=" + t.get(columns[i][0]) + " ours=" + ourValue);
        }
      }
      if (diffs.isEmpty()) {
        agree++;
        byOutcome.merge(t.get("expected_legal_outcome"), 1, Integer::sum);
      } else {
        mismatches.add(key + " " + t.get("expected_section") + t.get("expected_subdivisions")
            + " " + diffs);
      }
    }
    for (String extra : ours.keySet()) {
      mismatches.add("unexpected determination " + extra);
    }
    String figures = agree + " of " + expected + " expected determinations agree (" + byOutcome
        + "), " + missing + " missing, " + ours.size() + " unexpected, " + blankExpected
        + " convictions without a determination";
    assertTrue(expected > 500 && byOutcome.size() == 5, "the sample exercises every outcome: "
        + figures);
    assertTrue(mismatches.isEmpty(), figures + "; e.g. "
        + mismatches.subList(0, Math.min(20, mismatches.size())));
  }

  @Test
  void personsEqualTheGroundTruth() throws IOException {
    Map<String, Integer> ours = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("persons").toString())
        .select("person_id", "conviction_count").collectAsList()) {
      ours.put(r.getString(0), r.getInt(1));
    }
    int compared = 0;
    for (Map<String, String> t : csv(gen.resolve("truth/persons.csv"))) {
      Integer c = ours.get(t.get("subject_id"));
      if (c != null) {
        compared++;
        assertEquals(Integer.parseInt(t.get("conviction_count")), c, t.get("subject_id"));
      }
    }
    assertTrue(compared > 550, "almost every person appears (some lose all rows to defects)");
  }
}
