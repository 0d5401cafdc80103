package org.recordrelief.nightly;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.recordrelief.doj.Counties;
import org.recordrelief.publish.CountyExports;
import org.recordrelief.publish.Json;
import org.recordrelief.publish.StagedOutput;

/**
 * What changed for each county since the previous published run: counts determined for the first
 * time ({@code NEW}), counts whose statutory outcome, county policy outcome, track or flags
 * changed ({@code CHANGED}, old and new values side by side with the new reason), and counts of
 * the previous run that have no determination now ({@code WITHDRAWN}: the record left the
 * extract, was quarantined, or is no longer a relevant count). A count is identified by county,
 * person and {@code count_key}; a count whose county changed is withdrawn in the old county and
 * new in the new one. Columns: {@code schemas/nightly_change.avsc}.
 */
public final class ChangeReport {
  private ChangeReport() {}

  public static final String NEW = "NEW";
  public static final String CHANGED = "CHANGED";
  public static final String WITHDRAWN = "WITHDRAWN";
  public static final String UNCHANGED = "UNCHANGED";

  /** The compared fields, in the order {@code changed_fields} lists them. */
  static final List<String> COMPARED = List.of("legal_outcome", "policy_outcome", "track", "flags");

  /**
   * One row per count of {@code previous} or {@code next} (determinations, as in {@code
   * schemas/determination.avsc}), keyed on county_slug, person_id and count_key, with {@code
   * change} = NEW, CHANGED, WITHDRAWN or UNCHANGED and the columns of {@code
   * schemas/nightly_change.avsc} (lists joined with {@code ;}) plus {@code county_slug}. A full
   * outer join; nothing is collected. The key must be unique within each input, as it is in
   * determinations.
   */
  public static Dataset<Row> changes(Dataset<Row> previous, Dataset<Row> next) {
    Dataset<Row> p = side(previous, "p_");
    Dataset<Row> n = side(next, "n_");
    Column on = col("p_county_slug").equalTo(col("n_county_slug"))
        .and(col("p_person_id").equalTo(col("n_person_id")))
        .and(col("p_count_key").equalTo(col("n_count_key")));
    Dataset<Row> j = n.join(p, on, "full_outer");
    List<Column> diffs = new ArrayList<>();
    for (String f : COMPARED) {
      diffs.add(when(not(col("p_" + f).eqNullSafe(col("n_" + f))), lit(f)));
    }
    Column changedFields = concat_ws(";", diffs.toArray(new Column[0]));
    Column change = when(col("p_count_key").isNull(), lit(NEW))
        .when(col("n_count_key").isNull(), lit(WITHDRAWN))
        .when(changedFields.notEqual(lit("")), lit(CHANGED))
        .otherwise(lit(UNCHANGED));
    return j.select(
        change.as("change"),
        both("person_id"),
        both("subject_id"),
        both("case_number"),
        both("count_key"),
        both("code_section"),
        when(col("p_count_key").isNotNull().and(col("n_count_key").isNotNull()), changedFields)
            .as("changed_fields"),
        col("p_legal_outcome").as("previous_legal_outcome"),
        col("n_legal_outcome").as("legal_outcome"),
        col("p_policy_outcome").as("previous_policy_outcome"),
        col("n_policy_outcome").as("policy_outcome"),
        col("p_track").as("previous_track"),
        col("n_track").as("track"),
        array_join(col("p_flags"), ";").as("previous_flags"),
        array_join(col("n_flags"), ";").as("flags"),
        col("n_legal_rule_id").as("legal_rule_id"),
        col("n_reason").as("reason"),
        col("n_policy_reason").as("policy_reason"),
        col("p_run_id").as("previous_run_id"),
        col("n_run_id").as("run_id"),
        both("county_slug"));
  }

  private static Column both(String name) {
    return coalesce(col("n_" + name), col("p_" + name)).as(name);
  }

  private static Dataset<Row> side(Dataset<Row> d, String prefix) {
    String[] names = {"county_slug", "person_id", "subject_id", "case_number", "count_key",
        "code_section", "legal_outcome", "policy_outcome", "track", "flags", "legal_rule_id",
        "reason", "policy_reason", "run_id"};
    Set<String> present = Set.of(d.columns());
    List<Column> cols = new ArrayList<>();
    for (String name : names) {
      // A run made by an older version may lack a column: compared as null, not a crash.
      Column c = present.contains(name) ? col(name)
          : lit(null).cast(name.equals("flags") ? "array<string>" : "string");
      cols.add(c.as(prefix + name));
    }
    return d.select(cols.toArray(new Column[0]));
  }

  /** Change counts of one county. */
  public record Counts(long added, long changed, long withdrawn, long unchanged) {
    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("new", added);
      m.put("changed", changed);
      m.put("withdrawn", withdrawn);
      m.put("unchanged", unchanged);
      return m;
    }

    Counts plus(Counts o) {
      return new Counts(added + o.added, changed + o.changed, withdrawn + o.withdrawn,
          unchanged + o.unchanged);
    }
  }

  /**
   * Write {@code runDir/exports/<slug>/changes.csv} for every county (a header only when nothing
   * changed) and {@code runDir/changes.json} (counts per county and in total), comparing the
   * determinations of {@code runDir} with those of {@code previousRunDir} (null on the first run:
   * everything is new). Returns the counts per county slug.
   */
  public static Map<String, Counts> write(SparkSession spark, Path previousRunDir, Path runDir,
      String runId, String previousRunId) {
    Dataset<Row> next = spark.read().parquet(runDir.resolve("determinations").toString());
    Dataset<Row> previous = previousRunDir == null
        ? spark.createDataFrame(List.of(), next.schema())
        : spark.read().parquet(previousRunDir.resolve("determinations").toString());
    Dataset<Row> all = changes(previous, next);

    Map<String, Counts> byCounty = new TreeMap<>();
    Counties.ALL.forEach(c -> byCounty.put(c.slug(), new Counts(0, 0, 0, 0)));
    for (Row r : all.groupBy(col("county_slug"), col("change")).count().collectAsList()) {
      long k = r.getLong(2);
      Counts c = switch (r.getString(1)) {
        case NEW -> new Counts(k, 0, 0, 0);
        case CHANGED -> new Counts(0, k, 0, 0);
        case WITHDRAWN -> new Counts(0, 0, k, 0);
        default -> new Counts(0, 0, 0, k);
      };
      byCounty.merge(r.getString(0), c, Counts::plus);
    }

    String tmpName = "_changes";
    StagedOutput staged = StagedOutput.create(runDir.resolve(tmpName).toString(), runId,
        spark.sparkContext().hadoopConfiguration());
    Path staging = Path.of(URI.create(staged.staging().toUri().toString()));
    try {
      CountyExports.writePerCounty(spark, all.where(col("change").notEqual(lit(UNCHANGED))),
          staged, "changes.csv", col("change"), col("person_id"), col("count_key"));
      Path exports = staging.resolve("exports");
      try (Stream<Path> slugs = Files.list(exports)) {
        for (Path slugDir : slugs.toList()) {
          Path target = runDir.resolve("exports").resolve(slugDir.getFileName())
              .resolve("changes.csv");
          PublishedRuns.createDirectories(target.getParent());
          Files.move(slugDir.resolve("changes.csv"), target, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      Counts total = byCounty.values().stream().reduce(new Counts(0, 0, 0, 0), Counts::plus);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("run_id", runId);
      json.put("previous_run_id", previousRunId);
      json.put("basis", "count = county_slug + person_id + count_key; CHANGED compares "
          + String.join(", ", COMPARED));
      json.put("total", total.toMap());
      Map<String, Object> counties = new TreeMap<>();
      byCounty.forEach((slug, c) -> counties.put(slug, c.toMap()));
      json.put("by_county", counties);
      json.put("person_id_changes", writeCrosswalk(spark, previousRunDir, runDir));
      PublishedRuns.writeText(runDir.resolve("changes.json"), Json.write(json));
    } catch (IOException e) {
      throw new UncheckedIOException("writing the change report failed: " + e.getMessage(), e);
    } finally {
      PublishedRuns.deleteTree(staging);
    }
    return byCounty;
  }

  /**
   * Writes {@code runDir/identity/crosswalk/} (schemas/identity_crosswalk.avsc): how person ids
   * changed since the previous run. Returns the rows by reason; empty (nothing written) for a
   * first run or when either run has no identity profiles (subject-id mode).
   */
  static Map<String, Long> writeCrosswalk(SparkSession spark, Path previousRunDir, Path runDir) {
    Map<String, Long> out = new TreeMap<>();
    if (previousRunDir == null || !Files.isDirectory(previousRunDir.resolve("identity/profiles"))
        || !Files.isDirectory(runDir.resolve("identity/profiles"))) {
      return out;
    }
    Dataset<Row> cw = org.recordrelief.identity.IdentityCrosswalk.crosswalk(
        spark.read().parquet(previousRunDir.resolve("identity/profiles").toString()),
        spark.read().parquet(runDir.resolve("identity/profiles").toString()));
    List<Column> cols = new ArrayList<>();
    for (String f : org.recordrelief.schema.Schemas.sparkType("identity_crosswalk").fieldNames()) {
      cols.add(col(f));
    }
    String path = runDir.resolve("identity/crosswalk").toString();
    cw.select(cols.toArray(new Column[0])).orderBy(col("old_person_id"), col("new_person_id"))
        .coalesce(1).write().parquet(path);
    for (Row r : spark.read().parquet(path).groupBy(col("reason")).count().collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }
}
