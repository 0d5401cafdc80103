package org.recordrelief.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.evaluate.ClusterMetrics.Cell;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.publish.Json;
import org.recordrelief.testing.SharedSpark;

/**
 * The evaluation end to end at small size: generate 300 people with the default identity
 * corruption, run the pipeline (baseline resolution: one person per subject key) and score it.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityEvaluationTest {
  private Path dir;
  private Map<String, Object> figures;
  private String printed;
  private SparkSession spark;

  @BeforeAll
  void generateRunAndEvaluate(SparkSession spark, @TempDir Path tmp) {
    this.spark = spark;
    dir = tmp.resolve("eval");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    // Pinned to the baseline so the figures can be checked against the truth file exactly;
    // the resolver's own accuracy is tested in identity/ and measured by the command.
    figures = EvaluateIdentityCommand.run(spark, SharedSpark.testSettings()
            .withIdentityMode(org.recordrelief.config.IdentitySettings.Mode.SUBJECT_ID),
        new EvaluateIdentityCommand.Args(300, 20261127L, dir, null, false),
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    printed = buf.toString(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String... path) {
    for (String k : path) {
      m = (Map<String, Object>) m.get(k);
    }
    return m;
  }

  private static List<Map<String, String>> csv(Path p) throws IOException {
    List<String> lines = Files.readAllLines(p);
    List<String> header = CsvLineParser.parse(lines.get(0)).fields();
    List<Map<String, String>> out = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      List<String> f = CsvLineParser.parse(l).fields();
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), f.get(i));
      }
      out.add(m);
    }
    return out;
  }

  @Test
  void sparkSumsEqualThePureSums() {
    StructType schema = new StructType()
        .add(IdentityEvaluation.PERSON, DataTypes.StringType)
        .add(IdentityEvaluation.TRUTH, DataTypes.StringType)
        .add("n", DataTypes.LongType);
    List<Row> rows = new ArrayList<>();
    for (Cell c : ClusterMetricsTest.EXAMPLE) {
      rows.add(RowFactory.create(c.predicted(), c.truth(), c.n()));
    }
    ClusterMetrics.Sums s = IdentityEvaluation.sums(spark.createDataFrame(rows, schema));
    ClusterMetrics.Sums p = ClusterMetrics.sums(ClusterMetricsTest.EXAMPLE);
    assertEquals(p.bcubedPrecisionSum(), s.bcubedPrecisionSum(), 1e-9);
    assertEquals(p.bcubedRecallSum(), s.bcubedRecallSum(), 1e-9);
    assertEquals(p, new ClusterMetrics.Sums(s.items(), s.truePositivePairs(), s.predictedPairs(),
        s.truePairs(), p.bcubedPrecisionSum(), p.bcubedRecallSum(), s.predictedClusters(),
        s.trueClusters(), s.merges(), s.splits(), s.exact()));
  }

  @Test
  void baselineSplitsExactlyThePeopleWrittenUnderSeveralSubjectIds() throws IOException {
    assertEquals("baseline: subject key", figures.get("assignments"));
    assertEquals(0L, ((Number) figures.get("rows_without_truth")).longValue());
    // independent count from the truth file: true persons whose kept rows carry >1 SUBJECT_ID
    Map<String, Set<String>> subjects = new HashMap<>();
    for (Map<String, String> r : csv(dir.resolve("generated/truth/rows.csv"))) {
      if (r.get("expected_reason").isEmpty()) {
        subjects.computeIfAbsent(r.get("truth_person_id"), k -> new HashSet<>())
            .add(r.get("written_subject_id"));
      }
    }
    long splitPeople = subjects.values().stream().filter(s -> s.size() > 1).count();
    assertTrue(splitPeople > 5, "the default corruption splits some people: " + splitPeople);
    Map<String, Object> pw = map(figures, "profiles", "pairwise");
    Map<String, Object> cl = map(figures, "profiles", "clusters");
    assertEquals(splitPeople, ((Number) cl.get("splits")).longValue());
    assertEquals(0L, ((Number) cl.get("merges")).longValue(), "SUBJECT_IDs are never shared");
    assertEquals(1.0, (double) pw.get("precision"), 1e-12);
    assertTrue((double) pw.get("recall") < 1.0, "recall sees the corruption: " + pw);
    assertTrue((double) map(figures, "rows", "bcubed").get("recall") < 1.0);
    assertEquals(1.0, (double) map(figures, "rows", "bcubed").get("precision"), 1e-12);
    assertEquals("n/a", map(figures, "blocking").get("recall"));
    // the baseline never merges distinct SUBJECT_IDs, so no look-alike pair is merged
    assertEquals(0L, ((Number) map(figures, "look_alike_pairs").get("merged")).longValue());
  }

  /** The sum of the per-category conviction counts, checked against compared_convictions. */
  private static long comparedInEveryCategory(Map<String, Object> dec) {
    long total = 0;
    for (Object v : map(dec, "convictions").values()) {
      total += ((Number) v).longValue();
    }
    assertEquals(((Number) dec.get("compared_convictions")).longValue(), total);
    return total;
  }

  @Test
  void decisionsAreComparedPerConviction() throws IOException {
    Map<String, Object> dec = map(figures, "decisions");
    Map<String, Object> conv = map(dec, "convictions");
    long total = comparedInEveryCategory(dec);
    long expected = csv(dir.resolve("generated/truth/convictions.csv")).stream()
        .filter(r -> !r.get("expected_legal_outcome").isEmpty()).count();
    assertEquals(expected, total, "every conviction with an expected outcome is compared");
    assertTrue(((Number) conv.get("AGREE")).longValue() > total * 0.8, conv.toString());
    assertEquals(0L, ((Number) dec.get("determinations_without_expected_outcome")).longValue());
  }

  @Test
  void decisionsAreComparedWithTheRulesOnTruePersons() {
    Map<String, Object> dec = map(figures, "decisions_vs_truth_persons");
    Map<String, Object> conv = map(dec, "convictions");
    long total = comparedInEveryCategory(dec);
    assertTrue(total > 100, "the sample has determinations: " + total);
    assertEquals(0L, ((Number) conv.get("NO_DETERMINATION")).longValue(),
        "the pipeline decides every count the rerun decides");
    assertEquals(0L, ((Number) dec.get("determinations_without_expected_outcome")).longValue());
    // Where the baseline groups a true person's rows exactly (no split, merge or impure
    // profile), the rerun on true persons sees the same rows and must decide the same: every
    // disagreement has a clustering cause.
    Map<String, Object> causes = map(dec, "errors_by_cause");
    for (Object byCause : causes.values()) {
      assertTrue(!((Map<?, ?>) byCause).containsKey("NO_CLUSTER_ERROR"), causes.toString());
    }
    assertTrue(printed.contains("decisions against the rules on true persons"), printed);
  }

  @Test
  void figuresAreWrittenAsJsonAndPrinted() throws IOException {
    Map<String, Object> json = Json.read(Files.readString(dir.resolve("identity-evaluation.json")));
    assertEquals(figures.get("rows_assigned"), ((Number) json.get("rows_assigned")).longValue());
    assertTrue(json.containsKey("decisions"));
    assertTrue(printed.contains("pairwise (profiles): precision 1.0000"), printed);
    assertTrue(printed.contains("blocking recall n/a"), printed);
  }

  @Test
  void resolverOutputsAreReadWhenPresent() {
    // A perfect resolver: profiles = written subject ids, persons = true persons, and every true
    // pair of profiles among the candidate pairs.
    Dataset<Row> truth = spark.read().option("header", "true")
        .csv(dir.resolve("generated/truth/rows.csv").toString())
        .where(col("expected_reason").isNull());
    Path run = dir.resolve("run");
    truth.select(concat(lit(dir.resolve("generated/doj").toString() + "/"), col("file")).as("source_file"),
            col("line_number").cast("long").as("line_number"),
            col("written_subject_id").as("profile_id"), col("truth_person_id").as("person_id"))
        .write().parquet(run.resolve("identity/row_assignments").toString());
    Dataset<Row> profiles = truth.select(col("written_subject_id").as("p"), col("truth_person_id").as("t"))
        .distinct();
    profiles.as("x").join(profiles.as("y"), col("x.t").equalTo(col("y.t"))
            .and(col("x.p").lt(col("y.p"))))
        .select(col("x.p").as("profile_id_a"), col("y.p").as("profile_id_b"),
            org.apache.spark.sql.functions.array(lit("TEST")).as("rules"))
        .write().parquet(run.resolve("identity/candidate_pairs").toString());
    Map<String, Object> f = IdentityEvaluation.evaluate(spark, SharedSpark.testSettings().ingest(),
        dir.resolve("generated").toString(), run.toString());
    assertEquals("identity/row_assignments", f.get("assignments"));
    assertEquals(1.0, (double) map(f, "profiles", "pairwise").get("recall"), 1e-12);
    assertEquals(1.0, (double) map(f, "profiles", "pairwise").get("precision"), 1e-12);
    assertEquals(1.0, (double) map(f, "blocking").get("recall"), 1e-12);
    assertTrue(((Number) map(f, "blocking").get("candidate_pairs")).longValue() > 5);
    assertEquals(0L, ((Number) map(f, "look_alike_pairs").get("merged")).longValue());
  }

  @Test
  void missedPairsAreCountedByTheirDirectEdge() {
    // True person T has profiles a..f, predicted as six persons; U's two profiles are one.
    StructType prof = new StructType().add("profile_id", DataTypes.StringType)
        .add("person_id", DataTypes.StringType).add("truth", DataTypes.StringType);
    List<Row> pr = new ArrayList<>();
    for (String x : List.of("a", "b", "c", "d", "e", "f")) {
      pr.add(RowFactory.create(x, "P" + x, "T"));
    }
    pr.add(RowFactory.create("u1", "PU", "U"));
    pr.add(RowFactory.create("u2", "PU", "U"));
    StructType edge = new StructType().add("profile_id_a", DataTypes.StringType)
        .add("profile_id_b", DataTypes.StringType).add("decision", DataTypes.StringType)
        .add("constraint_hits", DataTypes.createArrayType(DataTypes.StringType));
    List<Row> ed = List.of(
        RowFactory.create("b", "a", "REVIEW", List.of()), // either order
        RowFactory.create("a", "c", "REVIEW", List.of("SEX_CONFLICT")),
        RowFactory.create("a", "d", "POSSIBLE", List.of()),
        RowFactory.create("a", "e", "NO_MERGE", List.of()),
        RowFactory.create("a", "f", "MERGE", List.of()),
        RowFactory.create("u1", "u2", "MERGE", List.of()), // found: not missed
        RowFactory.create("a", "u1", "REVIEW", List.of())); // not a true pair
    Map<String, Long> m = IdentityEvaluation.missedPairs(spark.createDataFrame(pr, prof),
        spark.createDataFrame(ed, edge));
    // 15 pairs among a..f: 5 from a have edges, the 10 others none.
    assertEquals(Map.of("NOT_COMPARED", 10L, "REVIEW", 1L, "REVIEW_CONSTRAINT", 1L,
        "BELOW_REVIEW", 2L, "MERGE_IN_REJECTED_CLUSTER", 1L), m);
    assertEquals(IdentityEvaluation.MISSED_CAUSES, List.copyOf(m.keySet()));
  }

  @Test
  void mergedLookAlikesAreCounted() throws IOException {
    // A resolver that merges everything: every look-alike pair is merged.
    Path run = dir.resolve("run-all-in-one");
    spark.read().option("header", "true").csv(dir.resolve("generated/truth/rows.csv").toString())
        .where(col("expected_reason").isNull())
        .select(col("file").as("source_file"), col("line_number").cast("long").as("line_number"),
            col("written_subject_id").as("profile_id"), lit("EVERYONE").as("person_id"))
        .write().parquet(run.resolve("identity/row_assignments").toString());
    Files.createDirectories(run);
    copyTree(dir.resolve("run/determinations"), run.resolve("determinations"));
    Map<String, Object> f = IdentityEvaluation.evaluate(spark, SharedSpark.testSettings().ingest(),
        dir.resolve("generated").toString(), run.toString());
    long pairs = ((Number) map(f, "look_alike_pairs").get("pairs")).longValue();
    assertEquals(pairs, ((Number) map(f, "look_alike_pairs").get("merged")).longValue());
    assertTrue(pairs > 0, "the sample has look-alike pairs");
    assertEquals(1.0, (double) map(f, "profiles", "pairwise").get("recall"), 1e-12);
    assertTrue((double) map(f, "profiles", "pairwise").get("precision") < 0.01);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
