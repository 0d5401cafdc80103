package org.recordrelief.publish;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.recordrelief.doj.Counties;
import org.recordrelief.publish.report.CountyFigures;
import org.recordrelief.publish.report.HtmlReports;
import org.recordrelief.schema.Schemas;

/**
 * The human-readable pages of a run: {@code report.html} for the state data team and {@code
 * exports/<slug>/summary.html} for each county's DA office.
 *
 * <p>The county figures are computed with a few {@code groupBy} aggregations over the published
 * {@code determinations/} and {@code persons/}; only the aggregates reach the driver (at most 59
 * counties × sections, decades, flags or policy outcomes), never rows. Rendering is plain Java
 * ({@link org.recordrelief.publish.report}).
 *
 * <p>How the pipeline calls it, after {@code summary.json} and {@code manifest.json} are written
 * and before {@link StagedOutput#publish()}: {@code CountySummaries.writeAll(spark, out, summary,
 * manifest)}.
 */
public final class CountySummaries {
  private CountySummaries() {}

  /** The decade of a conviction year ({@code 1990s}), or {@code unknown}. */
  static Column decade(Column year) {
    return when(year.isNull(), lit("unknown"))
        .otherwise(concat((floor(year.divide(10)).multiply(10)).cast("string"), lit("s")));
  }

  /**
   * Per county slug, the figures of its summary page, for all 58 counties (zeros where nothing
   * was decided) and {@code unknown} when something could not be attributed to a county. Run id
   * and as-of date are those of the rows; {@code files} is {@code determinations.csv}.
   *
   * @param determinationsPath the run's {@code determinations/} (partitioned by county_slug)
   * @param personsPath the run's {@code persons/}
   * @return figures in DOJ county order, {@code unknown} last
   */
  public static Map<String, CountyFigures> compute(
      SparkSession spark, String determinationsPath, String personsPath) {
    Dataset<Row> det = spark.read()
        .schema(Schemas.sparkType(Schemas.DETERMINATION))
        .parquet(determinationsPath);
    Dataset<Row> persons = spark.read()
        .schema(Schemas.sparkType(Schemas.PERSON))
        .parquet(personsPath);

    Map<String, Map<String, Map<String, Long>>> bySection = new HashMap<>();
    for (Row r : det.groupBy(col("county_slug"),
            coalesce(col("section"), lit("UNPARSED")).as("section"), col("legal_outcome"))
        .count().collectAsList()) {
      nested(bySection, r.getString(0)).computeIfAbsent(r.getString(1), k -> new TreeMap<>())
          .merge(r.getString(2), r.getLong(3), Long::sum);
    }

    Map<String, Map<String, Map<String, Long>>> byDecade = new HashMap<>();
    for (Row r : det.groupBy(col("county_slug"), decade(col("conviction_year")).as("decade"),
            col("legal_outcome"))
        .count().collectAsList()) {
      nested(byDecade, r.getString(0)).computeIfAbsent(r.getString(1), k -> new TreeMap<>())
          .merge(r.getString(2), r.getLong(3), Long::sum);
    }

    Map<String, Long> people = new HashMap<>();
    for (Row r : det.groupBy(col("county_slug")).agg(countDistinct(col("person_id")))
        .collectAsList()) {
      people.put(r.getString(0), r.getLong(1));
    }

    Map<String, Map<String, Long>> flags = new HashMap<>();
    for (Row r : det.where(col("legal_outcome").equalTo("NEEDS_REVIEW"))
        .select(col("county_slug"), explode(col("flags")).as("flag"))
        .groupBy(col("county_slug"), col("flag"))
        .count().collectAsList()) {
      flags.computeIfAbsent(r.getString(0), k -> new TreeMap<>())
          .put(r.getString(1), r.getLong(2));
    }

    Map<String, Map<String, Long>> policyIds = new HashMap<>();
    Map<String, Map<String, Long>> policyOutcomes = new HashMap<>();
    Map<String, Map<String, Long>> vsBaseline = new HashMap<>();
    for (Row r : det.where(col("policy_id").isNotNull())
        .groupBy(col("county_slug"), col("policy_id"),
            coalesce(col("policy_outcome"), lit("NONE")),
            coalesce(col("policy_vs_baseline"), lit("NOT_COMPARABLE")))
        .count().collectAsList()) {
      String slug = r.getString(0);
      long n = r.getLong(4);
      policyIds.computeIfAbsent(slug, k -> new TreeMap<>()).merge(r.getString(1), n, Long::sum);
      policyOutcomes.computeIfAbsent(slug, k -> new TreeMap<>())
          .merge(r.getString(2), n, Long::sum);
      vsBaseline.computeIfAbsent(slug, k -> new TreeMap<>()).merge(r.getString(3), n, Long::sum);
    }

    Map<String, long[]> impact = new HashMap<>();
    Column conv = col("conviction_count").gt(0);
    Column fel = col("felony_conviction_count").gt(0);
    for (Row r : persons
        .select(explode(array_distinct(col("counties"))).as("county_slug"),
            col("conviction_count"), col("convictions_after_relief"),
            col("felony_conviction_count"), col("felony_convictions_after_relief"))
        .groupBy(col("county_slug"))
        .agg(
            count(conv),
            count(conv.and(col("convictions_after_relief").equalTo(0))),
            count(fel),
            count(fel.and(col("felony_convictions_after_relief").equalTo(0))))
        .collectAsList()) {
      impact.put(r.getString(0),
          new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)});
    }

    Row run = det.agg(min(col("run_id")), max(col("run_id")), min(col("as_of_date")))
        .first();
    String runId = run.isNullAt(0) ? null : run.getString(0);
    String asOf = run.isNullAt(2) ? null : run.get(2).toString();
    if (runId == null) {
      Row p = persons.agg(min(col("run_id"))).first();
      runId = p.isNullAt(0) ? null : p.getString(0);
    }

    List<String> slugs = new ArrayList<>();
    Counties.ALL.forEach(c -> slugs.add(c.slug()));
    TreeSet<String> seen = new TreeSet<>();
    seen.addAll(bySection.keySet());
    seen.addAll(impact.keySet());
    seen.removeAll(slugs);
    slugs.addAll(seen); // unknown (and anything unexpected), sorted, last

    Map<String, CountyFigures> out = new LinkedHashMap<>();
    for (String slug : slugs) {
      Map<String, Map<String, Long>> sections = bySection.getOrDefault(slug, Map.of());
      long review = 0;
      for (Map<String, Long> m : sections.values()) {
        review += m.getOrDefault("NEEDS_REVIEW", 0L);
      }
      long[] im = impact.getOrDefault(slug, new long[4]);
      out.put(slug, new CountyFigures(
          CountyFigures.displayName(slug), slug, sections, byDecade.get(slug),
          people.getOrDefault(slug, 0L), im[0], im[1], im[2], im[3], review,
          flags.get(slug), mostFrequent(policyIds.get(slug)), policyOutcomes.get(slug),
          vsBaseline.get(slug), List.of("determinations.csv"), runId, asOf));
    }
    return out;
  }

  private static Column count(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  private static Map<String, Map<String, Long>> nested(
      Map<String, Map<String, Map<String, Long>>> m, String slug) {
    return m.computeIfAbsent(slug, k -> new TreeMap<>());
  }

  private static String mostFrequent(Map<String, Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return null;
    }
    String best = null;
    long n = -1;
    for (Map.Entry<String, Long> e : ids.entrySet()) { // sorted: ties go to the first id
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  /**
   * Writes {@code report.html} and every county's {@code exports/<slug>/summary.html} into the
   * staging directory. Needs {@code determinations/}, {@code persons/} and {@code exports/}
   * written already. Run id and as-of date come from the summary; a county's policy from its
   * rows, else from the manifest's {@code policies} ({@code *} = the statewide policy); the file
   * links from what is in the county's export folder. The {@code unknown} page is written only
   * when something could not be attributed to a county.
   */
  public static void writeAll(SparkSession spark, StagedOutput out, Map<String, Object> summary,
      Map<String, Object> manifest) {
    out.writeText(HtmlReports.RUN_REPORT, HtmlReports.renderRunReport(summary, manifest));
    Map<String, CountyFigures> figures =
        compute(spark, out.path("determinations"), out.path("persons"));
    Map<String, String> policies = new HashMap<>();
    if (manifest != null && manifest.get("policies") instanceof Map<?, ?> p) {
      p.forEach((k, v) -> policies.put(String.valueOf(k), String.valueOf(v)));
    }
    String runId = summary == null ? null : (String) summary.get("run_id");
    String asOf = summary == null ? null : (String) summary.get("as_of_date");
    try {
      Path exports = new Path(out.path("exports"));
      FileSystem fs = exports.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (CountyFigures f : figures.values()) {
        List<String> files = listFiles(fs, new Path(exports, f.slug()));
        if (!Counties.bySlug(f.slug()).isPresent() && files.isEmpty()
            && f.determinations() == 0) {
          continue;
        }
        CountyFigures page = f.withFiles(files);
        if (runId != null) {
          page = page.withRun(runId, asOf != null ? asOf : page.asOf());
        }
        if (page.policyId() == null) {
          page = page.withPolicyId(policies.getOrDefault(f.slug(), policies.get("*")));
        }
        out.writeText("exports/" + f.slug() + "/" + HtmlReports.COUNTY_SUMMARY,
            HtmlReports.renderCountySummary(page));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing county summaries failed: " + e.getMessage(), e);
    }
  }

  /** Data files below a county's export folder, relative to it, sorted; pages and hidden files
   * left out. */
  static List<String> listFiles(FileSystem fs, Path dir) throws IOException {
    List<String> files = new ArrayList<>();
    if (!fs.exists(dir)) {
      return files;
    }
    String base = fs.makeQualified(dir).toUri().getPath();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      String p = fs.makeQualified(it.next().getPath()).toUri().getPath();
      String rel = p.startsWith(base + "/") ? p.substring(base.length() + 1) : null;
      if (rel == null || rel.equals(HtmlReports.COUNTY_SUMMARY)) {
        continue;
      }
      boolean hidden = false;
      for (String seg : rel.split("/")) {
        hidden |= seg.startsWith(".") || seg.startsWith("_");
      }
      if (!hidden) {
        files.add(rel);
      }
    }
    files.sort(null);
    return files;
  }
}
