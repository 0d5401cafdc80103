package org.recordrelief.classify;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.recordrelief.eligibility.CountKey;
import org.recordrelief.eligibility.Outcome;
import org.recordrelief.history.DojRow;
import org.recordrelief.ingest.RecordColumns;

/**
 * Identity-sensitive decisions ({@code entity-resolution.md} §7): a person's counts are evaluated
 * on their own records and again with each REVIEW-band possible match merged in (and, when there
 * are several, with all of them); the counts whose statutory or policy outcome changes are
 * published as {@code NEEDS_REVIEW} / {@code NEEDS_IDENTITY_REVIEW} instead of a silent guess.
 * Only persons with possible matches are re-evaluated, so the extra work is proportional to the
 * review band, not to the extract.
 */
public final class IdentitySensitivity {
  private IdentitySensitivity() {}

  /** Possible-match column of {@code identity/possible_matches}. */
  public static final String POSSIBLE_PERSON_ID = "possible_person_id";
  /** Decision column of {@code identity/possible_matches}; only REVIEW links are questions. */
  public static final String DECISION = "decision";
  static final String REVIEW = "REVIEW";
  static final String ALL = "*";
  /** Resolved-record column: the CII profile whose core does not vouch for the row, or null. */
  public static final String SHARED_CII_QUESTION = "shared_cii_question";
  /** Hypothesis of {@link #sharedCiiCounts}: a shared CII's untied rows are someone else's. */
  static final String SPLIT = "SPLIT";

  /**
   * One row per count whose outcome changes under a merge hypothesis, per possible match in the
   * hypothesis; {@code hypothesis} is ONE (that match alone) or ALL (every match together).
   */
  public static final StructType SENSITIVE_COUNTS = DataTypes.createStructType(List.of(
      DataTypes.createStructField(HistoryStage.PERSON_ID, DataTypes.StringType, false),
      DataTypes.createStructField("subject_key", DataTypes.StringType, false),
      DataTypes.createStructField("count_order", DataTypes.StringType, false),
      DataTypes.createStructField(POSSIBLE_PERSON_ID, DataTypes.StringType, false),
      DataTypes.createStructField("hypothesis", DataTypes.StringType, false),
      DataTypes.createStructField("alternative_outcome", DataTypes.StringType, true)));

  /**
   * REVIEW-band links between different persons, one row per direction:
   * ({@code person_id}, {@code possible_person_id}). Input: {@code identity/possible_matches}.
   */
  public static Dataset<Row> reviewLinks(Dataset<Row> possibleMatches) {
    return possibleMatches
        .where(col(DECISION).equalTo(REVIEW)
            .and(col(HistoryStage.PERSON_ID).notEqual(col(POSSIBLE_PERSON_ID))))
        .select(col(HistoryStage.PERSON_ID), col(POSSIBLE_PERSON_ID))
        .distinct();
  }

  /**
   * The identity-sensitive counts ({@link #SENSITIVE_COUNTS}). Input: valid records with
   * {@code person_id} (as for {@link HistoryStage#histories}) and {@link #reviewLinks}. No I/O.
   */
  public static Dataset<Row> sensitiveCounts(Dataset<Row> resolved, Dataset<Row> links,
      PersonClassifier classifier) {
    Dataset<Row> pairs = links.select(
        col(HistoryStage.PERSON_ID).as("anchor"), col(POSSIBLE_PERSON_ID).as("other"));
    // Hypothesis "merged with one match": members are the anchor and that match.
    Dataset<Row> single = pairs.select(col("anchor"), col("other").as("hyp"),
            col("anchor").as("member"))
        .union(pairs.select(col("anchor"), col("other").as("hyp"), col("other").as("member")));
    // Hypothesis "merged with all of them", for persons with several matches.
    Dataset<Row> several = pairs.groupBy(col("anchor")).agg(count(lit(1)).as("n"))
        .where(col("n").gt(1)).select(col("anchor"));
    Dataset<Row> all = pairs.join(several, "anchor")
        .select(col("anchor"), lit(ALL).as("hyp"), col("other").as("member"))
        .union(several.select(col("anchor"), lit(ALL).as("hyp"), col("anchor").as("member")));
    Dataset<Row> members = single.union(all).distinct();

    Dataset<Row> rows = HistoryStage.historyInput(resolved)
        .join(members, col(HistoryStage.PERSON_ID).equalTo(col("member")))
        .drop("member");
    int anchorAt = rows.schema().fieldIndex("anchor");
    int hypAt = rows.schema().fieldIndex("hyp");
    FlatMapGroupsFunction<String, Row, Row> evaluate = (key, it) -> {
      String anchor = null;
      String hyp = null;
      List<DojRow> own = new ArrayList<>();
      List<DojRow> merged = new ArrayList<>();
      TreeSet<String> others = new TreeSet<>();
      while (it.hasNext()) {
        Row r = it.next();
        anchor = r.getString(anchorAt);
        hyp = r.getString(hypAt);
        DojRow d = HistoryStage.toDojRow(r);
        merged.add(d);
        if (r.getString(0).equals(anchor)) {
          own.add(d);
        } else {
          others.add(r.getString(0));
        }
      }
      List<Row> out = new ArrayList<>();
      if (own.isEmpty() || others.isEmpty()) {
        return out.iterator();
      }
      Map<CountKey, Outcome> changed = PersonClassifier.changedCounts(
          classifier.classify(anchor, own), classifier.classify(anchor, merged));
      for (Map.Entry<CountKey, Outcome> e : changed.entrySet()) {
        for (String other : others) {
          out.add(RowFactory.create(anchor, e.getKey().subjectId(), e.getKey().countOrder(),
              other, ALL.equals(hyp) ? "ALL" : "ONE",
              e.getValue() == null ? null : e.getValue().name()));
        }
      }
      return out.iterator();
    };
    return rows
        .groupByKey((MapFunction<Row, String>) r -> r.getString(anchorAt) + '\u0001'
            + r.getString(hypAt), Encoders.STRING())
        .flatMapGroups(evaluate, Encoders.row(SENSITIVE_COUNTS));
  }

  /**
   * Shared-CII questions as links: person_id and, as {@code possible_person_id}, the profile id
   * ({@code C:<cii>}) of each CII of the person holding rows its core does not vouch for.
   * Input: resolved records; none without a {@link #SHARED_CII_QUESTION} column. No I/O.
   */
  public static Dataset<Row> sharedCiiLinks(Dataset<Row> resolved) {
    if (!List.of(resolved.columns()).contains(SHARED_CII_QUESTION)) {
      return resolved.sparkSession().createDataFrame(List.of(), LINK);
    }
    return resolved.where(col(SHARED_CII_QUESTION).isNotNull())
        .select(col(HistoryStage.PERSON_ID), col(SHARED_CII_QUESTION).as(POSSIBLE_PERSON_ID))
        .distinct();
  }

  private static final StructType LINK = DataTypes.createStructType(List.of(
      DataTypes.createStructField(HistoryStage.PERSON_ID, DataTypes.StringType, false),
      DataTypes.createStructField(POSSIBLE_PERSON_ID, DataTypes.StringType, false)));

  /**
   * The counts whose outcome depends on whose a shared CII's untied rows are ({@code
   * entity-resolution.md} §7; the CII is not split, §2.2): the person's other counts judged
   * without those rows, and the untied rows' counts judged on their subject key's rows alone,
   * each against the person as resolved. {@link #SENSITIVE_COUNTS} rows with hypothesis
   * {@link #SPLIT} and the CII's profile id as {@code possible_person_id}. Input: resolved
   * records. Only persons with such rows are re-evaluated. No I/O.
   */
  public static Dataset<Row> sharedCiiCounts(Dataset<Row> resolved, PersonClassifier classifier) {
    if (!List.of(resolved.columns()).contains(SHARED_CII_QUESTION)) {
      return resolved.sparkSession().createDataFrame(List.of(), SENSITIVE_COUNTS);
    }
    Dataset<Row> persons = resolved.where(col(SHARED_CII_QUESTION).isNotNull())
        .select(col(HistoryStage.PERSON_ID)).distinct();
    Dataset<Row> rows = HistoryStage.historyInput(
        resolved.join(persons, new String[] {HistoryStage.PERSON_ID}, "left_semi"),
        col(SHARED_CII_QUESTION), col(RecordColumns.SUBJECT_KEY));
    int questionAt = rows.schema().fieldIndex(SHARED_CII_QUESTION);
    int keyAt = rows.schema().fieldIndex(RecordColumns.SUBJECT_KEY);
    FlatMapGroupsFunction<String, Row, Row> evaluate = (person, it) -> {
      List<DojRow> all = new ArrayList<>();
      List<DojRow> kept = new ArrayList<>();
      // untied rows by CII profile and subject key (one part of one CII each)
      Map<List<String>, List<DojRow>> untied = new java.util.TreeMap<>(
          java.util.Comparator.comparing((List<String> k) -> k.get(0))
              .thenComparing(k -> k.get(1)));
      while (it.hasNext()) {
        Row r = it.next();
        DojRow d = HistoryStage.toDojRow(r);
        all.add(d);
        if (r.isNullAt(questionAt)) {
          kept.add(d);
        } else {
          untied.computeIfAbsent(List.of(r.getString(questionAt), r.getString(keyAt)),
              k -> new ArrayList<>()).add(d);
        }
      }
      List<Row> out = new ArrayList<>();
      PersonClassifier.Classified whole = classifier.classify(person, all);
      TreeSet<String> ciis = new TreeSet<>();
      untied.keySet().forEach(k -> ciis.add(k.get(0)));
      if (!kept.isEmpty()) {
        splitRows(person, PersonClassifier.changedCounts(classifier.classify(person, kept), whole),
            ciis, out);
      }
      for (Map.Entry<List<String>, List<DojRow>> part : untied.entrySet()) {
        splitRows(person, PersonClassifier.changedCounts(
            classifier.classify(person, part.getValue()), whole),
            Set.of(part.getKey().get(0)), out);
      }
      return out.iterator();
    };
    return rows
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups(evaluate, Encoders.row(SENSITIVE_COUNTS));
  }

  private static void splitRows(String person, Map<CountKey, Outcome> changed,
      Set<String> ciis, List<Row> out) {
    for (Map.Entry<CountKey, Outcome> e : changed.entrySet()) {
      for (String cii : ciis) {
        out.add(RowFactory.create(person, e.getKey().subjectId(), e.getKey().countOrder(), cii,
            SPLIT, e.getValue() == null ? null : e.getValue().name()));
      }
    }
  }

  /**
   * Per person with possible matches: {@code person_id}, {@code possible_person_ids} (sorted) and
   * {@code sensitive} (array of subject_key, count_order, possible_person_ids,
   * alternative_outcomes). Input: {@link #reviewLinks} and {@link #sensitiveCounts}. No I/O.
   */
  public static Dataset<Row> personIdentity(Dataset<Row> links, Dataset<Row> sensitive) {
    Dataset<Row> possibles = links.groupBy(col(HistoryStage.PERSON_ID))
        .agg(sort_array(collect_set(col(POSSIBLE_PERSON_ID))).as("possible_person_ids"));
    Dataset<Row> counts = sensitive
        .groupBy(col(HistoryStage.PERSON_ID), col("subject_key"), col("count_order"))
        .agg(sort_array(collect_set(when(col("hypothesis").isin("ONE", SPLIT),
                col(POSSIBLE_PERSON_ID)))).as("one"),
            sort_array(collect_set(col(POSSIBLE_PERSON_ID))).as("any"),
            sort_array(collect_set(col("alternative_outcome"))).as("alternatives"))
        // Name the matches (and shared CIIs) that change the count on their own; only when
        // none does alone (the change needs several together) name all of them.
        .withColumn("ids", when(size(col("one")).gt(0), col("one")).otherwise(col("any")))
        .groupBy(col(HistoryStage.PERSON_ID))
        .agg(collect_list(struct(col("subject_key"), col("count_order"), col("ids"),
            col("alternatives"))).as("sensitive"));
    return possibles.join(counts, new String[] {HistoryStage.PERSON_ID}, "left");
  }
}
