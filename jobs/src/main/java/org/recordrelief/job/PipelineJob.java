package org.recordrelief.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring_index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.recordrelief.classify.CountyPolicies;
import org.recordrelief.classify.HistoryStage;
import org.recordrelief.classify.IdentitySensitivity;
import org.recordrelief.classify.PersonClassifier;
import org.recordrelief.eligibility.CountKey;
import org.recordrelief.eligibility.SupplementaryFacts;
import org.recordrelief.history.HistoryBuilder;
import org.recordrelief.ingest.SupplementaryFactsFile;
import org.recordrelief.publish.AnalyticsStage;
import org.recordrelief.publish.CountyExports;
import org.recordrelief.publish.CountyPackages;
import org.recordrelief.publish.CountySummaries;
import org.recordrelief.publish.GogenExportStage;
import org.recordrelief.config.Settings;
import org.recordrelief.config.IdentitySettings;
import org.recordrelief.identity.Components;
import org.recordrelief.identity.IdentityColumns;
import org.recordrelief.identity.IdentityResolution;
import org.recordrelief.identity.ReviewerDecision;
import org.recordrelief.ingest.ReviewerDecisionsFile;
import org.recordrelief.identity.IdentityResult;
import org.recordrelief.identity.IdentityStats;
import org.recordrelief.schema.Schemas;
import org.recordrelief.ingest.Chunk;
import org.recordrelief.ingest.DojReader;
import org.recordrelief.ingest.FileAccounting;
import org.recordrelief.ingest.InputFile;
import org.recordrelief.ingest.InputFiles;
import org.recordrelief.ingest.RecordColumns;
import org.recordrelief.nightly.FaultPoint;
import org.recordrelief.publish.Json;
import org.recordrelief.publish.StagedOutput;
import org.recordrelief.validate.LineKind;

/**
 * The main job: DOJ files → validated records (+ quarantine) → persons → convictions, published
 * atomically under the output directory with {@code summary.json} and {@code manifest.json}.
 * Called by {@link Main} and directly by tests.
 */
public final class PipelineJob {
  private PipelineJob() {}

  /**
   * Run the pipeline. Throws {@link RunFailure} (one-line message) when the input must not be
   * published, leaving the output directory untouched.
   */
  public static RunResult run(SparkSession spark, Settings settings, RunRequest req) {
    Instant started = Instant.now();
    StageTimer timer = new StageTimer(spark, settings.progress() ? System.err : null);
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    StorageLevel cache = StorageLevel.fromString(settings.cacheLevel());

    CountyPolicies policies = timer.time("load-policies", () -> loadPolicies(req));
    // Small reference input, checked before the extract is read: a bad file fails at once.
    List<ReviewerDecision> decisions = req.decisionsFile() == null ? List.of()
        : timer.time("read-identity-decisions",
            () -> ReviewerDecisionsFile.read(req.decisionsFile(), hadoop));
    List<InputFile> files = timer.time("list-inputs", () -> InputFiles.list(req.inputs(), hadoop));
    String runId = req.runId() != null ? req.runId() : deriveRunId(req, files, settings);
    StagedOutput out = StagedOutput.create(req.output(), runId, hadoop);
    Dataset<Row> records = null;
    Dataset<Row> histories = null;
    try {
      List<Chunk> chunks = timer.time("plan", () -> DojReader.plan(jsc, files, settings.ingest()));
      // Only the columns later stages read are cached; the others are never shuffled.
      records = FaultPoint.tap("pipeline-reading",
          DojReader.read(spark, chunks, settings.ingest(), readColumns(settings)))
          .persist(cache);
      Dataset<Row> recs = records;
      List<FileAccounting> accounting = timer.time("read-validate", () -> account(recs, files));

      List<String> failures = checkFiles(accounting, settings);
      if (!failures.isEmpty()) {
        Map<String, Object> summary = summary(runId, req, accounting, settings, null, "FAILED",
            String.join(" | ", failures));
        var failedDir = out.abandon(Json.write(summary));
        throw new RunFailure(String.join(" | ", failures)
            + (failedDir == null ? "" : " (summary: " + failedDir + "/summary.json)"));
      }

      timer.time("write-quarantine", () -> recs
          .where(col(RecordColumns.KIND).equalTo(LineKind.QUARANTINED.name()))
          .select(
              lit(runId).as("run_id"),
              col(RecordColumns.SOURCE_FILE),
              col(RecordColumns.SOURCE_FILE_ORDINAL),
              col(RecordColumns.LINE_NUMBER),
              col(RecordColumns.BYTE_OFFSET),
              col(RecordColumns.REASON),
              col(RecordColumns.DETAIL),
              col(RecordColumns.FIELD_COUNT),
              col(RecordColumns.RECORD_SHA256),
              col(RecordColumns.RAW_RECORD))
          .orderBy(col(RecordColumns.SOURCE_FILE_ORDINAL), col(RecordColumns.LINE_NUMBER))
          .coalesce(1)
          .write().mode(SaveMode.ErrorIfExists).parquet(out.path("quarantine")));

      Map<CountKey, SupplementaryFacts> facts = req.factsFile() == null ? Map.of()
          : timer.time("read-facts",
              () -> SupplementaryFactsFile.read(req.factsFile(), hadoop));
      PersonClassifier classifier = new PersonClassifier(runId, req.asOf(),
          settings.configHash(), new HistoryBuilder(settings.rules(), settings.ingest()),
          settings.statutory(), facts, policies);
      Dataset<Row> valid = records.where(col(RecordColumns.KIND).equalTo(LineKind.DATA.name()));
      IdentityResult identity;
      try {
        identity = timer.time("resolve-identity",
            () -> IdentityResolution.resolve(spark, valid, settings.identity(), decisions));
      } catch (Components.DidNotConverge e) {
        // A giant or very long component: fail loudly rather than over-link.
        out.abandon(null);
        throw new RunFailure(e.getMessage());
      }
      Dataset<Row> resolved = identity.records();
      // Links between persons that identity-sensitive decisions consider (REVIEW / POSSIBLE);
      // also written as DIR/identity/possible_matches/.
      Dataset<Row> possibleMatches = identity.possibleMatches();
      Map<String, Object> identityStats = timer.time("write-identity",
          () -> writeIdentity(spark, identity, out));
      // Counts whose outcome a REVIEW-band possible match would change are published as
      // NEEDS_REVIEW / NEEDS_IDENTITY_REVIEW (entity-resolution.md §7), never silently decided.
      Dataset<Row> personIdentity = null;
      if (settings.identity().mode() != IdentitySettings.Mode.SUBJECT_ID) {
        // ... and so are counts that change if a shared CII's untied rows are someone else's.
        Dataset<Row> links = IdentitySensitivity.reviewLinks(possibleMatches);
        personIdentity = IdentitySensitivity.personIdentity(
            links.union(IdentitySensitivity.sharedCiiLinks(resolved)),
            IdentitySensitivity.sensitiveCounts(resolved, links, classifier)
                .union(IdentitySensitivity.sharedCiiCounts(resolved, classifier)));
      }
      histories = HistoryStage.histories(resolved, personIdentity, classifier).persist(cache);
      Dataset<Row> hist = histories;
      int partitions = Integer.parseInt(
          settings.spark().getOrDefault("spark.sql.shuffle.partitions", "8"));

      timer.time("write-convictions", () -> HistoryStage.convictions(hist)
          .repartitionByRange(partitions, col("county_slug"), col("person_id"), col("count_key"))
          .sortWithinPartitions(col("county_slug"), col("person_id"), col("count_key"))
          .write().mode(SaveMode.ErrorIfExists).partitionBy("county_slug")
          .parquet(out.path("convictions")));
      timer.time("write-determinations", () -> FaultPoint.tap("pipeline-writing-determinations",
          HistoryStage.determinations(hist)
          .repartitionByRange(partitions, col("county_slug"), col("person_id"), col("count_key"))
          .sortWithinPartitions(col("county_slug"), col("person_id"), col("count_key")))
          .write().mode(SaveMode.ErrorIfExists).partitionBy("county_slug")
          .parquet(out.path("determinations")));
      timer.time("write-exports", () -> CountyExports.write(spark,
          spark.read().parquet(out.path("determinations")), out));
      timer.time("write-county-packages", () -> CountyPackages.write(spark, out));
      Map<String, Object> gogenExport = null;
      if (req.exports().contains("gogen")) {
        gogenExport = timer.time("write-gogen-export", () -> GogenExportStage.write(spark, chunks,
            settings.ingest(), out, req.asOf(), policies::forCounty).toMap());
      }
      timer.time("write-persons", () -> HistoryStage.persons(hist)
          .repartitionByRange(partitions, col("person_id"))
          .sortWithinPartitions(col("person_id"))
          .write().mode(SaveMode.ErrorIfExists).parquet(out.path("persons")));

      timer.time("write-analytics", () -> AnalyticsStage.write(spark, out,
          AnalyticsStage.personKey(settings)));
      Map<String, Object> outputs = timer.time("summarize", () -> outputStats(spark, out));
      Map<String, Object> summary =
          summary(runId, req, accounting, settings, outputs, "SUCCEEDED", null);
      if (gogenExport != null) {
        summary.put("gogen_export", gogenExport);
      }
      summary.put("identity", identityStats);
      out.writeText("summary.json", Json.write(summary));
      Map<String, Object> manifest =
          manifest(runId, req, files, accounting, settings, policies, spark, timer, started);
      out.writeText("manifest.json", Json.write(manifest));
      timer.time("write-reports", () -> CountySummaries.writeAll(spark, out, summary, manifest));
      FaultPoint.reach("pipeline-before-publish");
      out.publish();
      return new RunResult(runId, out.output().toString(), summary);
    } catch (RunFailure e) {
      throw e;
    } catch (RuntimeException e) {
      out.abandon(null);
      throw e;
    } finally {
      if (histories != null) {
        histories.unpersist();
      }
      if (records != null) {
        records.unpersist();
      }
    }
  }

  /**
   * The DOJ columns the reader keeps (after the provenance prefix): what the history builder
   * reads plus, when identity resolution is on, the identity columns only the resolver reads.
   */
  static int[] readColumns(Settings settings) {
    java.util.LinkedHashSet<Integer> keep = new java.util.LinkedHashSet<>();
    for (int c : HistoryStage.USED_COLUMNS) {
      keep.add(c);
    }
    if (settings.identity().mode() != IdentitySettings.Mode.SUBJECT_ID) {
      for (String name : IdentityColumns.EXTRA_DOJ_COLUMNS) {
        keep.add(org.recordrelief.doj.DojColumns.indexOf(name));
      }
    }
    return keep.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Writes each identity audit table to {@code DIR/identity/<table>/} (inside the staging
   * directory, so publishing stays atomic) in its {@code schemas/identity_<table>.avsc} column
   * order, and returns the summary figures read back from them. Subject-id mode writes nothing.
   */
  private static Map<String, Object> writeIdentity(SparkSession spark, IdentityResult identity,
      StagedOutput out) {
    if (identity.audit().isEmpty()) {
      Map<String, Object> off = new LinkedHashMap<>();
      off.put("mode", "subject-id");
      return off;
    }
    Map<String, Dataset<Row>> written = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> e : identity.audit().entrySet()) {
      String path = out.path("identity/" + e.getKey());
      List<org.apache.spark.sql.Column> cols = new ArrayList<>();
      for (String f : Schemas.sparkType(Schemas.IDENTITY_PREFIX + e.getKey()).fieldNames()) {
        cols.add(col(f));
      }
      e.getValue().select(cols.toArray(new org.apache.spark.sql.Column[0]))
          .write().mode(SaveMode.ErrorIfExists).parquet(path);
      written.put(e.getKey(), spark.read().parquet(path));
    }
    return IdentityStats.summary(written, identity.modelHash());
  }

  private static CountyPolicies loadPolicies(RunRequest req) {
    try {
      return CountyPolicies.load(req.policies());
    } catch (org.recordrelief.eligibility.policy.PolicyException e) {
      throw new org.recordrelief.config.SettingsException(e.getMessage(), e);
    }
  }

  /** Per-file row accounting from small aggregates of the records dataset. */
  static List<FileAccounting> account(Dataset<Row> records, List<InputFile> files) {
    Map<Integer, FileAccounting> byOrdinal = new TreeMap<>();
    for (InputFile f : files) {
      byOrdinal.put(f.ordinal(), new FileAccounting(f));
    }
    List<Row> counts = records
        .groupBy(col(RecordColumns.SOURCE_FILE_ORDINAL), col(RecordColumns.KIND),
            col(RecordColumns.REASON), col(RecordColumns.CRLF), col(RecordColumns.BOM))
        .count()
        .collectAsList();
    for (Row r : counts) {
      FileAccounting a = byOrdinal.get(r.getInt(0));
      String kind = r.getString(1);
      String reason = r.isNullAt(2) ? null : r.getString(2);
      long n = r.getLong(5);
      a.lines += n;
      if (r.getBoolean(3)) {
        a.crlfLines += n;
      }
      if (r.getBoolean(4)) {
        a.bomRemoved = true;
      }
      switch (LineKind.valueOf(kind)) {
        case DATA -> a.valid += n;
        case BLANK -> a.blankLines += n;
        case HEADER -> a.headerPresent = true;
        case QUARANTINED -> a.quarantinedByReason.merge(reason, n, Long::sum);
      }
    }
    for (Row r : records
        .where(col(RecordColumns.KIND).equalTo(LineKind.HEADER.name())
            .and(col(RecordColumns.REASON).isNotNull()))
        .select(col(RecordColumns.SOURCE_FILE_ORDINAL), col(RecordColumns.DETAIL))
        .collectAsList()) {
      byOrdinal.get(r.getInt(0)).headerMismatch = r.isNullAt(1) ? "header mismatch" : r.getString(1);
    }
    for (Row r : records
        .where(col(RecordColumns.ISSUES).isNotNull())
        .select(col(RecordColumns.SOURCE_FILE_ORDINAL),
            explode(col(RecordColumns.ISSUES)).as("issue"))
        .select(col(RecordColumns.SOURCE_FILE_ORDINAL),
            substring_index(col("issue"), ":", 1).as("code"))
        .groupBy(col(RecordColumns.SOURCE_FILE_ORDINAL), col("code"))
        .count()
        .collectAsList()) {
      byOrdinal.get(r.getInt(0)).warningsByCode.merge(r.getString(1), r.getLong(2), Long::sum);
    }
    return new ArrayList<>(byOrdinal.values());
  }

  /**
   * File-level problems that must stop the run before publishing: a header that does not match
   * the layout, rejected records above the threshold, or a non-empty file with no valid record.
   * A thinned statewide dataset means missing priors, which means wrongly granted relief.
   */
  static List<String> checkFiles(List<FileAccounting> accounting, Settings settings) {
    List<String> failures = new ArrayList<>();
    for (FileAccounting a : accounting) {
      List<String> problems = new ArrayList<>();
      if (a.headerMismatch != null && settings.ingest().headerMismatchIsError()) {
        problems.add("HEADER_MISMATCH (" + a.headerMismatch + ")");
      }
      long rejected = a.quarantined();
      long threshold = settings.ingest().rejectThreshold(a.recordsRead());
      boolean allRejected = rejected > 0 && a.valid == 0;
      if (rejected > threshold || allRejected) {
        problems.add("REJECT_THRESHOLD: " + rejected + " of " + a.recordsRead()
            + " records rejected (threshold " + threshold + "), mostly " + a.dominantReason());
      }
      if (!problems.isEmpty()) {
        failures.add(a.file.displayPath() + ": " + String.join("; ", problems));
      }
    }
    return failures;
  }

  private static Map<String, Object> outputStats(SparkSession spark, StagedOutput out) {
    Dataset<Row> convictions = spark.read().parquet(out.path("convictions"));
    Dataset<Row> persons = spark.read().parquet(out.path("persons"));
    Map<String, Object> stats = new LinkedHashMap<>();
    // Person count and impact figures in one pass over persons.
    Row impact = persons.selectExpr(
        "count(*) as persons",
        "count_if(prop64_conviction_count > 0) as people_with_prop64_conviction",
        "count_if(felony_conviction_count > 0) as people_with_felony",
        "count_if(felony_conviction_count > 0 and felony_convictions_after_relief = 0)"
            + " as people_left_with_no_felony",
        "count_if(conviction_count > 0) as people_with_conviction",
        "count_if(conviction_count > 0 and convictions_after_relief = 0)"
            + " as people_left_with_no_conviction").first();
    stats.put("persons", impact.getLong(0));
    Map<String, Long> byCounty = new TreeMap<>();
    Map<String, Map<String, Long>> prop64 = new TreeMap<>();
    long total = 0;
    for (Row r : convictions
        .groupBy(col("county_slug"), col("is_prop64"), col("section"))
        .count()
        .collectAsList()) {
      String county = r.getString(0);
      long n = r.getLong(3);
      total += n;
      byCounty.merge(county, n, Long::sum);
      if (r.getBoolean(1)) {
        prop64.computeIfAbsent(county, k -> new TreeMap<>()).merge(r.getString(2), n, Long::sum);
      }
    }
    stats.put("convictions", total);
    stats.put("convictions_by_county", byCounty);
    stats.put("prop64_convictions_by_county_section", prop64);

    Dataset<Row> determinations = spark.read().parquet(out.path("determinations"));
    Map<String, Map<String, Map<String, Long>>> outcomes = new TreeMap<>();
    Map<String, Long> byOutcome = new TreeMap<>();
    long dets = 0;
    for (Row r : determinations
        .groupBy(col("county_slug"), col("section"), col("legal_outcome"))
        .count()
        .collectAsList()) {
      String section = r.isNullAt(1) ? "UNPARSED" : r.getString(1);
      long n = r.getLong(3);
      dets += n;
      byOutcome.merge(r.getString(2), n, Long::sum);
      outcomes.computeIfAbsent(r.getString(0), k -> new TreeMap<>())
          .computeIfAbsent(section, k -> new TreeMap<>())
          .merge(r.getString(2), n, Long::sum);
    }
    Map<String, Map<String, Long>> policyOutcomes = new TreeMap<>();
    for (Row r : determinations.where(col("policy_id").isNotNull())
        .groupBy(col("county_slug"), col("policy_outcome"), col("policy_vs_baseline"))
        .count()
        .collectAsList()) {
      policyOutcomes.computeIfAbsent(r.getString(0), k -> new TreeMap<>())
          .merge(r.getString(1) + "/" + r.getString(2), r.getLong(3), Long::sum);
    }
    stats.put("determinations", dets);
    stats.put("legal_outcomes", byOutcome);
    stats.put("legal_outcomes_by_county_section", outcomes);
    stats.put("policy_outcomes_by_county", policyOutcomes);

    Map<String, Object> relief = new LinkedHashMap<>();
    for (String f : impact.schema().fieldNames()) {
      if (!f.equals("persons")) {
        relief.put(f, impact.getLong(impact.fieldIndex(f)));
      }
    }
    relief.put("basis", "statutory outcomes; NEEDS_REVIEW counted as not granted");
    stats.put("impact", relief);
    return stats;
  }

  private static Map<String, Object> summary(String runId, RunRequest req,
      List<FileAccounting> accounting, Settings settings, Map<String, Object> outputs,
      String status, String failure) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", runId);
    m.put("as_of_date", req.asOf().toString());
    m.put("status", status);
    m.put("failure", failure);
    long read = 0;
    long valid = 0;
    long quarantined = 0;
    Map<String, Long> byReason = new TreeMap<>();
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileAccounting a : accounting) {
      read += a.recordsRead();
      valid += a.valid;
      quarantined += a.quarantined();
      a.quarantinedByReason.forEach((k, v) -> byReason.merge(k, v, Long::sum));
      files.add(a.toMap(settings.ingest().rejectThreshold(a.recordsRead())));
    }
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("records_read", read);
    rows.put("records_valid", valid);
    rows.put("records_quarantined", quarantined);
    rows.put("quarantined_by_reason", byReason);
    rows.put("balanced", read == valid + quarantined
        && accounting.stream().allMatch(FileAccounting::balanced));
    m.put("rows", rows);
    m.put("files", files);
    if (outputs != null) {
      m.putAll(outputs);
    }
    return m;
  }

  private static Map<String, Object> manifest(String runId, RunRequest req,
      List<InputFile> files, List<FileAccounting> accounting, Settings settings,
      CountyPolicies policies, SparkSession spark, StageTimer timer, Instant started) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", runId);
    m.put("as_of_date", req.asOf().toString());
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (FileAccounting a : accounting) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("path", a.file.displayPath());
      f.put("bytes", a.file.sizeBytes());
      f.put("sha256", a.file.sha256());
      f.put("records", a.recordsRead());
      f.put("skipped_duplicate_of", a.file.duplicateOf());
      inputs.add(f);
    }
    m.put("inputs", inputs);
    m.put("config_hash", settings.configHash());
    m.put("policies", policies.summary());
    m.put("code_version", CodeVersion.get());
    m.put("spark_version", spark.version());
    m.put("spark_master", spark.sparkContext().master());
    m.put("started_at", started.toString());
    m.put("finished_at", Instant.now().toString());
    m.put("stage_millis", timer.millis());
    return m;
  }

  /**
   * A run id that depends only on what decides the output (as-of date, input contents, config,
   * code version, the content of a facts or reviewer-decisions file), so that reruns of the same
   * inputs produce byte-identical rows.
   */
  public static String deriveRunId(RunRequest req, List<InputFile> files, Settings settings) {
    StringBuilder sb = new StringBuilder();
    sb.append(req.asOf()).append('|').append(settings.configHash()).append('|')
        .append(CodeVersion.get());
    files.stream().map(InputFile::sha256).sorted().forEach(h -> sb.append('|').append(h));
    // Side inputs that change decisions change the run id too (absent: as before).
    if (req.factsFile() != null) {
      sb.append("|facts:").append(InputFiles.sha256(req.factsFile(), new Configuration()));
    }
    if (req.decisionsFile() != null) {
      sb.append("|decisions:")
          .append(InputFiles.sha256(req.decisionsFile(), new Configuration()));
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return req.asOf().toString().replace("-", "") + "-" + HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
