package org.recordrelief.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordrelief.config.IdentitySettings;
import org.recordrelief.testing.SharedSpark;

/**
 * The resolver on one hand-built adversarial set (entity-resolution.md §11.6) resolved once,
 * plus determinism, blocking and component checks.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityResolutionTest {
  private static final IdentitySettings S = SharedSpark.testSettings().identity();

  private IdentityRows rows;
  private IdentityResult result;
  private Map<String, String> person;

  @BeforeAll
  void resolveOnce(SparkSession spark) {
    rows = new IdentityRows().background();
    // A common name: nine JOSE GARCIAs, two sharing a DOB; nothing else agrees. G0's and G9's
    // CIIs are one digit apart, as numbers issued in sequence often are: still not a merge.
    for (int i = 0; i < 8; i++) {
      rows.add("G" + i, String.format("A%09d", 100 + i), "GARCIA,JOSE",
          String.format("19%02d0%d15", 60 + i, 1 + i));
    }
    rows.add("G9", "A000000900", "GARCIA,JOSE", "19600115");
    // Twins: same DOB and surname, different first names (and neighbouring CIIs).
    rows.add("T1", "A000000001", "WHITFIELD,JOHN", "19880214");
    rows.add("T2", "A000000002", "WHITFIELD,JAMES", "19880214");
    // Father and son, Sr/Jr, different DOBs.
    rows.add("F1", "A000000011", "KOWALSKI SR,PETER", "19550610");
    rows.add("F2", "A000000012", "KOWALSKI,PETER JR", "19810322");
    // A name-order swap with the same DOB and FBI number.
    rows.row("N1", "A000000021", "NGUYEN,TRAN", "19770905").set("FBI_NUMBER", "734521KA7").add();
    rows.row("N2", "A000000022", "TRAN,NGUYEN", "19770905").set("FBI_NUMBER", "734521KA7").add();
    // A compound surname drop with the same DOB and CDL.
    rows.row("C1", "A000000031", "GARCIA LOPEZ,MARIA", "19830412").set("GENDER", "F")
        .set("PRI_CDL", "D4829173").add();
    rows.row("C2", "A000000032", "GARCIA,MARIA", "19830412").set("GENDER", "F")
        .set("PRI_CDL", "D4829173").add();
    // A day/month swap with the same CDL.
    rows.row("D1", "A000000041", "PRICE,LEON", "19790304").set("PRI_CDL", "B7730118").add();
    rows.row("D2", "A000000042", "PRICE,LEON", "19790403").set("PRI_CDL", "B7730118").add();
    // A chain H1–H2–H3 of strong agreements whose ends carry different SSNs: a cannot-link
    // inside the cluster, so nobody is merged and the cluster goes to review.
    rows.row("H1", "A000000051", "HOLLOWAY,DEREK", "19700707").set("FBI_NUMBER", "55123ZX9")
        .set("PRI_SSN", "521447812").add();
    rows.row("H2", "A000000052", "HOLLOWAY,DEREK", "19700707").set("FBI_NUMBER", "55123ZX9")
        .set("PRI_CDL", "K5512387").add();
    rows.row("H3", "A000000053", "HOLLOWAY,DEREK", "19700707").set("PRI_CDL", "K5512387")
        .set("PRI_SSN", "530119264").add();
    // One SUBJECT_ID with two CIIs (DET_SUBJECT_ID must-link) and one CII under two subjects.
    rows.add("M1", "A000000061", "OKAFOR,GRACE", "19900101");
    rows.row("M1", "A000000062", "OKAFOR,GRACE", "19900119").set("GENDER", "F").add();
    rows.add("M2", "A000000071", "VANCE,LYLE", "19661111");
    rows.add("M3", "A000000071", "VANCE,LYLE", "19661111");
    // A shared CII: A000000081 is S1's (three rows) but one row of S2, with S2's own name and
    // DOB, carries it too. S1's second CII matches S1's rows: merged. S2's own CII reaches the
    // shared one only through S2's intruding row (and S2's SUBJECT_ID): not merged, reviewed.
    for (int i = 0; i < 3; i++) {
      rows.row("S1", "A000000081", "BRANDT,OLIVER", "19750505").set("FBI_NUMBER", "662311QX4")
          .add();
    }
    rows.row("S1B", "A000000083", "BRANDT,OLIVER", "19750505").set("FBI_NUMBER", "662311QX4")
        .add();
    rows.row("S2", "A000000082", "BRANDT,NOAH", "19980808").set("PRI_CDL", "N3312908").add();
    rows.row("S2", "A000000082", "BRANDT,NOAH", "19980808").set("PRI_CDL", "N3312908").add();
    rows.row("S2", "A000000081", "BRANDT,NOAH", "19980808").set("PRI_CDL", "N3312908").add();
    // One SUBJECT_ID whose DOB was keyed ten years off on two of its rows: one DOJ subject
    // keyed inconsistently, not a shared CII; its split second CII still merges with it.
    for (int i = 0; i < 3; i++) {
      rows.row("K1", "A000000091", "ABERNATHY,CORA", "19930407").set("FBI_NUMBER", "771204KD2")
          .set("GENDER", "F").add();
    }
    for (int i = 0; i < 2; i++) {
      rows.row("K1", "A000000091", "ABERNATHY,CORA", "20030407").set("GENDER", "F").add();
    }
    rows.row("K1B", "A000000092", "ABERNATHY,CORA", "19930407").set("FBI_NUMBER", "771204KD2")
        .set("GENDER", "F").add();
    // The same person under a CII and under that CII with one digit mistyped, no other id.
    rows.add("Q1", "A000000111", "LINDQVIST,ARVO", "19640218");
    rows.add("Q1", "A000000111", "LINDQVIST,ARVO", "19640218");
    rows.add("Q2", "A000000171", "LINDQVIST,ARVO", "19640218");
    // One person under one CII with two SUBJECT_IDs (P2's rows add an SSN to P1's CDL), and
    // P2's rows under a second CII with the DOB one digit off and only the SSN. P1's rows alone
    // do not match that CII at MERGE; P2's rows on the shared CII match P1's as one person, so
    // the CII is not held to P1's rows: the second CII merges through the SSN.
    for (int i = 0; i < 3; i++) {
      rows.row("P1", "A000000121", "IVERSEN,TOBIAS", "19720811").set("PRI_CDL", "T6620714")
          .add();
    }
    for (int i = 0; i < 2; i++) {
      rows.row("P2", "A000000121", "IVERSEN,TOBIAS", "19720811").set("PRI_CDL", "T6620714")
          .set("PRI_SSN", "612559031").add();
    }
    rows.row("P2", "A000000222", "IVERSEN,TOBIAS", "19720812").set("PRI_SSN", "612559031").add();
    // The same person's SSN mistyped once on each of two CIIs (two keying errors apart): not a
    // conflict, a TWO_TYPOS agreement.
    rows.row("W1", "A000000131", "ESPINOSA,RAFAEL", "19810530").set("PRI_SSN", "574120963")
        .set("PRI_CDL", "E5510382").add();
    rows.row("W2", "A000000132", "ESPINOSA,RAFAEL", "19810530").set("PRI_SSN", "574129663")
        .set("PRI_CDL", "E5510382").add();
    // A CII one digit off another, with the surname misspelt beyond a typo and the birth year
    // one off: far below the review band, a link to review unless below thresholds.ciiTypoReview.
    rows.add("U1", "A000000141", "DIAZ,ROSA", "19690512");
    rows.add("U2", "A000000147", "CLIAZ,ROSA", "19700512");
    // A CII whose dominant subject is R1 and whose one row of X1, another person, carries X1's
    // licence. R1's second CII has another licence: a conflict with X1's row, not with R1's,
    // so it does not block the merge through R1's SSN.
    for (int i = 0; i < 3; i++) {
      rows.row("R1", "A000000181", "LINDGREN,OSKAR", "19820614").set("PRI_SSN", "533218790")
          .add();
    }
    rows.row("X1", "A000000181", "MORALES,IVAN", "19911203").set("PRI_CDL", "M7720145").add();
    rows.row("R2", "A000000182", "LINDGREN,OSKAR", "19820614").set("PRI_SSN", "533218790")
        .set("PRI_CDL", "L4410233").add();
    // One person under one CII with two SUBJECT_IDs, V1 and V2, and one row of Y1, someone
    // else: the CII is held to its core. V2's rows match V1's as one person on their own (V1's
    // licence) and add an SSN and an FBI number, so they are part of the core view: V2's second CII (a
    // nickname, no DOB, the same ids) merges through them. Y1's row is not vouched for.
    for (int i = 0; i < 3; i++) {
      rows.row("V1", "A000000191", "PETERSEN,ANDREW", "19880723").set("PRI_CDL", "P7741093")
          .add();
    }
    for (int i = 0; i < 2; i++) {
      rows.row("V2", "A000000191", "PETERSEN,ANDREW", "19880723").set("PRI_CDL", "P7741093")
          .set("PRI_SSN", "548812390").set("FBI_NUMBER", "418832LK5").add();
    }
    rows.add("Y1", "A000000191", "OYELARAN,BISI", "19570214");
    rows.row("V2", "A000000737", "PETERSEN,ANDY", "").set("PRI_SSN", "548812390")
        .set("FBI_NUMBER", "418832LK5").add();
    // Y1's second row with the CII left blank: an orphan of Y1, whose SUBJECT_ID is under that
    // CII alone. M1's orphan row: M1 is under two CIIs.
    rows.add("Y1", "", "OYELARAN,BISI", "19570214");
    rows.add("M1", "", "OKAFOR,GRACE", "19900101");
    result = IdentityResolution.resolve(spark, rows.dataset(spark), S);
    person = persons(result);
  }

  /** subject_key → person_id (subject keys with one person only). */
  static Map<String, String> persons(IdentityResult r) {
    Map<String, String> m = new TreeMap<>();
    java.util.Set<String> several = new java.util.TreeSet<>();
    for (Row row : r.records().select("subject_key", "person_id", "profile_id")
        .collectAsList()) {
      m.put(row.getString(0) + "/" + row.getString(2), row.getString(1));
      String before = m.put(row.getString(0), row.getString(1));
      if (before != null && !before.equals(row.getString(1))) {
        several.add(row.getString(0));
      }
    }
    // A subject key whose rows sit in several persons (S2's row under S1's shared CII) is
    // reachable only as key/profile: the plain key would depend on row order.
    several.forEach(m::remove);
    return m;
  }

  private String edge(String a, String b) {
    List<Row> e = result.audit().get("edges")
        .where("(profile_id_a = 'C:" + a + "' and profile_id_b = 'C:" + b + "')")
        .select("decision", "total_weight", "match_key", "constraint_hits").collectAsList();
    return e.isEmpty() ? "NOT_COMPARED" : e.get(0).toString();
  }

  @Test
  void commonNameSameDobDifferentCiiIsNotMerged() {
    assertNotEquals(person.get("G0"), person.get("G9"), edge("A000000100", "A000000900"));
  }

  @Test
  void aSharedCiiMergesThroughItsDominantSubjectOnly() {
    assertEquals(person.get("S1/C:A000000081"), person.get("S1B"),
        edge("A000000081", "A000000083"));
    assertNotEquals(person.get("S1/C:A000000081"), person.get("S2/C:A000000082"));
    String e = edge("A000000081", "A000000082");
    assertTrue(e.startsWith("[REVIEW,") && e.contains(IdentityResolution.SHARED_CII_OTHER_SUBJECT),
        e);
  }

  @Test
  void inconsistentValuesUnderOneSubjectAreNotASharedCii() {
    List<String> flags = result.audit().get("profiles")
        .where("profile_id = 'C:A000000091'").first().getList(
            result.audit().get("profiles").schema().fieldIndex("flags"));
    assertTrue(flags.contains("INCONSISTENT_VALUES:DOB_SPREAD"), flags.toString());
    assertFalse(flags.contains("SHARED_CII_SUSPECT"), flags.toString());
    assertEquals(person.get("K1"), person.get("K1B"), edge("A000000091", "A000000092"));
  }

  @Test
  void aCiiUnderTwoSubjectIdsOfOnePersonIsNotHeldToItsCore() {
    assertEquals(person.get("P1"), person.get("P2/C:A000000222"),
        edge("A000000121", "A000000222"));
    String e = edge("A000000121", "A000000222");
    assertTrue(e.startsWith("[MERGE,")
        && !e.contains(IdentityResolution.SHARED_CII_OTHER_SUBJECT), e);
  }

  @Test
  void aSharedCiisMinorityRowsDoNotVetoAMergeThroughItsCore() {
    String e = edge("A000000181", "A000000182");
    assertTrue(e.startsWith("[MERGE,") && !e.contains("CONFLICTING_CDL"), e);
    assertEquals(person.get("R1"), person.get("R2"), e);
  }

  @Test
  void aSnapshotTiedToTheCoreCarriesAMergeToItsCii() {
    String e = edge("A000000191", "A000000737");
    assertTrue(e.startsWith("[MERGE,")
        && !e.contains(IdentityResolution.SHARED_CII_OTHER_SUBJECT), e);
    assertEquals(person.get("V1"), person.get("V2/C:A000000737"), e);
    // Y1's row stays in the CII (never split) with its question for identity review.
    Map<String, String> question = new TreeMap<>();
    for (Row r : result.records().where("profile_id = 'C:A000000191'")
        .select("subject_key", IdentityColumns.SHARED_CII_QUESTION).collectAsList()) {
      question.put(r.getString(0), String.valueOf(r.getString(1)));
    }
    assertEquals(Map.of("V1", "null", "V2", "null", "Y1", "C:A000000191"), question);
    Row item = result.audit().get("review_queue").where("item_id = 'C:A000000191'").first();
    assertTrue(item.<String>getAs("reason").contains(IdentityResolution.UNTIED_SUBJECT_KEYS),
        item.toString());
  }

  @Test
  void anUntiedSubjectsBlankCiiRowsJoinItsCiiAndCarryItsQuestion() {
    Row e = result.audit().get("edges")
        .where("profile_id_a = 'C:A000000191' and profile_id_b = 'S:Y1'").first();
    assertTrue(e.<Boolean>getAs("must_link"), e.toString());
    assertFalse(e.<String>getList(e.fieldIndex("constraint_hits"))
        .contains(IdentityResolution.SHARED_CII_OTHER_SUBJECT), e.toString());
    Map<String, String> personOf = new TreeMap<>();
    Map<String, String> question = new TreeMap<>();
    for (Row r : result.records().where("subject_key = 'Y1'").select("profile_id", "person_id",
        IdentityColumns.SHARED_CII_QUESTION).collectAsList()) {
      personOf.put(r.getString(0), r.getString(1));
      question.put(r.getString(0), r.getString(2));
    }
    assertEquals(person.get("V1"), personOf.get("S:Y1"));
    assertEquals(Map.of("C:A000000191", "C:A000000191", "S:Y1", "C:A000000191"), question);
    // only an orphan whose SUBJECT_ID is under one CII: M1 is under two
    Map<String, List<String>> flags = new TreeMap<>();
    for (Row r : result.audit().get("profiles").where("profile_id in ('S:Y1', 'S:M1')")
        .select("profile_id", "flags").collectAsList()) {
      flags.put(r.getString(0), r.getList(1));
    }
    assertEquals(List.of("ORPHAN", IdentityProfiles.ORPHAN_OF_ONE_CII), flags.get("S:Y1"));
    assertEquals(List.of("ORPHAN"), flags.get("S:M1"));
    // not a review item of its own: the CII's item covers it
    assertEquals(0, result.audit().get("review_queue").where("item_id = 'S:Y1'").count());
  }

  @Test
  void anSsnMistypedOnBothRecordsIsTwoTyposNotAConflict() {
    String e = edge("A000000131", "A000000132");
    assertTrue(e.startsWith("[MERGE,") && e.contains("+SSN(two_typos)")
        && !e.contains("CONFLICTING_SSN"), e);
    assertEquals(person.get("W1"), person.get("W2"), e);
  }

  @Test
  void reviewerDecisionsOverrideTheModelAndAreAudited(SparkSession spark) {
    List<ReviewerDecision> decisions = List.of(
        // two JOSE GARCIAs with one DOB, left apart by the model: the reviewer says one person
        new ReviewerDecision("C:A000000900", "C:A000000100", ReviewerDecision.Kind.MUST_LINK,
            "rev-1", "2026-11-02", "same booking photo"),
        // the name swap the model merges: the reviewer says two people
        new ReviewerDecision("C:A000000021", "C:A000000022", ReviewerDecision.Kind.CANNOT_LINK,
            "rev-2", "2026-11-03", null),
        // never compared by blocking (nothing agrees): a must-link still applies
        new ReviewerDecision("C:A000000001", "C:A000000031", ReviewerDecision.Kind.MUST_LINK,
            "rev-3", "2026-11-04", null),
        // a profile absent from this input: kept, not applied
        new ReviewerDecision("C:A000000001", "C:Z999999999", ReviewerDecision.Kind.MUST_LINK,
            "rev-4", "2026-11-05", null));
    IdentityResult r = IdentityResolution.resolve(spark, rows.dataset(spark), S, decisions);
    Map<String, String> p = persons(r);
    assertEquals(p.get("G0"), p.get("G9"));
    assertNotEquals(p.get("N1"), p.get("N2"));
    assertEquals(p.get("T1"), p.get("C1"));
    // without the decisions: as the model decides
    assertNotEquals(person.get("G0"), person.get("G9"));
    assertEquals(person.get("N1"), person.get("N2"));
    assertNotEquals(person.get("T1"), person.get("C1"));

    Row swap = r.audit().get("edges").where("profile_id_a = 'C:A000000021'"
        + " and profile_id_b = 'C:A000000022'").first();
    assertEquals("NO_MERGE", swap.getAs("decision"));
    assertEquals("MERGE", swap.getAs("model_decision"));
    assertEquals("CANNOT_LINK", swap.getAs("reviewer_decision"));
    assertTrue(swap.<String>getList(swap.fieldIndex("constraint_hits"))
        .contains(IdentityResolution.HUMAN_CANNOT_LINK));
    Row unblocked = r.audit().get("candidate_pairs").where("profile_id_a = 'C:A000000001'"
        + " and profile_id_b = 'C:A000000031'").first();
    assertEquals(List.of(IdentityResolution.ER_DECISION),
        unblocked.getList(unblocked.fieldIndex("rules")));

    Map<String, Row> audit = new TreeMap<>();
    for (Row d : r.audit().get("decisions").collectAsList()) {
      audit.put(d.getString(0) + "~" + d.getString(1), d);
    }
    assertEquals(4, audit.size());
    assertEquals(true, audit.get("C:A000000100~C:A000000900").getAs("applied"));
    assertTrue(java.util.Set.of("REVIEW", "POSSIBLE", "NO_MERGE").contains(
        audit.get("C:A000000100~C:A000000900").<String>getAs("model_decision")));
    assertEquals(false, audit.get("C:A000000001~C:Z999999999").getAs("applied"));
    assertNull(audit.get("C:A000000001~C:Z999999999").getAs("model_decision"));
    // the G0–G9 link is no longer a REVIEW question for identity-sensitive decisions
    assertEquals(0, r.possibleMatches().where("person_id = '" + p.get("G0")
        + "' and possible_person_id = '" + p.get("G9") + "'").count());
  }

  @Test
  void aCiiOneKeyingErrorOffIsLiftedToReviewUnlessTheRestIsClearlyAgainst(SparkSession spark) {
    // In this small input the pair weighs about -11 (every profile is in one county, so the
    // county agreement weighs against): below the default floor it stays NO_MERGE ...
    String e = edge("A000000141", "A000000147");
    assertTrue(e.startsWith("[NO_MERGE,") && e.contains("+CII(typo)"), e);
    double w = Double.parseDouble(e.split(",")[1]);
    assertTrue(w < S.ciiTypoReviewFloor(), e);
    // ... and with the floor below its weight it is a REVIEW link and a possible match.
    IdentityResult r = IdentityResolution.resolve(spark, rows.dataset(spark),
        S.withCiiTypoReviewFloor(w - 1));
    Row lifted = r.audit().get("edges").where("profile_id_a = 'C:A000000141'"
        + " and profile_id_b = 'C:A000000147'").first();
    assertEquals("REVIEW", lifted.getAs("decision"));
    assertTrue(lifted.<String>getList(lifted.fieldIndex("constraint_hits"))
        .contains(IdentityResolution.CII_ONE_KEYING_ERROR));
    Map<String, String> p = persons(r);
    assertNotEquals(p.get("U1"), p.get("U2"));
    assertEquals(1, r.possibleMatches().where("person_id = '" + p.get("U1")
        + "' and possible_person_id = '" + p.get("U2") + "' and decision = 'REVIEW'").count());
  }

  @Test
  void aMistypedCiiMergesWithTheRecordItCameFrom() {
    assertEquals(person.get("Q1"), person.get("Q2"), edge("A000000111", "A000000171"));
    String e = edge("A000000111", "A000000171");
    assertTrue(e.startsWith("[MERGE,") && e.contains("+CII(typo)"), e);
  }

  @Test
  void twinsAreNotMerged() {
    assertNotEquals(person.get("T1"), person.get("T2"), edge("A000000001", "A000000002"));
  }

  @Test
  void fatherAndSonAreNotMerged() {
    assertNotEquals(person.get("F1"), person.get("F2"), edge("A000000011", "A000000012"));
  }

  @Test
  void nameSwapWithSameDobAndFbiIsMerged() {
    assertEquals("N1", person.get("N2"), edge("A000000021", "A000000022"));
    assertEquals("N1", person.get("N1"));
    assertEquals(IdentityColumns.MERGED, result.records().where("subject_key = 'N2'")
        .select(IdentityColumns.IDENTITY_STATUS).first().getString(0));
  }

  @Test
  void compoundSurnameDropIsMergedOrReviewedNeverSilent() {
    String d = edge("A000000031", "A000000032");
    if (!person.get("C1").equals(person.get("C2"))) {
      assertTrue(d.startsWith("[REVIEW"), d);
      assertEquals(1, result.possibleMatches()
          .where("person_id = 'C1' and possible_person_id = 'C2' and decision = 'REVIEW'")
          .count(), d);
    }
  }

  @Test
  void dayMonthSwapIsFoundByBlocking() {
    List<Row> pair = result.audit().get("candidate_pairs")
        .where("profile_id_a = 'C:A000000041' and profile_id_b = 'C:A000000042'")
        .collectAsList();
    assertEquals(1, pair.size());
    assertTrue(pair.get(0).getList(2).contains(Blocking.B5_DOB_DAY_MONTH_SWAP), pair.toString());
  }

  @Test
  void cannotLinkInsideAClusterKeepsEveryoneSeparateAndQueuesIt() {
    assertNotEquals(person.get("H1"), person.get("H2"));
    assertNotEquals(person.get("H2"), person.get("H3"));
    assertNotEquals(person.get("H1"), person.get("H3"));
    Row c = result.audit().get("clusters").where("cluster_id = 'C:A000000051'").first();
    assertEquals("REVIEW", c.getAs("status"));
    assertTrue(c.<String>getList(c.fieldIndex("problems")).contains(
        "CANNOT_LINK:" + Constraints.CONFLICTING_SSN), c.toString());
    assertEquals(1, result.audit().get("review_queue")
        .where("item_type = 'CLUSTER' and item_id = 'C:A000000051'").count());
    assertTrue(result.possibleMatches().where("person_id = 'H1' and possible_person_id = 'H2'")
        .count() == 1);
  }

  @Test
  void subjectIdMustLinkJoinsTwoCiisAndSharedCiiIsOneProfile() {
    assertEquals(person.get("M1/C:A000000061"), person.get("M1/C:A000000062"));
    assertEquals("M2", person.get("M3"));
    Row p = result.audit().get("profiles").where("profile_id = 'C:A000000071'").first();
    assertTrue(p.<String>getList(p.fieldIndex("flags")).contains("CII_MULTI_SUBJECT"));
  }

  @Test
  void unrelatedPeopleStayApartAndBackgroundIsCiiOnly() {
    long persons = result.records().select("person_id").distinct().count();
    long profiles = result.records().select("profile_id").distinct().count();
    // Merged: N1+N2, M1's, S1's, K1's, Q1/Q2's, P1/P2's, W1/W2's, R1/R2's and V1/V2's two
    // CIIs, M1's and Y1's orphans, maybe C1+C2 and D1+D2.
    assertTrue(profiles - persons >= 11 && profiles - persons <= 13, profiles + " " + persons);
    assertEquals(IdentityColumns.CII_ONLY, result.records().where("subject_key = 'BG3'")
        .select(IdentityColumns.IDENTITY_STATUS).first().getString(0));
  }

  @Test
  void blockingStatsCountPairsPerRuleAndModelIsRecorded() {
    Map<String, Long> pairs = new HashMap<>();
    for (Row r : result.audit().get("blocking_stats").collectAsList()) {
      pairs.put(r.getString(0), r.getLong(1));
    }
    assertEquals(5L, pairs.get(Blocking.B1_FBI)); // N1–N2, H1–H2, S1–S1B, K1–K1B, V2's CIIs
    assertEquals(1L, pairs.get(Blocking.B6_NAME_SWAP)); // N1–N2
    // M1's, S2's, P2's and V2's two CIIs; M1's orphan with each of M1's CIIs; Y1's orphan
    assertEquals(7L, pairs.get(IdentityColumns.DET_SUBJECT_ID));
    assertTrue(result.audit().get("model").where("comparison = 'NAME' and level = 'EXACT'")
        .count() == 1);
    // the COUNTY term frequencies are part of the model table
    assertTrue(result.audit().get("model").where("comparison = 'COUNTY_SHARE'").count() >= 1);
    assertEquals(64, result.modelHash().length());
  }

  @Test
  void blockSizeCapSkipsOversizedKeysAndCountsThem() {
    Blocking.Output b = Blocking.run(result.audit().get("profiles"), 3);
    Row r = b.stats().where("rule = '" + Blocking.B4_NAME_BIRTH_YEAR + "'").first();
    // The three HOLLOWAY,DEREK|1970 profiles fit under 3; the cap of 2 would skip them.
    assertEquals(0L, r.getLong(4));
    Blocking.Output capped = Blocking.run(result.audit().get("profiles"), 2);
    Row c = capped.stats().where("rule = '" + Blocking.B4_NAME_BIRTH_YEAR + "'").first();
    assertTrue(c.getLong(4) >= 1, c.toString());
    assertEquals(16, c.<String>getList(5).get(0).length());
  }

  @Test
  void auditTablesMatchTheirAvroContracts() {
    assertEquals(IdentityColumns.AUDIT_TABLES, List.copyOf(result.audit().keySet()));
    for (Map.Entry<String, Dataset<Row>> e : result.audit().entrySet()) {
      org.apache.spark.sql.types.StructType contract = org.recordrelief.schema.Schemas.sparkType(
          org.recordrelief.schema.Schemas.IDENTITY_PREFIX + e.getKey());
      org.apache.spark.sql.types.StructType actual = e.getValue().schema();
      for (org.apache.spark.sql.types.StructField f : contract.fields()) {
        assertTrue(java.util.Arrays.asList(actual.fieldNames()).contains(f.name()),
            e.getKey() + " lacks " + f.name());
        assertEquals(strip(f.dataType()), strip(actual.apply(f.name()).dataType()),
            e.getKey() + "." + f.name());
      }
    }
  }

  /** The type without nullability flags. */
  private static String strip(org.apache.spark.sql.types.DataType t) {
    return t.simpleString();
  }

  @Test
  void personIdsDoNotDependOnInputOrderOrPartitioning(SparkSession spark) {
    List<Row> shuffled = new ArrayList<>(rows.rows());
    Collections.reverse(shuffled);
    Dataset<Row> again = spark.createDataFrame(shuffled, rows.dataset(spark).schema())
        .repartition(3);
    Map<String, String> other = persons(IdentityResolution.resolve(spark, again, S));
    assertEquals(person, other);
  }

  @Test
  void subjectIdModeKeepsOnePersonPerSubject(SparkSession spark) {
    IdentityResult r = IdentityResolution.resolve(spark, rows.dataset(spark),
        S.withMode(IdentitySettings.Mode.SUBJECT_ID));
    Map<String, String> p = persons(r);
    assertEquals("N2", p.get("N2"));
    assertTrue(r.audit().isEmpty());
    assertEquals(IdentityColumns.SUBJECT_ID_ONLY, r.records()
        .select(IdentityColumns.IDENTITY_STATUS).first().getString(0));
  }

  // ---------------------------------------------------------------- components

  private static Map<String, String> components(SparkSession spark, int cap, String... pairs) {
    List<String[]> e = new ArrayList<>();
    for (String p : pairs) {
      e.add(p.split("-"));
    }
    Map<String, String> m = new TreeMap<>();
    for (Row r : Components.run(spark, Components.edges(spark, e), cap).collectAsList()) {
      m.put(r.getString(0), r.getString(1));
    }
    return m;
  }

  @Test
  void componentsOfAChainAStarAndTwoComponents(SparkSession spark) {
    Map<String, String> m = components(spark, 30, "e-d", "d-c", "c-b", "b-a", // chain
        "s-x1", "s-x2", "s-x3", "x0-s", // star
        "p-q");
    for (String n : List.of("a", "b", "c", "d", "e")) {
      assertEquals("a", m.get(n));
    }
    for (String n : List.of("s", "x1", "x2", "x3", "x0")) {
      assertEquals("s", m.get(n));
    }
    assertEquals("p", m.get("q"));
    assertEquals(12, m.size());
  }

  @Test
  void componentsFailLoudlyAtTheIterationCap(SparkSession spark) {
    Components.DidNotConverge e = assertThrows(Components.DidNotConverge.class,
        () -> components(spark, 2, "a-b", "b-c", "c-d", "d-e", "e-f"));
    assertTrue(e.getMessage().contains("maxIterations"), e.getMessage());
  }
}
