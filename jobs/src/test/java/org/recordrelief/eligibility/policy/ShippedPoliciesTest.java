package org.recordrelief.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recordrelief.eligibility.policy.PolicyDetermination.CITY_ATTORNEY_REVIEW;
import static org.recordrelief.eligibility.policy.PolicyDetermination.DISMISSAL;
import static org.recordrelief.eligibility.policy.PolicyDetermination.HAND_REVIEW;
import static org.recordrelief.eligibility.policy.PolicyDetermination.MAYBE_FLAG_FOR_REVIEW;
import static org.recordrelief.eligibility.policy.PolicyDetermination.NONE;
import static org.recordrelief.eligibility.policy.PolicyDetermination.NOT_ELIGIBLE;
import static org.recordrelief.eligibility.policy.PolicyDetermination.REDUCTION;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordrelief.doj.Tri;
import org.recordrelief.testing.RepoPaths;

/** The shipped tree: every file loads cleanly, and each policy decides as its flow says. */
class ShippedPoliciesTest {

  /** Every shipped policy with its semantics (prop64-rules.md §9.5, §9.8). */
  static final Map<String, Semantics> EXPECTED =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("statewide", Semantics.PROJECT),
              Map.entry("los-angeles", Semantics.PROJECT),
              Map.entry("sacramento", Semantics.PROJECT),
              Map.entry("san-joaquin", Semantics.PROJECT),
              Map.entry("contra-costa", Semantics.PROJECT),
              Map.entry("cfa-configurable-2020", Semantics.GOGEN_2020),
              Map.entry("cfa-configurable-2019-07", Semantics.GOGEN_PILOTS_2019_07),
              Map.entry("cfa-los-angeles-2019-10", Semantics.GOGEN_PILOTS_LA_2019_10),
              Map.entry("cfa-los-angeles-2019-10-two-priors-end", Semantics.GOGEN_PILOTS_LA_2019_10),
              Map.entry("cfa-los-angeles-2019-10-all-11357s", Semantics.GOGEN_PILOTS_LA_2019_10),
              Map.entry("cfa-los-angeles-2019-10-no-date-dq", Semantics.GOGEN_PILOTS_LA_2019_10),
              Map.entry("cfa-los-angeles-2019-10-no-superstrikes", Semantics.GOGEN_PILOTS_LA_2019_10),
              Map.entry("cfa-los-angeles-2019-10-no-290s", Semantics.GOGEN_PILOTS_LA_2019_10),
              Map.entry("cfa-los-angeles-2019-10-no-superstrikes-or-290s", Semantics.GOGEN_PILOTS_LA_2019_10),
              Map.entry("cfa-los-angeles-2019-10-no-two-priors", Semantics.GOGEN_PILOTS_LA_2019_10),
              Map.entry("cfa-los-angeles-2019-07", Semantics.GOGEN_PILOTS_2019_07),
              Map.entry("cfa-sacramento-2019-07", Semantics.GOGEN_PILOTS_2019_07),
              Map.entry("cfa-sacramento-2019-02", Semantics.GOGEN_PILOTS_2019_07),
              Map.entry("cfa-san-joaquin-2019-03", Semantics.GOGEN_PILOTS_2019_07),
              Map.entry("cfa-contra-costa-2019-04", Semantics.GOGEN_PILOTS_2019_07),
              Map.entry("cfa-dismiss-all-prop64", Semantics.GOGEN_2020),
              Map.entry("cfa-dismiss-all-prop64-and-related", Semantics.GOGEN_2020)));

  @Test
  void everyShippedFileLoadsWithoutWarnings() {
    Map<String, Semantics> found = new TreeMap<>();
    for (Path f : PolicyLoader.policyFiles(RepoPaths.root().resolve("conf/policy"))) {
      Policy p = PolicyLoader.load(f);
      assertEquals(java.util.List.of(), p.warnings(), f.toString());
      found.put(p.id(), p.semantics());
    }
    assertEquals(EXPECTED, found);
  }

  private static PolicyResult decide(String policy, FakePolicyView v) {
    return PolicyEvaluator.evaluate(PolicyLoader.loadShipped(policy), v);
  }

  private static void assertDecides(
      String policy, FakePolicyView v, String ruleId, PolicyDetermination d, String reason) {
    assertEquals(new PolicyResult(policy, ruleId, d, reason), decide(policy, v));
  }

  private static FakePolicyView felony() {
    return FakePolicyView.of().f("notFelony").otherwise(Tri.FALSE);
  }

  // --- statewide baseline -------------------------------------------------------------------

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DISMISS_AND_SEAL      | statutory-dismissal    | DISMISSAL    | SAME",
        "REDUCE_TO_MISDEMEANOR | statutory-reduction    | REDUCTION    | SAME",
        "REDUCE_TO_INFRACTION  | statutory-reduction    | REDUCTION    | SAME",
        "NOT_ELIGIBLE          | statutory-not-eligible | NOT_ELIGIBLE | SAME",
        "NEEDS_REVIEW          | statutory-review       | HAND_REVIEW  | REVIEW",
        "SOMETHING_NEW         | fallback               | HAND_REVIEW  | NOT_COMPARABLE",
      })
  void statewideMapsTheStatutoryOutcome(
      String statutory, String ruleId, PolicyDetermination d, PolicyComparison cmp) {
    PolicyResult r = decide("statewide", FakePolicyView.of().statutory(statutory));
    assertEquals(ruleId, r.ruleId());
    assertEquals(d, r.determination());
    assertEquals(cmp, PolicyEvaluator.policyVsBaseline(r, statutory));
  }

  @Test
  void statewideWithoutStatutoryOutcomeNeedsReview() {
    assertDecides(
        "statewide", FakePolicyView.of(), "statutory-dismissal", HAND_REVIEW,
        "Insufficient data: statutoryOutcomeIn(DISMISS_AND_SEAL)");
  }

  // --- county overlays, project semantics ---------------------------------------------------

  @Test
  void losAngelesRefersMisdemeanorsBeforeTheStatutoryFloor() {
    FakePolicyView v = FakePolicyView.of().county("LOS ANGELES").statutory("DISMISS_AND_SEAL").t("notFelony");
    PolicyResult r = decide("los-angeles", v);
    assertEquals(CITY_ATTORNEY_REVIEW, r.determination());
    assertEquals(PolicyComparison.NOT_COMPARABLE, PolicyEvaluator.policyVsBaseline(r, "DISMISS_AND_SEAL"));
  }

  @Test
  void losAngelesDismissesFelonyPossessionTheStatuteOnlyReduces() {
    FakePolicyView v = felony().statutory("REDUCE_TO_INFRACTION").section("11357", "11357(B) HS").t("sectionIn([11357(A), 11357(B)])");
    PolicyResult r = decide("los-angeles", v);
    assertEquals(new PolicyResult("los-angeles", "possession-a-b", DISMISSAL, "11357(a) or 11357(b)"), r);
    assertEquals(PolicyComparison.MORE_RELIEF, PolicyEvaluator.policyVsBaseline(r, "REDUCE_TO_INFRACTION"));
  }

  @Test
  void losAngelesKeepsStatutoryDisqualificationAndReduction() {
    assertDecides("los-angeles", felony().statutory("NOT_ELIGIBLE"), "statutory-not-eligible", NOT_ELIGIBLE, "Statute: not eligible");
    assertDecides(
        "los-angeles", felony().statutory("REDUCE_TO_MISDEMEANOR").t("allSentencesCompleted"), "statutory-reduction",
        REDUCTION, "Statute: reduce (HS 11361.8)");
    assertDecides(
        "los-angeles", felony().statutory("REDUCE_TO_MISDEMEANOR").t("convictedBeforeAge(21)"), "under-21", DISMISSAL,
        "21 years or younger");
    assertDecides(
        "los-angeles", felony().statutory("REDUCE_TO_MISDEMEANOR"), "currently-serving", HAND_REVIEW,
        "Currently serving sentence");
    assertDecides(
        "los-angeles", felony().statutory("REDUCE_TO_MISDEMEANOR").u("ageAtEvaluationAtLeast(50)"), "age-threshold",
        HAND_REVIEW, "Insufficient data: ageAtEvaluationAtLeast(50)");
  }

  @Test
  void sacramentoDismissesMisdemeanorsTheStatuteLeaves() {
    FakePolicyView v = FakePolicyView.of().county("SACRAMENTO").statutory("NOT_ELIGIBLE").t("notFelony").otherwise(Tri.FALSE);
    PolicyResult r = decide("sacramento", v);
    assertEquals(new PolicyResult("sacramento", "misdemeanor", DISMISSAL, "Misdemeanor or Infraction"), r);
    assertEquals(PolicyComparison.MORE_RELIEF, PolicyEvaluator.policyVsBaseline(r, "NOT_ELIGIBLE"));
    assertDecides(
        "sacramento", FakePolicyView.of().statutory("NOT_ELIGIBLE").t("notFelony", "convictedOnOrAfter(2016-11-09)").otherwise(Tri.FALSE),
        "statutory-not-eligible", NOT_ELIGIBLE, "Statute: not eligible");
    assertDecides(
        "sacramento", felony().statutory("REDUCE_TO_MISDEMEANOR").t("thisSentenceCompleted"), "only-conviction-completed",
        DISMISSAL, "Only conviction, sentence completed");
    assertDecides(
        "sacramento", felony().statutory("REDUCE_TO_MISDEMEANOR").t("convictionCountGreaterThan(1)"), "statutory-reduction",
        REDUCTION, "Statute: reduce (HS 11361.8)");
  }

  @Test
  void sanJoaquinDismissesRelatedChargesInAProp64Cycle() {
    FakePolicyView v =
        FakePolicyView.of().county("SAN JOAQUIN").statutory("NOT_ELIGIBLE").section("148", "148 PC")
            .t("relatedCharge", "prop64InSameCycle").otherwise(Tri.FALSE);
    assertDecides("san-joaquin", v, "related-dismissal", DISMISSAL, "Related charge 148 in a cycle with a Prop 64 charge");
    assertDecides(
        "san-joaquin", FakePolicyView.of().statutory("NOT_ELIGIBLE").t("relatedCharge").otherwise(Tri.FALSE),
        "statutory-not-eligible", NOT_ELIGIBLE, "Statute: not eligible");
    assertDecides(
        "san-joaquin", felony().statutory("REDUCE_TO_MISDEMEANOR").t("convictionCountGreaterThan(1)"), "recent-convictions",
        MAYBE_FLAG_FOR_REVIEW, "Has convictions in past 5 years");
    assertDecides(
        "san-joaquin", felony().statutory("REDUCE_TO_MISDEMEANOR"), "only-conviction-serving",
        MAYBE_FLAG_FOR_REVIEW, "Sentence not Completed");
  }

  @Test
  void contraCostaIsSanJoaquinForAnotherCounty() {
    Policy cc = PolicyLoader.loadShipped("contra-costa");
    Policy sj = PolicyLoader.loadShipped("san-joaquin");
    assertEquals("CONTRA COSTA", cc.county());
    assertEquals(sj.rules(), cc.rules());
    assertEquals(sj.parameters(), cc.parameters());
    assertEquals(
        java.util.List.of(
            "conf/policy/counties/contra-costa.conf", "conf/policy/counties/san-joaquin.conf", "conf/policy/statewide.conf"),
        cc.sources());
    Policy ccPreset = PolicyLoader.loadShipped("cfa-contra-costa-2019-04");
    assertEquals(PolicyLoader.loadShipped("cfa-san-joaquin-2019-03").rules(), ccPreset.rules());
    assertEquals("CONTRA COSTA", ccPreset.county());
  }

  // --- presets, gogen reasons ---------------------------------------------------------------

  @Test
  void configurable2020() {
    String p = "cfa-configurable-2020";
    assertDecides(p, FakePolicyView.of().t("notFelony"), "C1", DISMISSAL, "Misdemeanor or Infraction");
    assertDecides(
        p, felony().section("11357", "11357(A) HS").t("sectionIn([11357, 11358])"), "C2", DISMISSAL,
        "Dismiss all HS 11357 convictions");
    assertDecides(p, felony().t("convictedBeforeAge(21)"), "C3", DISMISSAL, "21 years or younger");
    assertDecides(p, felony().t("ageAtEvaluationAtLeast(57)"), "C4", DISMISSAL, "57 years or older");
    assertDecides(p, felony().t("convictedAtLeastYearsAgo(10)"), "C5", DISMISSAL, "Conviction occurred 10 or more years ago");
    assertDecides(p, felony().t("onlyProp64Convictions"), "C7", DISMISSAL, "Only has 11357-60 charges");
    assertDecides(p, felony().t("deceased"), "C8", DISMISSAL, "Individual is deceased");
    assertDecides(
        p, felony().section("11359", "11359 HS").t("sectionIn([11359, 11360])"), "C9", REDUCTION,
        "Reduce all HS 11359 convictions");
    FakePolicyView none = felony();
    assertDecides(p, none, "fallback", NONE, "");
    assertFalse(none.asked().contains("noConvictionWithinYears(0)"), "C6 is off: " + none.asked());
  }

  @Test
  void configurable2019_07QuotesTheRawSection() {
    String p = "cfa-configurable-2019-07";
    assertDecides(
        p, felony().section("11357", "11357(C)HS").t("sectionIn([11357(A), 11357(C), 11357(D), 11358])"), "C2", DISMISSAL,
        "Dismiss all 11357(C)HS convictions");
    assertDecides(p, felony().section("11359", "11359HS"), "fallback", REDUCTION, "Reduce all 11359HS convictions");
  }

  @Test
  void losAngeles2019_10AndWhatIfs() {
    String p = "cfa-los-angeles-2019-10";
    assertDecides(p, FakePolicyView.of().t("notFelony"), "LA1", CITY_ATTORNEY_REVIEW, "Misdemeanor or Infraction");
    assertDecides(p, felony().t("convictedOnOrAfter(2016-11-09)"), "LA2", NOT_ELIGIBLE, "Occurred after 11/09/2016");
    assertDecides(p, felony().t("sectionIn([11357])", "rawSectionStartsWith(11357(B))"), "LA3", DISMISSAL, "11357(a) or 11357(b)");
    assertDecides(p, felony().t("sectionIn([11357])", "earlierSuperstrike"), "LA4", HAND_REVIEW, "Other 11357");
    assertDecides(p, felony().t("earlierSuperstrike"), "LA5", NOT_ELIGIBLE, "PC 667(e)(2)(c)(iv)");
    assertDecides(p, felony().t("earlierPc290"), "LA6", NOT_ELIGIBLE, "PC 290");
    assertDecides(p, felony().t("twoPriorsSameSection", "ageAtEvaluationAtLeast(50)"), "LA7", NOT_ELIGIBLE, "Two priors");
    assertDecides(p, felony().t("ageAtEvaluationAtLeast(50)"), "LA8", DISMISSAL, "50 years or older");
    assertDecides(p, felony().t("ageAtEvaluationAtMost(21)"), "LA9", DISMISSAL, "21 years or younger");
    assertDecides(
        p, felony().t("onlyProp64Convictions", "allSentencesCompleted"), "LA10", DISMISSAL,
        "Only has 11357-60 charges and completed sentence");
    assertDecides(
        p, felony().t("allSentencesCompleted", "noConvictionWithinYears(10)"), "LA11", DISMISSAL, "No convictions in past 10 years");
    assertDecides(p, felony(), "LA12", HAND_REVIEW, "Currently serving sentence");
    assertDecides(p, felony().t("allSentencesCompleted", "deceased"), "LA13", DISMISSAL, "Deceased");
    assertDecides(p, felony().t("allSentencesCompleted"), "fallback", HAND_REVIEW, "No applicable eligibility criteria");

    String v = p + "-two-priors-end";
    assertDecides(v, felony().t("twoPriorsSameSection", "ageAtEvaluationAtLeast(50)"), "LA8", DISMISSAL, "50 years or older");
    assertDecides(v, felony().t("twoPriorsSameSection", "allSentencesCompleted"), "LA7-END", NOT_ELIGIBLE, "Two priors");
    assertDecides(p + "-all-11357s", felony().t("sectionIn([11357])"), "LA3", DISMISSAL, "11357");
    assertDecides(
        p + "-no-date-dq", felony().t("convictedOnOrAfter(2016-11-09)", "ageAtEvaluationAtLeast(50)"), "LA8", DISMISSAL,
        "50 years or older");
    assertDecides(
        p + "-no-superstrikes", felony().t("earlierSuperstrike", "earlierPc290"), "LA6", NOT_ELIGIBLE, "PC 290");
    assertDecides(
        p + "-no-290s", felony().t("earlierPc290", "twoPriorsSameSection"), "LA7", NOT_ELIGIBLE, "Two priors");
    assertDecides(
        p + "-no-superstrikes-or-290s", felony().t("earlierSuperstrike", "earlierPc290", "twoPriorsSameSection"), "LA7",
        NOT_ELIGIBLE, "Two priors");
    assertDecides(
        p + "-no-two-priors", felony().t("twoPriorsSameSection", "ageAtEvaluationAtLeast(50)"), "LA8", DISMISSAL,
        "50 years or older");
  }

  @Test
  void losAngeles2019_07() {
    String p = "cfa-los-angeles-2019-07";
    FakePolicyView misdemeanor = FakePolicyView.of().otherwise(Tri.FALSE).t("allSentencesCompleted");
    assertDecides(p, misdemeanor, "fallback", HAND_REVIEW, "????");
    assertFalse(misdemeanor.asked().contains("notFelony"), "no misdemeanor rule in July 2019");
    assertDecides(p, felony().t("sectionIn([11357])"), "LA4", MAYBE_FLAG_FOR_REVIEW, "Other 11357");
    assertDecides(p, felony().t("ageAtEvaluationAtLeast(50)"), "LA8", DISMISSAL, "50 years or older");
    assertDecides(
        p, felony().t("allSentencesCompleted", "noConvictionWithinYears(10)"), "LA11", DISMISSAL, "No convictions in past 10 years");
  }

  @Test
  void sacramentoPresets() {
    String p = "cfa-sacramento-2019-07";
    assertDecides(p, felony().t("convictedOnOrAfter(2016-11-09)", "notFelony"), "S1", NOT_ELIGIBLE, "Occurred after 11/09/2016");
    assertDecides(p, felony().t("rawSectionStartsWith(11357(b))"), "S3", DISMISSAL, "HS 11357(b)");
    assertDecides(
        p, felony().t("convictionCountGreaterThan(1)", "noConvictionWithinYears(10)"), "S4", DISMISSAL,
        "No convictions in past 10 years");
    assertDecides(p, felony().t("convictionCountGreaterThan(1)"), "S5", REDUCTION, "Has convictions in past 10 years");
    assertDecides(p, felony().t("thisSentenceCompleted"), "S6", DISMISSAL, "Sentence Completed");
    assertDecides(p, felony(), "fallback", REDUCTION, "Sentence not Completed");

    String q = "cfa-sacramento-2019-02";
    assertDecides(
        q, felony().t("convictedAtLeastYearsAgo(10)", "isMostRecentConviction", "convictionCountGreaterThan(1)"), "F4",
        DISMISSAL, "Final Conviction older than 10 years");
    assertDecides(q, felony().t("convictedAtLeastYearsAgo(10)"), "F5", REDUCTION, "Later Convictions");
    assertDecides(q, felony().t("thisSentenceCompleted"), "fallback", REDUCTION, "Occurred in last 10 years");
  }

  @Test
  void sanJoaquinPreset() {
    String p = "cfa-san-joaquin-2019-03";
    FakePolicyView related = FakePolicyView.of().otherwise(Tri.FALSE).section("148", "148 PC").t("relatedCharge", "prop64InSameCycle");
    assertDecides(p, related, "SJ3", DISMISSAL, "148 PC");
    assertDecides(
        p, FakePolicyView.of().otherwise(Tri.FALSE).t("relatedCharge", "prop64InSameCycle", "rawSectionEquals(4060 BP)"), "SJ2",
        MAYBE_FLAG_FOR_REVIEW, "4060 BP");
    assertDecides(p, FakePolicyView.of().otherwise(Tri.FALSE).t("relatedCharge"), "SJ4", MAYBE_FLAG_FOR_REVIEW, "No Related Prop64 Charges");
    assertDecides(p, felony().t("rawSectionStartsWith(11357)"), "SJ6", DISMISSAL, "11357 HS");
    assertDecides(p, felony().t("convictionCountGreaterThan(1)"), "SJ8", MAYBE_FLAG_FOR_REVIEW, "Has convictions in past 5 years");
    assertDecides(p, felony(), "fallback", MAYBE_FLAG_FOR_REVIEW, "Sentence not Completed");
  }

  @Test
  void dismissAllPresets() {
    assertDecides("cfa-dismiss-all-prop64", FakePolicyView.of(), "D1", DISMISSAL, "Dismiss all Prop 64 charges");
    assertDecides(
        "cfa-dismiss-all-prop64-and-related", FakePolicyView.of(), "D1", DISMISSAL, "Dismiss all Prop 64 and related charges");
    assertTrue(PolicyLoader.loadShipped("cfa-dismiss-all-prop64").isStatewide());
    assertEquals(Scope.PROP64_AND_RELATED, PolicyLoader.loadShipped("cfa-dismiss-all-prop64-and-related").scope());
  }

  @Test
  void policiesAreSerializable() throws Exception {
    Policy p = PolicyLoader.loadShipped("los-angeles");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(p, in.readObject());
    }
  }
}
