package org.recordrelief.classify;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.config.RuleSettings;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.eligibility.Outcome;
import org.recordrelief.eligibility.StatutorySettings;
import org.recordrelief.history.DojRow;
import org.recordrelief.history.HistoryBuilder;
import org.recordrelief.ingest.RecordColumns;
import org.recordrelief.testing.DojLine;
import org.recordrelief.testing.SharedSpark;

/**
 * A REVIEW-band possible match whose record would change a count's outcome makes that count
 * NEEDS_REVIEW / NEEDS_IDENTITY_REVIEW; one that changes nothing leaves the outcome alone.
 */
@ExtendWith(SharedSpark.class)
class IdentitySensitivityTest {

  private static final PersonClassifier CLASSIFIER = new PersonClassifier("run-1",
      LocalDate.of(2025, 1, 1), "hash",
      new HistoryBuilder(RuleSettings.defaults(), IngestSettings.defaults()),
      StatutorySettings.defaults(), Map.of(), CountyPolicies.load(List.of()));

  // A: one Prop 64 felony (sale), nothing else. B: a murder conviction before A's offense.
  // C: an unrelated theft. D: another Prop 64 count, no possible match.
  private static final DojLine A_SALE = DojLine.conviction("A", "101002001000", "11360(A) HS")
      .set("DISP_DATE", "20100301");
  private static final DojLine B_MURDER = DojLine.conviction("B", "101002001000", "187(A) PC")
      .set("STP_EVENT_DATE", "20000301").set("CYC_DATE", "20000101");
  private static final DojLine C_THEFT = DojLine.conviction("C", "101002001000", "484 PC")
      .set("STP_EVENT_DATE", "20050301").set("CYC_DATE", "20050101")
      .set("CONV_STAT_DESCR", "MISDEMEANOR");
  private static final DojLine D_SALE = DojLine.conviction("D", "101002001000", "11360(A) HS");

  private static Row record(int line, String person, DojLine l) {
    Object[] v = new Object[RecordColumns.PREFIX + DojColumns.COUNT + 1];
    v[0] = "f.csv";
    v[1] = 0;
    v[2] = (long) line;
    v[3] = (long) line * 100;
    v[4] = "sha" + line;
    v[5] = "DATA";
    v[10] = false;
    v[11] = false;
    v[12] = person;
    System.arraycopy(l.fields(), 0, v, RecordColumns.PREFIX, DojColumns.COUNT);
    v[v.length - 1] = person;
    return RowFactory.create(v);
  }

  private static Dataset<Row> resolved(SparkSession spark) {
    StructType schema = RecordColumns.SCHEMA.add(HistoryStage.PERSON_ID, DataTypes.StringType);
    return spark.createDataFrame(List.of(record(2, "A", A_SALE), record(3, "B", B_MURDER),
        record(4, "C", C_THEFT), record(5, "D", D_SALE)), schema);
  }

  /**
   * Person P: A's sale and, under the same CII but a subject key its core does not vouch for,
   * B's murder. Person Q: D's sale and an untied theft. Resolved as by the identity stage.
   */
  private static Dataset<Row> sharedCiiResolved(SparkSession spark) {
    StructType schema = RecordColumns.SCHEMA.add(HistoryStage.PERSON_ID, DataTypes.StringType)
        .add(IdentitySensitivity.SHARED_CII_QUESTION, DataTypes.StringType);
    return spark.createDataFrame(List.of(
        withQuestion(record(2, "P", A_SALE), "A", null),
        withQuestion(record(3, "P", B_MURDER), "B", "C:X1"),
        withQuestion(record(5, "Q", D_SALE), "D", null),
        withQuestion(record(4, "Q", C_THEFT), "C", "C:X2")), schema);
  }

  private static Row withQuestion(Row r, String subjectKey, String question) {
    Object[] v = new Object[r.size() + 1];
    for (int i = 0; i < r.size(); i++) {
      v[i] = r.get(i);
    }
    v[12] = subjectKey;
    v[r.size()] = question;
    return RowFactory.create(v);
  }

  private static Dataset<Row> possibleMatches(SparkSession spark) {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("person_id", DataTypes.StringType, false),
        DataTypes.createStructField("possible_person_id", DataTypes.StringType, false),
        DataTypes.createStructField("decision", DataTypes.StringType, false)));
    List<Row> rows = new ArrayList<>();
    for (String[] p : new String[][] {{"A", "B"}, {"A", "C"}, {"D", "C"}}) {
      rows.add(RowFactory.create(p[0], p[1], "REVIEW"));
      rows.add(RowFactory.create(p[1], p[0], "REVIEW"));
    }
    rows.add(RowFactory.create("D", "B", "POSSIBLE")); // below the review band: no question
    return spark.createDataFrame(rows, schema);
  }

  private static DojRow dojRow(int line, DojLine l) {
    return new DojRow("f.csv", 0, line, "sha" + line, l.fields(), List.of());
  }

  @Test
  void theMurderPriorChangesTheSaleCountWhenMerged() {
    var alone = CLASSIFIER.classify("A", List.of(dojRow(2, A_SALE)));
    var merged = CLASSIFIER.classify("A", List.of(dojRow(2, A_SALE), dojRow(3, B_MURDER)));
    assertNotEquals(alone.determinations().get(0).outcome(),
        merged.determinations().get(0).outcome(), "the fixture must make the merge matter");
    assertEquals(1, PersonClassifier.changedCounts(alone, merged).size());
    var withTheft = CLASSIFIER.classify("A", List.of(dojRow(2, A_SALE), dojRow(4, C_THEFT)));
    assertTrue(PersonClassifier.changedCounts(alone, withTheft).isEmpty());
  }

  @Test
  void sensitiveCountsAreThoseAPossibleMergeChanges(SparkSession spark) {
    Dataset<Row> links = IdentitySensitivity.reviewLinks(possibleMatches(spark));
    List<Row> sensitive = IdentitySensitivity.sensitiveCounts(resolved(spark), links, CLASSIFIER)
        .orderBy("person_id", "possible_person_id", "hypothesis").collectAsList();
    // A is changed by B alone and by "all" (B and C together); the theft alone changes nothing.
    assertEquals(List.of("B/ALL", "B/ONE", "C/ALL"),
        sensitive.stream().map(r -> r.getString(3) + "/" + r.getString(4)).toList());
    for (Row r : sensitive) {
      assertEquals("A", r.getString(0));
      assertEquals("101002001000", r.getString(2));
      assertNotEquals("NEEDS_REVIEW", r.getString(5));
    }

    Dataset<Row> identity = IdentitySensitivity.personIdentity(links,
        IdentitySensitivity.sensitiveCounts(resolved(spark), links, CLASSIFIER));
    Dataset<Row> dets = HistoryStage.determinations(
        HistoryStage.histories(resolved(spark), identity, CLASSIFIER));
    Row a = dets.where(col("person_id").equalTo("A")).first();
    assertEquals("NEEDS_REVIEW", a.getAs("legal_outcome"));
    assertEquals("NEEDS_IDENTITY_REVIEW", a.getAs("identity_status"));
    assertEquals(List.of("B", "C"), a.getList(a.fieldIndex("possible_match_person_ids")));
    assertTrue(a.getList(a.fieldIndex("flags")).contains("IDENTITY_SENSITIVE"));
    Row sens = identity.where(col("person_id").equalTo("A")).first();
    assertEquals(List.of("B"), sens.<Row>getList(sens.fieldIndex("sensitive")).get(0).getList(2),
        "only B changes the count on its own");
    Outcome alone = CLASSIFIER.classify("A", List.of(dojRow(2, A_SALE)))
        .determinations().get(0).outcome();
    assertEquals(alone.name(), a.getAs("candidate_outcome"),
        "the candidate is the more favourable outcome: on A's own record");

    Row d = dets.where(col("person_id").equalTo("D")).first();
    assertEquals(alone.name(), d.getAs("legal_outcome"), "C's theft does not change D's count");
    assertEquals("SUBJECT_ID_ONLY", d.getAs("identity_status"));
    assertEquals(List.of("C"), d.getList(d.fieldIndex("possible_match_person_ids")));
  }

  @Test
  void countsThatDependOnWhoseASharedCiisUntiedRowsAreGoToReview(SparkSession spark) {
    Dataset<Row> resolved = sharedCiiResolved(spark);
    List<Row> sensitive = IdentitySensitivity.sharedCiiCounts(resolved, CLASSIFIER)
        .collectAsList();
    // A's sale changes without B's murder; the theft under Q's CII changes nothing.
    assertEquals(1, sensitive.size(), sensitive.toString());
    Row r = sensitive.get(0);
    assertEquals(List.of("P", "101002001000", "C:X1", "SPLIT"),
        List.of(r.getString(0), r.getString(2), r.getString(3), r.getString(4)));
    assertEquals(List.of("C:X1", "C:X2"), IdentitySensitivity.sharedCiiLinks(resolved)
        .orderBy("person_id").collectAsList().stream().map(x -> x.getString(1)).toList());

    Dataset<Row> identity = IdentitySensitivity.personIdentity(
        IdentitySensitivity.sharedCiiLinks(resolved),
        IdentitySensitivity.sharedCiiCounts(resolved, CLASSIFIER));
    Dataset<Row> dets = HistoryStage.determinations(
        HistoryStage.histories(resolved, identity, CLASSIFIER));
    Row p = dets.where(col("person_id").equalTo("P")).first();
    assertEquals("NEEDS_REVIEW", p.getAs("legal_outcome"));
    assertEquals("NEEDS_IDENTITY_REVIEW", p.getAs("identity_status"));
    assertEquals(List.of("C:X1"), p.getList(p.fieldIndex("possible_match_person_ids")));
    Row q = dets.where(col("person_id").equalTo("Q")).first();
    assertNotEquals("NEEDS_REVIEW", q.getAs("legal_outcome"));
    assertNotEquals("NEEDS_IDENTITY_REVIEW", q.getAs("identity_status"));

    // Records without the column (subject-id mode): no questions.
    assertEquals(0, IdentitySensitivity.sharedCiiCounts(resolved(spark), CLASSIFIER).count());
    assertEquals(0, IdentitySensitivity.sharedCiiLinks(resolved(spark)).count());
  }
}
