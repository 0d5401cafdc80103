package org.recordrelief.identity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The identity figures for {@code summary.json} ({@code entity-resolution.md} §9: comparisons
 * per blocking rule, cluster-size histogram, merges across CIIs, review-queue size). Counts
 * only: no names, DOBs or CII numbers.
 */
public final class IdentityStats {
  private IdentityStats() {}

  /** Figures from the audit tables (as written, or as returned by the resolver). */
  public static Map<String, Object> summary(Map<String, Dataset<Row>> t, String modelHash) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mode", "resolve");
    m.put("model_hash", modelHash);
    Row p = t.get("profiles").selectExpr("count(*)",
        "count_if(array_contains(flags, 'ORPHAN'))",
        "count_if(array_contains(flags, 'CII_MULTI_SUBJECT'))",
        "count_if(array_contains(flags, 'SHARED_CII_SUSPECT'))").first();
    m.put("profiles", p.getLong(0));
    m.put("orphan_profiles", p.getLong(1));
    m.put("cii_multi_subject_profiles", p.getLong(2));
    m.put("shared_cii_suspects", p.getLong(3));
    Map<String, Long> byRule = new TreeMap<>();
    long skipped = 0;
    for (Row r : t.get("blocking_stats").select("rule", "pairs", "skipped_keys")
        .collectAsList()) {
      byRule.put(r.getString(0), r.getLong(1));
      skipped += r.getLong(2);
    }
    m.put("candidate_pairs", t.get("candidate_pairs").count());
    m.put("candidate_pairs_by_rule", byRule);
    m.put("skipped_block_keys", skipped);
    Map<String, Long> decisions = new TreeMap<>();
    for (Row r : t.get("edges").groupBy("decision").count().collectAsList()) {
      decisions.put(r.getString(0), r.getLong(1));
    }
    m.put("edges_by_decision", decisions);
    if (t.containsKey("decisions")) {
      Row d = t.get("decisions").selectExpr("count(*)", "count_if(applied)",
          "count_if(applied and decision = 'MUST_LINK' and model_decision <> 'MERGE')",
          "count_if(applied and decision = 'CANNOT_LINK' and model_decision = 'MERGE')").first();
      Map<String, Long> rd = new LinkedHashMap<>();
      rd.put("decisions", d.getLong(0));
      rd.put("applied", d.getLong(1));
      rd.put("must_link_overriding_model", d.getLong(2));
      rd.put("cannot_link_overriding_merge", d.getLong(3));
      m.put("reviewer_decisions", rd);
    }
    // Persons: profiles and CIIs per person.
    Dataset<Row> persons = t.get("profiles").groupBy(col(IdentityColumns.PERSON_ID))
        .agg(count(lit(1)).as("profiles"), count_distinct(col("cii")).as("ciis"));
    Row pr = persons.selectExpr("count(*)", "count_if(profiles > 1)", "count_if(ciis > 1)")
        .first();
    m.put("persons", pr.getLong(0));
    m.put("merged_persons", pr.getLong(1));
    m.put("merges_across_ciis", pr.getLong(2));
    Map<String, Long> hist = new TreeMap<>();
    for (Row r : persons.groupBy(when(col("profiles").geq(5), "5+")
        .otherwise(col("profiles").cast("string")).as("size")).count().collectAsList()) {
      hist.put(r.getString(0), r.getLong(1));
    }
    m.put("cluster_size_histogram", hist);
    Map<String, Long> clusters = new TreeMap<>();
    long corroborated = 0;
    for (Row r : t.get("clusters").groupBy("status")
        .agg(count(lit(1)), sum(size(col("corroborated_bridges")))).collectAsList()) {
      clusters.put(r.getString(0), r.getLong(1));
      corroborated += r.getLong(2);
    }
    m.put("candidate_clusters_by_status", clusters);
    m.put("corroborated_bridges", corroborated);
    Map<String, Long> queue = new TreeMap<>();
    long queueSize = 0;
    for (Row r : t.get("review_queue").groupBy("item_type").count().collectAsList()) {
      queue.put(r.getString(0), r.getLong(1));
      queueSize += r.getLong(1);
    }
    m.put("review_queue", queueSize);
    m.put("review_queue_by_type", queue);
    m.put("possible_match_links", t.get("possible_matches").count() / 2);
    return m;
  }
}
