package org.recordrelief.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.recordrelief.classify.CountyPolicies;
import org.recordrelief.classify.HistoryStage;
import org.recordrelief.classify.PersonClassifier;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.config.Settings;
import org.recordrelief.history.HistoryBuilder;
import org.recordrelief.identity.IdentityColumns;
import org.recordrelief.ingest.DojReader;
import org.recordrelief.ingest.InputFiles;
import org.recordrelief.ingest.RecordColumns;
import org.recordrelief.validate.LineKind;

/**
 * Scores one pipeline run against the generator's ground truth ({@code entity-resolution.md}
 * §10.1–§10.3, §10.5). Everything is a Spark join or aggregation; only aggregates (sums, counts,
 * the cluster-size histogram) reach the driver.
 *
 * <p>Inputs: the generator's {@code truth/rows.csv} and {@code truth/convictions.csv}; the run's
 * {@code determinations/}; and the resolver's {@code identity/row_assignments/} (source_file,
 * line_number, profile_id, person_id) and {@code identity/candidate_pairs/} (profile_id_a,
 * profile_id_b, rules). Without {@code row_assignments} the baseline is scored: every valid row's
 * profile and person are its subject key (SUBJECT_ID, or {@code CII:<cii>}), read back from the
 * DOJ files with the pipeline's own reader. Without {@code candidate_pairs} blocking is n/a.
 * Files are matched on their name (the last path segment) and line number.
 */
public final class IdentityEvaluation {
  private IdentityEvaluation() {}

  static final String FILE = "file";
  static final String LINE = "line_number";
  static final String PROFILE = "profile_id";
  static final String PERSON = "person_id";
  static final String TRUTH = "truth_person_id";

  /**
   * Every figure, as a JSON-ready map.
   *
   * @param generated the generator's output directory (truth/ and doj/)
   * @param run the pipeline's output directory
   */
  public static Map<String, Object> evaluate(
      SparkSession spark, IngestSettings ingest, String generated, String run) {
    return evaluate(spark, ingest, generated, run, null);
  }

  /**
   * Every figure; with {@code truthPersonOutcomes} (from {@link #truthPersonOutcomes}) also the
   * §10.5 comparison against the rules run with persons taken from the ground truth, under
   * {@code decisions_vs_truth_persons}.
   */
  public static Map<String, Object> evaluate(SparkSession spark, IngestSettings ingest,
      String generated, String run, Dataset<Row> truthPersonOutcomes) {
    Map<String, Object> out = new LinkedHashMap<>();
    String assignmentsDir = run + "/identity/row_assignments";
    String pairsDir = run + "/identity/candidate_pairs";
    boolean resolver = exists(spark, assignmentsDir);
    out.put("assignments", resolver ? "identity/row_assignments" : "baseline: subject key");

    Dataset<Row> truthRows = csv(spark, generated + "/truth/rows.csv")
        .select(col("file").as(FILE), col("line_number").cast("long").as(LINE), col(TRUTH));
    Dataset<Row> assigned = resolver
        ? fileName(spark.read().parquet(assignmentsDir))
            .select(col(FILE), col(LINE).cast("long").as(LINE), col(PROFILE), col(PERSON))
        : baselineAssignments(spark, ingest, generated + "/doj");
    Dataset<Row> rows = assigned.join(truthRows, new String[] {FILE, LINE}, "left")
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Row c = rows.agg(count(lit(1)), sum(when(col(TRUTH).isNull(), 1).otherwise(0))).first();
      out.put("rows_assigned", c.getLong(0));
      out.put("rows_without_truth", c.isNullAt(1) ? 0L : c.getLong(1));
      Dataset<Row> known = rows.where(col(TRUTH).isNotNull());

      Dataset<Row> profiles = profileTruth(known).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Row pr = profiles.agg(count(lit(1)), sum(when(col("truth_count").gt(1), 1).otherwise(0)),
            sum(when(col("person_count").gt(1), 1).otherwise(0))).first();
        long profileCount = pr.getLong(0);
        Map<String, Object> prof = new LinkedHashMap<>();
        prof.put("profiles", profileCount);
        prof.put("impure_profiles", pr.isNullAt(1) ? 0L : pr.getLong(1));
        prof.put("profiles_in_several_persons", pr.isNullAt(2) ? 0L : pr.getLong(2));
        ClusterMetrics.Sums ps = sums(profiles.groupBy(col(PERSON), col("truth"))
            .agg(count(lit(1)).as("n")).withColumnRenamed("truth", TRUTH));
        prof.putAll(ClusterMetrics.figures(ps));
        prof.put("cluster_size_histogram", histogram(profiles.groupBy(PERSON).agg(count(lit(1)).as("size"))));
        out.put("profiles", prof);

        String edgesDir = run + "/identity/edges";
        if (exists(spark, edgesDir)) {
          @SuppressWarnings("unchecked")
          Map<String, Object> pairwise = (Map<String, Object>) prof.get("pairwise");
          pairwise.put("missed_by_cause", missedPairs(profiles, spark.read().parquet(edgesDir)));
        }
        Map<String, Object> blocking = new LinkedHashMap<>();
        if (exists(spark, pairsDir)) {
          blocking.putAll(blocking(spark.read().parquet(pairsDir), profiles, ps.truePairs(),
              profileCount));
        } else {
          blocking.put("recall", "n/a");
          blocking.put("note", "no identity/candidate_pairs in the run");
        }
        out.put("blocking", blocking);

        Map<String, Object> rowFigures = new LinkedHashMap<>();
        ClusterMetrics.Sums rs = sums(known.groupBy(col(PERSON), col(TRUTH)).agg(count(lit(1)).as("n")));
        Map<String, Object> rf = ClusterMetrics.figures(rs);
        rowFigures.put("bcubed", rf.get("bcubed"));
        rowFigures.put("clusters", rf.get("clusters"));
        out.put("rows", rowFigures);

        out.put("look_alike_pairs", lookAlikes(spark, generated, known, profiles));
        Dataset<Row> published = fileName(spark.read().parquet(run + "/determinations"))
            .select(col(FILE), col(LINE).cast("long").as(LINE), col("legal_outcome").as("actual"),
                col("track").as("actual_track"));
        out.put("decisions", decisions(expectedOutcomes(spark, generated), published, known,
            profiles));
        if (truthPersonOutcomes != null) {
          out.put("decisions_vs_truth_persons",
              decisions(truthPersonOutcomes, published, known, profiles));
        }
      } finally {
        profiles.unpersist();
      }
    } finally {
      rows.unpersist();
    }
    return out;
  }

  /** Valid rows of the DOJ files with profile = person = subject key (the baseline). */
  static Dataset<Row> baselineAssignments(SparkSession spark, IngestSettings ingest, String dojDir) {
    return fileName(validRecords(spark, ingest, dojDir))
        .select(col(FILE), col(RecordColumns.LINE_NUMBER).as(LINE),
            col(RecordColumns.SUBJECT_KEY).as(PROFILE), col(RecordColumns.SUBJECT_KEY).as(PERSON));
  }

  /**
   * One row per profile: its person (the smallest if the assignments disagree), its majority true
   * person (ties: smallest id), its row count and the number of distinct true persons and persons.
   * Input: rows with profile, person and truth. No I/O.
   */
  static Dataset<Row> profileTruth(Dataset<Row> rows) {
    Dataset<Row> byTruth = rows.groupBy(col(PROFILE), col(TRUTH)).agg(count(lit(1)).as("n"));
    Dataset<Row> majority = byTruth
        .withColumn("rank", row_number().over(
            Window.partitionBy(PROFILE).orderBy(col("n").desc(), col(TRUTH).asc())))
        .where(col("rank").equalTo(1))
        .select(col(PROFILE), col(TRUTH).as("truth"));
    Dataset<Row> agg = rows.groupBy(col(PROFILE)).agg(
        min(col(PERSON)).as(PERSON), count(lit(1)).as("rows"),
        countDistinct(col(TRUTH)).as("truth_count"), countDistinct(col(PERSON)).as("person_count"));
    return agg.join(majority, PROFILE);
  }

  /**
   * The sums of {@link ClusterMetrics} from a contingency table (person_id, truth_person_id, n),
   * by aggregation.
   */
  static ClusterMetrics.Sums sums(Dataset<Row> cells) {
    cells = cells.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> a = cells.groupBy(PERSON).agg(sum("n").as("a"), count(lit(1)).as("ka"));
      Dataset<Row> b = cells.groupBy(TRUTH).agg(sum("n").as("b"), count(lit(1)).as("kb"));
      Column n = col("n").cast("double");
      Row c = cells.join(a, PERSON).join(b, TRUTH).agg(
          sum(col("n")),
          sum(col("n").multiply(col("n").minus(1)).divide(2).cast("long")),
          sum(n.multiply(n).divide(col("a"))),
          sum(n.multiply(n).divide(col("b"))),
          sum(when(col("n").equalTo(col("a")).and(col("n").equalTo(col("b"))), 1).otherwise(0)))
          .first();
      Row ra = a.agg(sum(col("a").multiply(col("a").minus(1)).divide(2).cast("long")), count(lit(1)),
          sum(when(col("ka").geq(2), 1).otherwise(0))).first();
      Row rb = b.agg(sum(col("b").multiply(col("b").minus(1)).divide(2).cast("long")), count(lit(1)),
          sum(when(col("kb").geq(2), 1).otherwise(0))).first();
      return new ClusterMetrics.Sums(
          lng(c, 0), lng(c, 1), lng(ra, 0), lng(rb, 0), dbl(c, 2), dbl(c, 3), lng(ra, 1), lng(rb, 1),
          lng(ra, 2), lng(rb, 2), lng(c, 4));
    } finally {
      cells.unpersist();
    }
  }

  /** Predicted cluster sizes bucketed 1, 2, 3, 4, 5-9, 10-49, 50+ (clusters per bucket). */
  static Map<String, Long> histogram(Dataset<Row> sizes) {
    Column s = col("size");
    Column bucket = when(s.leq(4), s.cast("string")).when(s.lt(10), lit("5-9"))
        .when(s.lt(50), lit("10-49")).otherwise(lit("50+"));
    Map<String, Long> m = new TreeMap<>(java.util.Comparator.comparingInt(IdentityEvaluation::bucketOrder));
    for (Row r : sizes.groupBy(bucket.as("bucket")).agg(count(lit(1))).collectAsList()) {
      m.put(r.getString(0), r.getLong(1));
    }
    Row mx = sizes.agg(max(s)).first();
    m.put("max", mx.isNullAt(0) ? 0L : mx.getLong(0));
    return m;
  }

  private static int bucketOrder(String b) {
    return switch (b) {
      case "5-9" -> 5;
      case "10-49" -> 6;
      case "50+" -> 7;
      case "max" -> 8;
      default -> Integer.parseInt(b);
    };
  }

  /** Pair completeness and reduction ratio of the candidate pairs over profiles. */
  static Map<String, Object> blocking(Dataset<Row> pairs, Dataset<Row> profiles, long truePairs,
      long profileCount) {
    Dataset<Row> unordered = pairs
        .select(least(col("profile_id_a"), col("profile_id_b")).as("pa"),
            greatest(col("profile_id_a"), col("profile_id_b")).as("pb"))
        .where(col("pa").notEqual(col("pb")))
        .distinct();
    Dataset<Row> t = profiles.select(col(PROFILE), col("truth"));
    Row r = unordered
        .join(t.withColumnRenamed(PROFILE, "pa").withColumnRenamed("truth", "ta"), "pa")
        .join(t.withColumnRenamed(PROFILE, "pb").withColumnRenamed("truth", "tb"), "pb")
        .agg(count(lit(1)), sum(when(col("ta").equalTo(col("tb")), 1).otherwise(0)))
        .first();
    long candidates = lng(r, 0);
    long found = lng(r, 1);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("candidate_pairs", candidates);
    m.put("true_pairs_compared", found);
    m.put("true_pairs", truePairs);
    m.put("recall", ClusterMetrics.ratio(found, truePairs));
    long all = ClusterMetrics.pairs(profileCount);
    m.put("reduction_ratio", all == 0 ? 1.0 : 1.0 - (double) candidates / all);
    return m;
  }

  /** Causes of a missed pair, in report order. */
  static final List<String> MISSED_CAUSES = List.of("NOT_COMPARED", "REVIEW",
      "REVIEW_CONSTRAINT", "BELOW_REVIEW", "MERGE_IN_REJECTED_CLUSTER");

  /**
   * The missed pairs (pairwise FN: two profiles of one true person in different predicted
   * persons) by why, from their direct edge: {@code NOT_COMPARED} (no blocking rule paired them),
   * {@code REVIEW} (in the review band, no veto), {@code REVIEW_CONSTRAINT} (held at REVIEW by a
   * veto or a guard), {@code BELOW_REVIEW} (POSSIBLE or NO_MERGE) or
   * {@code MERGE_IN_REJECTED_CLUSTER} (a MERGE edge in a cluster rejected as a whole). Inputs: the
   * profile table of {@link #profileTruth} and the run's {@code identity/edges}. No I/O.
   */
  static Map<String, Long> missedPairs(Dataset<Row> profiles, Dataset<Row> edges) {
    Dataset<Row> p = profiles.select(col(PROFILE), col(PERSON), col("truth"));
    Dataset<Row> missed = p.as("x").join(p.as("y"), col("x.truth").equalTo(col("y.truth"))
            .and(col("x." + PROFILE).lt(col("y." + PROFILE)))
            .and(col("x." + PERSON).notEqual(col("y." + PERSON))))
        .select(col("x." + PROFILE).as("pa"), col("y." + PROFILE).as("pb"));
    Dataset<Row> e = edges.select(
        least(col("profile_id_a"), col("profile_id_b")).as("pa"),
        greatest(col("profile_id_a"), col("profile_id_b")).as("pb"),
        col("decision"), col("constraint_hits"));
    Column cause = when(col("decision").isNull(), "NOT_COMPARED")
        .when(col("decision").equalTo("MERGE"), "MERGE_IN_REJECTED_CLUSTER")
        .when(col("decision").equalTo("REVIEW")
            .and(org.apache.spark.sql.functions.size(col("constraint_hits")).gt(0)),
            "REVIEW_CONSTRAINT")
        .when(col("decision").equalTo("REVIEW"), "REVIEW")
        .otherwise("BELOW_REVIEW");
    Map<String, Long> out = new LinkedHashMap<>();
    MISSED_CAUSES.forEach(c -> out.put(c, 0L));
    for (Row r : missed.join(e, new String[] {"pa", "pb"}, "left")
        .groupBy(cause.as("cause")).count().collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  /**
   * The generator's look-alike pairs of distinct persons ({@code truth/adversarial_pairs.csv}):
   * how many, how many ended up (partly) in one predicted person ({@code merged}: some row of
   * each), and how many the resolver merged ({@code merged_by_resolution}: a profile whose
   * majority is each, in one person), by trap kind. The difference is pairs that share a person
   * only through an impure profile: a CII carrying rows of both, which is flagged and never
   * split. Every pair should stay unmerged (§9).
   */
  static Map<String, Object> lookAlikes(SparkSession spark, String generated, Dataset<Row> rows,
      Dataset<Row> profiles) {
    Map<String, Object> m = new LinkedHashMap<>();
    String file = generated + "/truth/adversarial_pairs.csv";
    if (!exists(spark, file)) {
      m.put("pairs", "n/a");
      return m;
    }
    Dataset<Row> pairs = csv(spark, file);
    Map<String, Long> total = new TreeMap<>();
    for (Row r : pairs.groupBy("trap_kind").agg(count(lit(1))).collectAsList()) {
      total.put(r.getString(0), r.getLong(1));
    }
    m.put("pairs", total.values().stream().mapToLong(Long::longValue).sum());
    m.put("pairs_by_kind", total);
    Map<String, Long> anyRow = mergedPairs(pairs, rows.select(col(TRUTH), col(PERSON)),
        total.keySet());
    m.put("merged", anyRow.values().stream().mapToLong(Long::longValue).sum());
    m.put("merged_by_kind", anyRow);
    Map<String, Long> resolved = mergedPairs(pairs,
        profiles.select(col("truth").as(TRUTH), col(PERSON)), total.keySet());
    m.put("merged_by_resolution", resolved.values().stream().mapToLong(Long::longValue).sum());
    m.put("merged_by_resolution_by_kind", resolved);
    return m;
  }

  /** Look-alike pairs whose two true persons share a person in {@code personOf}, by kind. */
  private static Map<String, Long> mergedPairs(Dataset<Row> pairs, Dataset<Row> personOf,
      java.util.Set<String> kinds) {
    Dataset<Row> p = personOf.distinct();
    Dataset<Row> merged = pairs
        .join(p.withColumnRenamed(TRUTH, "truth_person_id_a"), "truth_person_id_a")
        .join(p.withColumnRenamed(TRUTH, "truth_person_id_b"), new String[] {
            "truth_person_id_b", PERSON})
        .select("truth_person_id_a", "truth_person_id_b", "trap_kind").distinct();
    Map<String, Long> byKind = new TreeMap<>();
    kinds.forEach(k -> byKind.put(k, 0L));
    for (Row r : merged.groupBy("trap_kind").agg(count(lit(1))).collectAsList()) {
      byKind.put(r.getString(0), r.getLong(1));
    }
    return byKind;
  }

  private static final UserDefinedFunction CATEGORY = org.apache.spark.sql.functions.udf(
      (UDF2<String, String, String>) DecisionComparison::category, DataTypes.StringType);

  /**
   * The generator's expected outcome of each conviction, computed on the true person with its
   * true identity values: (file, line_number, conv_truth, expected, expected_track).
   */
  static Dataset<Row> expectedOutcomes(SparkSession spark, String generated) {
    return csv(spark, generated + "/truth/convictions.csv")
        .where(col("expected_legal_outcome").isNotNull()
            .and(col("expected_legal_outcome").notEqual("")))
        .select(col("file").as(FILE), col("line_number").cast("long").as(LINE),
            col(TRUTH).as("conv_truth"), col("expected_legal_outcome").as("expected"),
            col("expected_track"));
  }

  /**
   * The rules run again with persons taken from the ground truth ({@code entity-resolution.md}
   * §10.5): the generated DOJ files read with the pipeline's reader, every valid row's person
   * set to its true person, classified as the pipeline classifies (no county policy, no
   * supplementary facts, no identity review). The outcome per conviction row: (file,
   * line_number, conv_truth, expected, expected_track). Against the pipeline's outcomes it
   * isolates what identity resolution changes: the same rows, with the same corrupted values,
   * grouped into the true persons.
   */
  public static Dataset<Row> truthPersonOutcomes(SparkSession spark, Settings settings,
      String generated, LocalDate asOf) {
    IngestSettings ingest = settings.ingest();
    Dataset<Row> valid = validRecords(spark, ingest, generated + "/doj");
    Dataset<Row> truthRows = csv(spark, generated + "/truth/rows.csv")
        .select(col("file").as(FILE), col("line_number").cast("long").as(LINE),
            col(TRUTH).as(PERSON));
    Dataset<Row> records = fileName(valid)
        .withColumn(LINE, col(RecordColumns.LINE_NUMBER).cast("long"))
        .join(truthRows, new String[] {FILE, LINE})
        .withColumn(HistoryStage.IDENTITY_STATUS, lit(IdentityColumns.CII_ONLY));
    PersonClassifier classifier = new PersonClassifier("truth-persons", asOf,
        settings.configHash(), new HistoryBuilder(settings.rules(), ingest),
        settings.statutory(), Map.of(), CountyPolicies.load(List.of()));
    return fileName(HistoryStage.determinations(HistoryStage.histories(records, classifier)))
        .select(col(FILE), col(LINE).cast("long").as(LINE), col(PERSON).as("conv_truth"),
            col("legal_outcome").as("expected"), col("track").as("expected_track"));
  }

  /**
   * Decision-level comparison (§10.5): each conviction with a baseline outcome ({@code
   * expected}: file, line_number, conv_truth, expected, expected_track) against the published
   * determination of the same count row ({@code published}: file, line_number, actual,
   * actual_track), counted per category (convictions and distinct true persons), with the
   * identity cause of each disagreement, first that applies: IMPURE_PROFILE (the count row's
   * profile holds several true persons), FALSE_MERGE (its person does), FALSE_SPLIT (its true
   * person is spread over several persons), else NO_CLUSTER_ERROR (the clustering is right;
   * corrupted identity values on the person's own rows, such as a DOB typo, changed the
   * decision). No I/O; only aggregates reach the driver.
   */
  static Map<String, Object> decisions(Dataset<Row> expected, Dataset<Row> published,
      Dataset<Row> rows, Dataset<Row> profiles) {
    // identity causes: a person holding several true persons (merge), a true person over several
    // persons (split), the count's own profile impure
    Dataset<Row> merged = rows.groupBy(PERSON).agg(countDistinct(col(TRUTH)).as("truths"));
    Dataset<Row> split = rows.groupBy(TRUTH).agg(countDistinct(col(PERSON)).as("persons"));
    Dataset<Row> rowCause = rows.select(col(FILE), col(LINE), col(PROFILE), col(PERSON))
        .join(merged, PERSON)
        .join(profiles.select(col(PROFILE), col("truth_count")), PROFILE);
    Dataset<Row> compared = expected
        .join(published, new String[] {FILE, LINE}, "left")
        .withColumn("category", CATEGORY.apply(col("expected"), col("actual")))
        .join(rowCause, new String[] {FILE, LINE}, "left")
        .join(split.withColumnRenamed(TRUTH, "conv_truth"), new String[] {"conv_truth"}, "left")
        .withColumn("cause",
            when(col("truth_count").gt(1), lit("IMPURE_PROFILE"))
                .when(col("truths").gt(1), lit("FALSE_MERGE"))
                .when(col("persons").gt(1), lit("FALSE_SPLIT"))
                .otherwise(lit("NO_CLUSTER_ERROR")))
        .withColumn("track_differs",
            col("category").equalTo(DecisionComparison.AGREE)
                .and(col("expected").isin("DISMISS_AND_SEAL", "REDUCE_TO_INFRACTION",
                    "REDUCE_TO_MISDEMEANOR"))
                .and(org.apache.spark.sql.functions.coalesce(col("expected_track"), lit(""))
                    .notEqual(org.apache.spark.sql.functions.coalesce(col("actual_track"), lit("")))));
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Long> convictions = new LinkedHashMap<>();
    Map<String, Long> people = new LinkedHashMap<>();
    for (String k : DecisionComparison.CATEGORIES) {
      convictions.put(k, 0L);
      people.put(k, 0L);
    }
    for (Row r : compared.groupBy("category")
        .agg(count(lit(1)), countDistinct(col("conv_truth"))).collectAsList()) {
      convictions.put(r.getString(0), r.getLong(1));
      people.put(r.getString(0), r.getLong(2));
    }
    Map<String, Map<String, Long>> causes = new TreeMap<>();
    for (Row r : compared.where(col("category").notEqual(DecisionComparison.AGREE))
        .groupBy("category", "cause").agg(count(lit(1))).collectAsList()) {
      causes.computeIfAbsent(r.getString(0), k -> new TreeMap<>()).put(r.getString(1), r.getLong(2));
    }
    Row t = compared.agg(count(lit(1)), sum(when(col("track_differs"), 1).otherwise(0))).first();
    long unexpected = published.join(expected, new String[] {FILE, LINE}, "left_anti").count();
    m.put("compared_convictions", lng(t, 0));
    m.put("convictions", convictions);
    m.put("people", people);
    m.put("errors_by_cause", causes);
    m.put("track_differences", lng(t, 1));
    m.put("determinations_without_expected_outcome", unexpected);
    return m;
  }

  // ---------------------------------------------------------------- helpers

  /** The valid records of the DOJ files under {@code dojDir}, read with the pipeline's reader. */
  private static Dataset<Row> validRecords(SparkSession spark, IngestSettings ingest,
      String dojDir) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    var files = InputFiles.list(List.of(dojDir), spark.sparkContext().hadoopConfiguration());
    return DojReader.read(spark, DojReader.plan(jsc, files, ingest), ingest)
        .where(col(RecordColumns.KIND).equalTo(LineKind.DATA.name()));
  }

  private static Dataset<Row> csv(SparkSession spark, String path) {
    return spark.read().option("header", "true").option("escape", "\"").option("multiLine", "false")
        .csv(path);
  }

  private static Dataset<Row> fileName(Dataset<Row> d) {
    return d.withColumn(FILE, substring_index(col("source_file"), "/", -1));
  }

  private static boolean exists(SparkSession spark, String dir) {
    try {
      Path p = new Path(dir);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + dir, e);
    }
  }

  private static long lng(Row r, int i) {
    return r.isNullAt(i) ? 0L : ((Number) r.get(i)).longValue();
  }

  private static double dbl(Row r, int i) {
    return r.isNullAt(i) ? 0.0 : ((Number) r.get(i)).doubleValue();
  }

  /** A few lines of text for the console. */
  @SuppressWarnings("unchecked")
  public static List<String> report(Map<String, Object> f) {
    List<String> out = new ArrayList<>();
    Map<String, Object> prof = (Map<String, Object>) f.get("profiles");
    Map<String, Object> pw = (Map<String, Object>) prof.get("pairwise");
    Map<String, Object> bc = (Map<String, Object>) prof.get("bcubed");
    Map<String, Object> cl = (Map<String, Object>) prof.get("clusters");
    Map<String, Object> rows = (Map<String, Object>) f.get("rows");
    Map<String, Object> rbc = (Map<String, Object>) rows.get("bcubed");
    Map<String, Object> bl = (Map<String, Object>) f.get("blocking");
    Map<String, Object> dec = (Map<String, Object>) f.get("decisions");
    out.add("identity evaluation (" + f.get("assignments") + "): " + f.get("rows_assigned")
        + " rows, " + prof.get("profiles") + " profiles (" + prof.get("impure_profiles")
        + " impure)");
    out.add("  blocking recall " + fmt(bl.get("recall"))
        + (bl.containsKey("candidate_pairs") ? ", " + bl.get("candidate_pairs")
            + " candidate pairs, reduction ratio " + fmt(bl.get("reduction_ratio")) : ""));
    out.add("  pairwise (profiles): precision " + fmt(pw.get("precision")) + ", recall "
        + fmt(pw.get("recall")) + ", F1 " + fmt(pw.get("f1")) + ", F0.5 " + fmt(pw.get("f0_5"))
        + " (TP " + pw.get("tp") + ", FP " + pw.get("fp") + ", FN " + pw.get("fn") + ")");
    if (pw.get("missed_by_cause") != null) {
      out.add("  missed pairs by cause " + pw.get("missed_by_cause"));
    }
    out.add("  B-cubed profiles: precision " + fmt(bc.get("precision")) + ", recall "
        + fmt(bc.get("recall")) + "; rows: precision " + fmt(rbc.get("precision")) + ", recall "
        + fmt(rbc.get("recall")));
    out.add("  clusters: " + cl.get("predicted_clusters") + " predicted, " + cl.get("true_clusters")
        + " true, " + cl.get("merges") + " merges, " + cl.get("splits") + " splits, exact rate "
        + fmt(cl.get("exact_cluster_rate")) + "; sizes " + prof.get("cluster_size_histogram"));
    out.add("  decisions against expected outcomes (" + dec.get("compared_convictions")
        + " convictions): "
        + dec.get("convictions") + "; people " + dec.get("people"));
    out.add("  errors by cause " + dec.get("errors_by_cause") + "; track differences "
        + dec.get("track_differences"));
    Map<String, Object> vt = (Map<String, Object>) f.get("decisions_vs_truth_persons");
    if (vt != null) {
      out.add("  decisions against the rules on true persons (" + vt.get("compared_convictions")
          + " convictions): " + vt.get("convictions") + "; people " + vt.get("people"));
      out.add("  errors by cause " + vt.get("errors_by_cause") + "; track differences "
          + vt.get("track_differences"));
    }
    Map<String, Object> la = (Map<String, Object>) f.get("look_alike_pairs");
    out.add("  look-alike pairs of distinct persons: " + la.get("pairs") + ", merged "
        + la.getOrDefault("merged", "n/a") + " " + la.getOrDefault("merged_by_kind", "")
        + "; by resolution (not only through a shared, impure CII) "
        + la.getOrDefault("merged_by_resolution", "n/a") + " "
        + la.getOrDefault("merged_by_resolution_by_kind", ""));
    return out;
  }

  private static String fmt(Object v) {
    return v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.4f", d) : String.valueOf(v);
  }
}
