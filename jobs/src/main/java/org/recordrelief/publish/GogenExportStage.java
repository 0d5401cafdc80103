package org.recordrelief.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.doj.Counties;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.eligibility.policy.Policy;
import org.recordrelief.eligibility.policy.PolicyDetermination;
import org.recordrelief.eligibility.policy.PolicyEvaluator;
import org.recordrelief.eligibility.policy.PolicyResult;
import org.recordrelief.eligibility.policy.PolicyView;
import org.recordrelief.eligibility.policy.Semantics;
import org.recordrelief.gogen.EvaluatedConviction;
import org.recordrelief.gogen.GogenExport;
import org.recordrelief.gogen.GogenFile;
import org.recordrelief.gogen.GogenInputException;
import org.recordrelief.gogen.GogenPolicyView;
import org.recordrelief.gogen.GogenProfile;
import org.recordrelief.gogen.GogenRunSettings;
import org.recordrelief.gogen.GogenScope;
import org.recordrelief.gogen.GogenSummary;
import org.recordrelief.ingest.Chunk;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.ingest.DojReader;
import org.recordrelief.ingest.RecordColumns;
import org.recordrelief.validate.LineKind;
import scala.Tuple2;

/**
 * {@code --export gogen}: gogen's convictions file and summary JSON per county ({@code
 * prop64-rules.md} §9.8, §10), computed at statewide scale from the run's input files.
 *
 * <p>For every county whose policy ({@code policyForCounty}) is not null and that has at least one
 * evaluated conviction, writes below the staging directory:
 *
 * <ul>
 *   <li>{@code exports/<slug>/gogen/Prop64_Results.csv}: gogen's header, then each evaluated
 *       conviction's first row — the 95 raw input values byte for byte followed by gogen's 18
 *       eligibility columns, Go {@code encoding/csv} quoting, LF line ends — in input order (file
 *       ordinal, then line);
 *   <li>{@code exports/<slug>/gogen/gogen.json}: gogen's summary, its counters summed over the
 *       run's files as gogen summed them, {@code lineCount} = records read (valid + quarantined),
 *       no {@code processingTimeInSeconds} (the output must not depend on the clock), {@code
 *       earliestConviction} {@code null} when the county has evaluated related charges only.
 * </ul>
 *
 * A policy with a gogen pilot profile writes that version's layout instead ({@code
 * doj_results_convictions.csv} with 17 or 12 columns; {@code gogen_pilots.json} for Los Angeles
 * 2019-10, no JSON for July 2019).
 *
 * <p>gogen's model is reproduced ({@link org.recordrelief.gogen}): one subject per trimmed {@code
 * SUBJECT_ID} <em>within one input file</em>, a conviction evaluated for county X when its raw
 * {@code STP_ORI_CNTY_NAME} is exactly X's DOJ spelling (no aliases). Every subject-level fact of
 * that model depends only on the subject's own rows in that file, so the work is distributed by
 * (file ordinal, subject): the valid records are grouped by that key, each group runs the model
 * once per county the subject has a conviction in, and emits the CSV lines of its evaluated rows
 * plus a partial summary. Lines are sorted by (file ordinal, line) per county by Spark and written
 * with the header; partial summaries are added up with a distributed reduce ({@link
 * GogenSummary#plus}). Nothing is collected to the driver except one summary per county and a few
 * counters.
 *
 * <p>Decisions: a policy whose semantics is a gogen profile is evaluated by {@link
 * PolicyEvaluator#evaluate} over that profile's {@link GogenPolicyView}. A PROJECT-semantics
 * policy cannot be answered by a gogen view; its rows take the project's own decision from the
 * published determinations ({@code determinations/}, joined on trimmed {@code subject_id} and
 * {@code count_order}: {@code policy_outcome} written as {@link
 * PolicyDetermination#gogenString()}, {@code policy_reason}); a row the project has no decision for
 * is written with a blank determination and reason. The gogen fact columns are gogen's in both
 * cases (final 2020 layout for PROJECT policies).
 *
 * <p>Where the pipeline is more tolerant than gogen, the export follows the pipeline and says so:
 * quarantined records are not part of the model (gogen stopped on the first bad record of a file)
 * but count in {@code lineCount}; a subject gogen could not process (a row with a CNT_ORDER shorter
 * than 6 characters, D-17: gogen crashed on the whole file) is left out of the county's export and
 * counted in {@link CountyExport#skippedSubjects()}.
 *
 * <p>How the pipeline calls it, after {@code determinations/} is written: {@code
 * GogenExportStage.write(spark, chunks, settings.ingest(), out, req.asOf(), county ->
 * configuredPolicyOf(county))}, and {@link Result#toMap()} into {@code summary.json}.
 */
public final class GogenExportStage {
  private GogenExportStage() {}

  /** Folder below {@code exports/<slug>/}. */
  public static final String DIR = "gogen";

  /** What was written for one county. */
  public record CountyExport(
      String county,
      String slug,
      String policyId,
      Semantics semantics,
      String decisions,
      long convictionRows,
      long skippedSubjects,
      List<String> files)
      implements Serializable {

    /** {@code decisions} of a policy evaluated over a gogen profile. */
    public static final String POLICY = "POLICY";

    /** {@code decisions} of a PROJECT-semantics policy: taken from the determinations. */
    public static final String PROJECT_DETERMINATIONS = "PROJECT_DETERMINATIONS";

    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("county", county);
      m.put("policy_id", policyId);
      m.put("semantics", semantics.name());
      m.put("decisions", decisions);
      m.put("conviction_rows", convictionRows);
      m.put("skipped_subjects", skippedSubjects);
      m.put("files", files);
      return m;
    }
  }

  /**
   * The stage's result.
   *
   * @param lineCount records read (valid + quarantined), gogen's {@code lineCount}
   * @param counties per county slug, sorted; only counties with evaluated convictions or skipped
   *     subjects
   */
  public record Result(long lineCount, Map<String, CountyExport> counties) implements Serializable {
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line_count", lineCount);
      Map<String, Object> c = new TreeMap<>();
      counties.forEach((k, v) -> c.put(k, v.toMap()));
      m.put("counties", c);
      return m;
    }
  }

  /**
   * Writes the gogen-compatible export of every county with a policy.
   *
   * @param spark the session
   * @param chunks the run's planned chunks ({@link DojReader#plan}); the files are read again with
   *     all 95 raw columns
   * @param ingest reader settings (the same as the run's)
   * @param out the run's staged output; PROJECT-semantics policies need {@code determinations/}
   *     written there already
   * @param asOf the evaluation date (gogen's {@code --compute-at})
   * @param policyForCounty the policy of a county, by DOJ spelling ({@code LOS ANGELES}), or null
   *     for no gogen export of that county; called on the driver once per county
   * @return per county what was written
   */
  public static Result write(
      SparkSession spark,
      List<Chunk> chunks,
      IngestSettings ingest,
      StagedOutput out,
      LocalDate asOf,
      Function<String, Policy> policyForCounty) {
    Objects.requireNonNull(asOf, "asOf");
    HashMap<String, Policy> policies = new HashMap<>();
    for (Counties.County c : Counties.ALL) {
      Policy p = policyForCounty.apply(c.dojName());
      if (p != null) {
        policies.put(c.dojName(), p);
      }
    }
    if (policies.isEmpty() || chunks.isEmpty()) {
      return new Result(0, Map.of());
    }

    Dataset<Row> input = input(spark, chunks, ingest, out, policies);
    int partitions =
        Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions", "200"));
    JavaRDD<Out> results =
        input
            .javaRDD()
            .mapPartitionsToPair(new Keyer())
            .groupByKey(partitions)
            .flatMap(new SubjectExport(policies, asOf))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Stats> stats =
          new TreeMap<>(
              results
                  .mapToPair(o -> new Tuple2<>(o.slug(), Stats.of(o)))
                  .reduceByKey(Stats::plus)
                  .collectAsMap());
      Stats total = stats.remove(COUNT_SLUG);
      long lineCount = total == null ? 0 : total.lines();

      Map<String, GogenProfile> layouts = new TreeMap<>();
      Map<String, Policy> bySlug = new TreeMap<>();
      for (Map.Entry<String, Policy> e : policies.entrySet()) {
        String slug = Counties.lookup(e.getKey()).orElseThrow().slug();
        bySlug.put(slug, e.getValue());
        if (stats.containsKey(slug) && stats.get(slug).rows() > 0) {
          layouts.put(slug, layout(e.getValue()));
        }
      }
      writeCsv(spark, results, layouts, out);

      Map<String, CountyExport> counties = new TreeMap<>();
      for (Map.Entry<String, Stats> e : stats.entrySet()) {
        String slug = e.getKey();
        Policy p = bySlug.get(slug);
        Stats s = e.getValue();
        List<String> files = new ArrayList<>();
        if (s.rows() > 0) {
          GogenProfile layout = layouts.get(slug);
          files.add(relative(slug, csvName(layout)));
          String json = s.summary().withLineCount(lineCount).toJson();
          if (json != null) {
            out.writeText(relative(slug, jsonName(layout)), json);
            files.add(relative(slug, jsonName(layout)));
          }
        }
        counties.put(
            slug,
            new CountyExport(
                Counties.bySlug(slug).orElseThrow().dojName(),
                slug,
                p.id(),
                p.semantics(),
                p.semantics().isGogenProfile()
                    ? CountyExport.POLICY
                    : CountyExport.PROJECT_DETERMINATIONS,
                s.rows(),
                s.skipped(),
                List.copyOf(files)));
      }
      return new Result(lineCount, counties);
    } finally {
      results.unpersist(false);
    }
  }

  // --- input -------------------------------------------------------------------------------

  private static final String PROJECT_OUTCOME = "_gogen_project_outcome";
  private static final String PROJECT_REASON = "_gogen_project_reason";
  private static final String DET_SUBJECT = "_gogen_det_subject";
  private static final String DET_ORDER = "_gogen_det_order";

  /** White space trimmed from both join keys (as {@code TextNorm.trim}). */
  private static final String WS = " \t\r\n\f\u000B\u00A0";

  /** Column positions of the stage's input rows. */
  private static final int I_ORDINAL = 0;

  private static final int I_LINE = 1;
  private static final int I_KIND = 2;
  private static final int I_OUTCOME = 3;
  private static final int I_REASON = 4;
  private static final int I_RAW = 5;

  /**
   * Records read (valid and quarantined) with file ordinal, line, kind, the project decision of
   * the count (PROJECT-semantics counties only, else null) and the 95 raw values.
   */
  private static Dataset<Row> input(
      SparkSession spark,
      List<Chunk> chunks,
      IngestSettings ingest,
      StagedOutput out,
      Map<String, Policy> policies) {
    Dataset<Row> records =
        DojReader.read(spark, chunks, ingest)
            .where(
                col(RecordColumns.KIND)
                    .isin(LineKind.DATA.name(), LineKind.QUARANTINED.name()));
    List<String> projectSlugs = new ArrayList<>();
    policies.forEach(
        (county, p) -> {
          if (!p.semantics().isGogenProfile()) {
            projectSlugs.add(Counties.lookup(county).orElseThrow().slug());
          }
        });
    if (projectSlugs.isEmpty()) {
      records =
          records
              .withColumn(PROJECT_OUTCOME, lit(null).cast(DataTypes.StringType))
              .withColumn(PROJECT_REASON, lit(null).cast(DataTypes.StringType));
    } else {
      Dataset<Row> det =
          spark
              .read()
              .parquet(out.path("determinations"))
              .where(col("county_slug").isin(projectSlugs.toArray()))
              .select(
                  trim(col("subject_id"), WS).as(DET_SUBJECT),
                  trim(col("count_order"), WS).as(DET_ORDER),
                  struct(col("policy_outcome"), col("policy_reason")).as("d"))
              .where(col(DET_SUBJECT).isNotNull().and(col(DET_ORDER).isNotNull()))
              .groupBy(col(DET_SUBJECT), col(DET_ORDER))
              .agg(min(col("d")).as("d"))
              .select(
                  col(DET_SUBJECT),
                  col(DET_ORDER),
                  col("d.policy_outcome").as(PROJECT_OUTCOME),
                  col("d.policy_reason").as(PROJECT_REASON));
      records =
          records.join(
              det,
              trim(col("SUBJECT_ID"), WS)
                  .equalTo(col(DET_SUBJECT))
                  .and(trim(col("CNT_ORDER"), WS).equalTo(col(DET_ORDER))),
              "left");
    }
    List<Column> cols = new ArrayList<>();
    cols.add(col(RecordColumns.SOURCE_FILE_ORDINAL));
    cols.add(col(RecordColumns.LINE_NUMBER));
    cols.add(col(RecordColumns.KIND));
    cols.add(col(PROJECT_OUTCOME));
    cols.add(col(PROJECT_REASON));
    for (String name : DojColumns.NAMES) {
      cols.add(col(name));
    }
    return records.select(cols.toArray(new Column[0]));
  }

  /** (file ordinal, trimmed SUBJECT_ID): gogen's subject. Ordinal -1: the record counter. */
  record SubjectKey(int fileOrdinal, String subjectId) implements Serializable {}

  /** One valid record of a subject, or (raw null) the number of records of an input partition. */
  record SubjectRow(long line, String[] raw, String projectOutcome, String projectReason, long count)
      implements Serializable {}

  private static final SubjectKey COUNT_KEY = new SubjectKey(-1, "");

  /**
   * Keys each valid record with a subject by its subject, counts every record read, and emits the
   * partition's count last (one small element per partition, so the count needs no second read).
   */
  static final class Keyer
      implements PairFlatMapFunction<Iterator<Row>, SubjectKey, SubjectRow> {
    @Override
    public Iterator<Tuple2<SubjectKey, SubjectRow>> call(Iterator<Row> rows) {
      return new Iterator<>() {
        private long count;
        private boolean countEmitted;
        private Tuple2<SubjectKey, SubjectRow> next;

        @Override
        public boolean hasNext() {
          while (next == null && rows.hasNext()) {
            Row r = rows.next();
            count++;
            if (!LineKind.DATA.name().equals(r.getString(I_KIND))) {
              continue;
            }
            String[] raw = new String[DojColumns.COUNT];
            for (int i = 0; i < raw.length; i++) {
              raw[i] = r.isNullAt(I_RAW + i) ? "" : r.getString(I_RAW + i);
            }
            String subject = GogenFile.subjectKey(raw[DojColumns.SUBJECT_ID]);
            if (subject.isEmpty()) {
              continue; // belongs to no subject: counted, never evaluated
            }
            next =
                new Tuple2<>(
                    new SubjectKey(r.getInt(I_ORDINAL), subject),
                    new SubjectRow(
                        r.getLong(I_LINE),
                        raw,
                        r.isNullAt(I_OUTCOME) ? null : r.getString(I_OUTCOME),
                        r.isNullAt(I_REASON) ? null : r.getString(I_REASON),
                        0));
          }
          if (next == null && !countEmitted) {
            countEmitted = true;
            next = new Tuple2<>(COUNT_KEY, new SubjectRow(0, null, null, null, count));
          }
          return next != null;
        }

        @Override
        public Tuple2<SubjectKey, SubjectRow> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Tuple2<SubjectKey, SubjectRow> t = next;
          next = null;
          return t;
        }
      };
    }
  }

  // --- per subject -------------------------------------------------------------------------

  enum Kind {
    ROW,
    SUMMARY,
    SKIPPED,
    COUNT
  }

  /** Slug under which the record counter travels. */
  private static final String COUNT_SLUG = "";

  /** One output of a subject group. */
  record Out(
      Kind kind, String slug, int fileOrdinal, long line, String text, GogenSummary summary,
      long count)
      implements Serializable {}

  /** Runs gogen's model on one subject's rows of one file, once per county with a policy. */
  static final class SubjectExport
      implements FlatMapFunction<Tuple2<SubjectKey, Iterable<SubjectRow>>, Out> {
    private final HashMap<String, Policy> policies;
    private final LocalDate asOf;

    SubjectExport(HashMap<String, Policy> policies, LocalDate asOf) {
      this.policies = policies;
      this.asOf = asOf;
    }

    @Override
    public Iterator<Out> call(Tuple2<SubjectKey, Iterable<SubjectRow>> group) {
      List<Out> outs = new ArrayList<>();
      SubjectKey key = group._1();
      if (key.equals(COUNT_KEY)) {
        long n = 0;
        for (SubjectRow r : group._2()) {
          n += r.count();
        }
        outs.add(new Out(Kind.COUNT, COUNT_SLUG, -1, -1, null, null, n));
        return outs.iterator();
      }
      List<SubjectRow> rows = new ArrayList<>();
      group._2().forEach(rows::add);
      rows.sort(Comparator.comparingLong(SubjectRow::line));
      List<String[]> raw = new ArrayList<>(rows.size());
      TreeSet<String> counties = new TreeSet<>();
      for (SubjectRow r : rows) {
        raw.add(r.raw());
        if (r.raw()[DojColumns.DISP_DESCR].startsWith("CONVICTED")
            && policies.containsKey(r.raw()[DojColumns.STP_ORI_CNTY_NAME])) {
          counties.add(r.raw()[DojColumns.STP_ORI_CNTY_NAME]);
        }
      }
      for (String county : counties) {
        Policy policy = policies.get(county);
        String slug = Counties.lookup(county).orElseThrow().slug();
        GogenExport export;
        try {
          export = GogenExport.forFile(raw, settings(policy, county, asOf), decide(policy, rows));
        } catch (GogenInputException e) {
          outs.add(new Out(Kind.SKIPPED, slug, key.fileOrdinal(), -1, null, null, 1));
          continue;
        }
        if (export.evaluated().isEmpty()) {
          continue;
        }
        for (EvaluatedConviction e : export.evaluated()) {
          int index = e.conviction().row().index();
          outs.add(
              new Out(
                  Kind.ROW,
                  slug,
                  key.fileOrdinal(),
                  rows.get(index).line(),
                  CsvLineParser.formatLine(export.fullRecord(e.conviction().row())),
                  null,
                  0));
        }
        outs.add(new Out(Kind.SUMMARY, slug, key.fileOrdinal(), -1, null, export.summary(), 0));
      }
      return outs.iterator();
    }
  }

  /** The run of one county: the policy's own for a gogen profile, final gogen for PROJECT. */
  static GogenRunSettings settings(Policy policy, String county, LocalDate asOf) {
    if (policy.semantics().isGogenProfile()) {
      return GogenRunSettings.forPolicy(policy, county, asOf);
    }
    GogenScope scope =
        switch (policy.scope()) {
          case PROP64 -> GogenScope.PROP64;
          case PROP64_AND_RELATED -> GogenScope.PROP64_AND_RELATED;
        };
    return GogenRunSettings.of(county, asOf, GogenProfile.GOGEN_2020).withScope(scope);
  }

  /** The policy engine over the gogen view, or the project's decision of the row's count. */
  private static Function<PolicyView, PolicyResult> decide(Policy policy, List<SubjectRow> rows) {
    if (policy.semantics().isGogenProfile()) {
      return v -> PolicyEvaluator.evaluate(policy, v);
    }
    return v -> {
      SubjectRow r = rows.get(((GogenPolicyView) v).row().index());
      PolicyDetermination d = parse(r.projectOutcome());
      if (d == null) {
        return new PolicyResult(policy.id(), "project", PolicyDetermination.NONE, "");
      }
      return new PolicyResult(
          policy.id(), "project", d, r.projectReason() == null ? "" : r.projectReason());
    };
  }

  private static PolicyDetermination parse(String outcome) {
    if (outcome == null) {
      return null;
    }
    for (PolicyDetermination d : PolicyDetermination.values()) {
      if (d.name().equals(outcome.strip())) {
        return d;
      }
    }
    return null;
  }

  /** Counters of one county (or, under {@link #COUNT_SLUG}, of the whole run). */
  record Stats(GogenSummary summary, long rows, long skipped, long lines) implements Serializable {
    static Stats of(Out o) {
      return switch (o.kind()) {
        case ROW -> new Stats(null, 1, 0, 0);
        case SUMMARY -> new Stats(o.summary(), 0, 0, 0);
        case SKIPPED -> new Stats(null, 0, o.count(), 0);
        case COUNT -> new Stats(null, 0, 0, o.count());
      };
    }

    Stats plus(Stats o) {
      GogenSummary s =
          summary == null ? o.summary : o.summary == null ? summary : summary.plus(o.summary);
      return new Stats(s, rows + o.rows, skipped + o.skipped, lines + o.lines);
    }
  }

  // --- writing -------------------------------------------------------------------------------

  private static final StructType LINES =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("county_slug", DataTypes.StringType, false),
              DataTypes.createStructField("file_ordinal", DataTypes.IntegerType, false),
              DataTypes.createStructField("line", DataTypes.LongType, false),
              DataTypes.createStructField("text", DataTypes.StringType, false)));

  /** The layout of a county's export: the policy's profile, final gogen for PROJECT. */
  static GogenProfile layout(Policy p) {
    return p.semantics().isGogenProfile()
        ? GogenProfile.of(p.semantics())
        : GogenProfile.GOGEN_2020;
  }

  static String csvName(GogenProfile layout) {
    return layout == GogenProfile.GOGEN_2020 ? "Prop64_Results.csv" : "doj_results_convictions.csv";
  }

  static String jsonName(GogenProfile layout) {
    return layout == GogenProfile.GOGEN_PILOTS_LA_2019_10 ? "gogen_pilots.json" : "gogen.json";
  }

  private static String relative(String slug, String file) {
    return "exports/" + slug + "/" + DIR + "/" + file;
  }

  /**
   * Each county's lines sorted by (file ordinal, line) after its header (sort key -1), one Spark
   * partition per county, moved to {@code exports/<slug>/gogen/}.
   */
  private static void writeCsv(
      SparkSession spark, JavaRDD<Out> results, Map<String, GogenProfile> layouts, StagedOutput out) {
    if (layouts.isEmpty()) {
      return;
    }
    List<Row> headers = new ArrayList<>();
    layouts.forEach(
        (slug, layout) ->
            headers.add(
                RowFactory.create(
                    slug, -1, -1L, CsvLineParser.formatLine(GogenExport.fullHeader(layout)))));
    JavaRDD<Row> lines =
        results
            .filter(o -> o.kind() == Kind.ROW)
            .map(o -> RowFactory.create(o.slug(), o.fileOrdinal(), o.line(), o.text()));
    String tmp = out.path("_gogen_exports_tmp");
    spark
        .createDataFrame(lines, LINES)
        .union(spark.createDataFrame(headers, LINES))
        .repartition(col("county_slug"))
        .sortWithinPartitions(col("county_slug"), col("file_ordinal"), col("line"))
        .select(col("text"), col("county_slug"))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .partitionBy("county_slug")
        .option("lineSep", "\n")
        .option("compression", "none")
        .text(tmp);
    try {
      Path tmpPath = new Path(tmp);
      FileSystem fs = tmpPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (Map.Entry<String, GogenProfile> e : layouts.entrySet()) {
        String slug = e.getKey();
        Path target = new Path(out.path(relative(slug, csvName(e.getValue()))));
        fs.mkdirs(target.getParent());
        FileStatus[] parts =
            fs.globStatus(new Path(new Path(tmpPath, "county_slug=" + slug), "part-*"));
        if (parts == null || parts.length != 1) {
          throw new IOException(
              "expected one part for county " + slug + ", found "
                  + (parts == null ? 0 : parts.length));
        }
        if (!fs.rename(parts[0].getPath(), target)) {
          throw new IOException("cannot move " + parts[0].getPath() + " to " + target);
        }
      }
      fs.delete(tmpPath, true);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the gogen exports failed: " + e.getMessage(), e);
    }
  }
}
