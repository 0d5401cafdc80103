package org.recordrelief.publish;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The county DA's working files, next to {@code exports/<slug>/determinations.csv} (written by
 * {@link CountyExports}, same CSV conventions and the same per-county mechanics):
 *
 * <ul>
 *   <li>{@code exports/<slug>/cases.csv}: one line per court case (person, DOJ subject, {@code
 *       case_key} = CNT_ORDER[0:6]) with at least one determination, so that the office can
 *       prepare one court order per case listing every count with relief ({@code
 *       prop64-rules.md} X-7). <b>Every</b> such case is listed, including cases with no relief
 *       and nothing to review ({@code case_status = NO_RELIEF}): the file accounts for every
 *       determination of the county ({@code counts_total} adds up to the rows of {@code
 *       determinations.csv}), and filtering on {@code case_status} is one click in a spreadsheet.
 *   <li>{@code exports/<slug>/review-queue.csv}: every determination that needs a person's review
 *       (statutory {@code NEEDS_REVIEW}, or a county policy outcome {@code HAND_REVIEW}, {@code
 *       MAYBE_FLAG_FOR_REVIEW} or {@code CITY_ATTORNEY_REVIEW}) with the evidence a reviewer needs,
 *       sorted by case then count.
 * </ul>
 *
 * <p>Each count of a case falls into exactly one of three groups, so {@code relief_count +
 * review_count + not_eligible_count = counts_total}:
 *
 * <ol>
 *   <li><b>review</b>: the review-queue predicate above;
 *   <li><b>relief</b>: otherwise, when the office's decision grants relief: the county policy
 *       outcome ({@code DISMISSAL}, {@code REDUCTION}) when the county policy decided (outcome
 *       present and not {@code NONE}), else the statutory outcome ({@code DISMISS_AND_SEAL}, {@code
 *       REDUCE_TO_*});
 *   <li><b>not eligible</b>: the rest.
 * </ol>
 *
 * The statutory outcome is always shown too ({@code statutory_relief_counts}, {@code
 * less_relief_counts}, {@code all_counts}, and a "statute: …" note in {@code relief_sought} where
 * the policy differs). Column meanings: {@code docs/county-packages.md}.
 *
 * <p>Only relevant counts have determinations, so a case's other counts (say a burglary in the
 * same case) are not listed; they are not affected by HS 11361.8.
 *
 * <p>How the pipeline calls it, after {@code determinations/} is written: {@code
 * CountyPackages.write(spark, out)}. Reads only the published determinations; nothing is collected
 * to the driver.
 */
public final class CountyPackages {
  private CountyPackages() {}

  public static final String CASES = "cases.csv";
  public static final String REVIEW_QUEUE = "review-queue.csv";

  /** {@code case_status}: at least one count needs review (resolve it before filing). */
  public static final String PENDING_REVIEW = "PENDING_REVIEW";

  /** {@code case_status}: counts with relief, nothing to review: one order can be filed. */
  public static final String READY_TO_FILE = "READY_TO_FILE";

  /** {@code case_status}: no count with relief and none to review. */
  public static final String NO_RELIEF = "NO_RELIEF";

  /** County policy outcomes that send a count to the review queue. */
  static final List<String> POLICY_REVIEW =
      List.of("HAND_REVIEW", "MAYBE_FLAG_FOR_REVIEW", "CITY_ATTORNEY_REVIEW");

  private static final Column LEGAL = col("legal_outcome");
  private static final Column POLICY = col("policy_outcome");

  /** Write {@code cases.csv} and {@code review-queue.csv} for every county slug. */
  public static void write(SparkSession spark, StagedOutput out) {
    Dataset<Row> determinations = spark.read().parquet(out.path("determinations"));
    CountyExports.writePerCounty(spark, cases(determinations), out, CASES,
        col("person_id"), col("subject_id"), col("case_key"), col("all_counts"));
    CountyExports.writePerCounty(spark, reviewQueue(determinations), out, REVIEW_QUEUE,
        col("person_id"), col("subject_id"), col("case_key"), col("count_key"));
  }

  /** The statutory or policy outcome asks for a person's review. */
  static Column needsReview() {
    return LEGAL.equalTo("NEEDS_REVIEW")
        .or(coalesce(POLICY.isin(POLICY_REVIEW.toArray()), lit(false)));
  }

  /** The county policy decided the count (an outcome other than NONE). */
  private static Column policyDecides() {
    return POLICY.isNotNull().and(POLICY.notEqual("NONE"));
  }

  /** The statutory outcome in the policy vocabulary (null for NEEDS_REVIEW). */
  private static Column legalAsPolicy() {
    return when(LEGAL.equalTo("DISMISS_AND_SEAL"), lit("DISMISSAL"))
        .when(LEGAL.isin("REDUCE_TO_MISDEMEANOR", "REDUCE_TO_INFRACTION"), lit("REDUCTION"))
        .when(LEGAL.equalTo("NOT_ELIGIBLE"), lit("NOT_ELIGIBLE"));
  }

  private static Column legalWords() {
    return when(LEGAL.equalTo("DISMISS_AND_SEAL"), lit("dismiss and seal"))
        .when(LEGAL.equalTo("REDUCE_TO_MISDEMEANOR"), lit("reduce to misdemeanor"))
        .when(LEGAL.equalTo("REDUCE_TO_INFRACTION"), lit("reduce to infraction"))
        .when(LEGAL.equalTo("NOT_ELIGIBLE"), lit("not eligible"))
        .otherwise(lower(LEGAL));
  }

  /**
   * One row per court case (see the class comment); input: the determinations (Parquet columns),
   * output: flat columns plus {@code county_slug}.
   */
  static Dataset<Row> cases(Dataset<Row> determinations) {
    Column review = needsReview();
    Column office = when(policyDecides(), POLICY).otherwise(legalAsPolicy());
    Column relief = not(review).and(coalesce(office.isin("DISMISSAL", "REDUCTION"), lit(false)));
    Column legalRelief =
        LEGAL.isin("DISMISS_AND_SEAL", "REDUCE_TO_MISDEMEANOR", "REDUCE_TO_INFRACTION");

    Column ref = coalesce(col("count_order"), col("count_key"));
    Column section = coalesce(col("code_section"), lit("unparsed offense"));
    Column target = when(LEGAL.equalTo("REDUCE_TO_MISDEMEANOR"), lit(" as misdemeanor"))
        .when(LEGAL.equalTo("REDUCE_TO_INFRACTION"), lit(" as infraction"))
        .otherwise(lit(""));
    Column verb = when(col("track").equalTo("RESENTENCE_11361_8_A_D"), lit("Resentence"))
        .when(col("track").equalTo("REDESIGNATE_11361_8_E_H"), lit("Redesignate"))
        .otherwise(lit("Reduce"));
    Column action = when(office.equalTo("DISMISSAL"), concat(lit("Dismiss and seal "), section))
        .otherwise(concat(verb, lit(" "), section, target));
    Column statuteNote = when(
        policyDecides().and(not(coalesce(POLICY.equalTo(legalAsPolicy()), lit(false)))),
        concat(lit(", statute: "), legalWords())).otherwise(lit(""));
    Column reviewOutcome = when(LEGAL.equalTo("NEEDS_REVIEW"), LEGAL).otherwise(POLICY);

    Dataset<Row> c = determinations
        .withColumn("_review", review)
        .withColumn("_relief", relief)
        .withColumn("_legal_relief", legalRelief)
        .withColumn("_ref", ref)
        .withColumn("_section", section)
        .withColumn("_sought", concat(action, lit(" (count "), ref, statuteNote, lit(")")))
        .withColumn("_office", office)
        .withColumn("_review_outcome", reviewOutcome)
        .withColumn("_case", coalesce(col("case_key"), concat(lit("~"), col("count_key"))));

    Column slot = concat_ws(":", col("_ref"), col("_section"));
    return c.groupBy(col("county_slug"), col("person_id"), col("subject_id"), col("_case"))
        .agg(
            min(col("run_id")).as("run_id"),
            min(col("as_of_date")).as("as_of_date"),
            min(col("county")).as("county"),
            min(col("cii_number")).as("cii_number"),
            distinct(col("identity_status"), ";").as("identity_status"),
            min(col("case_key")).as("case_key"),
            distinct(col("case_number"), "; ").as("case_number"),
            distinct(date_format(col("conviction_date"), "yyyy-MM-dd"), ";")
                .as("conviction_dates"),
            distinct(col("conviction_date_raw"), ";").as("conviction_dates_raw"),
            count(lit(1)).as("counts_total"),
            sum(when(col("_relief"), 1).otherwise(0)).as("relief_count"),
            sum(when(col("_review"), 1).otherwise(0)).as("review_count"),
            sum(when(not(col("_relief")).and(not(col("_review"))), 1).otherwise(0))
                .as("not_eligible_count"),
            byCount(col("_relief"), col("_sought"), "; ").as("relief_sought"),
            byCount(col("_relief"), concat_ws(":", slot, col("_office")), ";")
                .as("relief_counts"),
            distinct(when(col("_relief"), col("track")), ";").as("tracks"),
            byCount(col("_legal_relief"), concat_ws(":", slot, LEGAL), ";")
                .as("statutory_relief_counts"),
            byCount(col("policy_vs_baseline").equalTo("LESS_RELIEF"),
                concat_ws(":", slot, LEGAL, POLICY), ";").as("less_relief_counts"),
            byCount(col("_review"), concat_ws(":", slot, col("_review_outcome")), ";")
                .as("review_counts"),
            byCount(lit(true),
                concat(slot, lit(":"), LEGAL, lit(":"), coalesce(POLICY, lit(""))), ";")
                .as("all_counts"),
            array_join(array_sort(array_distinct(flatten(collect_list(col("flags"))))), ";")
                .as("flags"),
            distinct(col("policy_id"), ";").as("policy_ids"))
        .select(
            col("run_id"), col("as_of_date"), col("county"), col("person_id"),
            col("subject_id"), col("cii_number"), col("identity_status"), col("case_key"),
            col("case_number"), col("conviction_dates"), col("conviction_dates_raw"),
            when(col("review_count").gt(0), lit(PENDING_REVIEW))
                .when(col("relief_count").gt(0), lit(READY_TO_FILE))
                .otherwise(lit(NO_RELIEF)).as("case_status"),
            col("counts_total"), col("relief_count"), col("review_count"),
            col("not_eligible_count"), col("relief_sought"), col("relief_counts"),
            col("tracks"), col("statutory_relief_counts"), col("less_relief_counts"),
            col("review_counts"), col("all_counts"), col("flags"), col("policy_ids"),
            col("county_slug"));
  }

  /** Distinct non-null values of the group, sorted, joined. */
  private static Column distinct(Column value, String sep) {
    return array_join(array_sort(collect_set(value)), sep);
  }

  /** {@code text} of the group's rows where {@code keep}, in count order, joined. */
  private static Column byCount(Column keep, Column text, String sep) {
    Column items = sort_array(collect_list(
        when(keep, struct(col("count_key").as("k"), text.as("t")))));
    return array_join(transform(items, x -> x.getField("t")), sep);
  }

  /**
   * The review queue: every determination that needs review, with the evidence; input: the
   * determinations (Parquet columns), output: flat columns plus {@code county_slug}.
   */
  static Dataset<Row> reviewQueue(Dataset<Row> determinations) {
    Column source = concat_ws(";",
        when(LEGAL.equalTo("NEEDS_REVIEW"), lit("STATUTE")),
        when(POLICY.isin(POLICY_REVIEW.toArray()), lit("POLICY")));
    return determinations.where(needsReview()).select(
        col("run_id"), col("as_of_date"), col("county"), col("person_id"), col("subject_id"),
        col("cii_number"), col("identity_status"), list("possible_match_person_ids"),
        col("case_key"), col("case_number"), col("count_key"), col("count_order"),
        source.as("review_source"),
        col("code_section_raw"), col("code_section"), col("section"), col("attempt"),
        col("relevance"), col("level"), col("current_level"),
        col("offense_date"), col("offense_date_raw"), col("offense_date_source"),
        col("conviction_date"), col("conviction_date_raw"), col("conviction_year"),
        col("age_tier"), col("sentence_status"), col("track"), list("flags"),
        col("legal_outcome"), col("candidate_outcome"), col("legal_rule_id"),
        list("legal_rule_ids"), list("reason_codes"), col("reason"), col("citation"),
        col("policy_id"), col("policy_rule_id"), col("policy_outcome"), col("policy_reason"),
        col("policy_vs_baseline"), list("issues"), col("source_file"), col("line_number"),
        col("county_slug"));
  }

  private static Column list(String name) {
    return concat_ws(";", col(name)).as(name);
  }
}
