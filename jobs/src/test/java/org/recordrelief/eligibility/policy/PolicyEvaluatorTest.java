package org.recordrelief.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordrelief.doj.Tri;

/** Evaluation order, first match, switches, negation, fallback, unknown answers, scope, comparison. */
class PolicyEvaluatorTest {

  @TempDir Path dir;

  private static final String RULES =
      """
      scope = PROP64
      parameters { on = true, off = false, zero = 0, age = 21, years = 10 }
      rules {
        # written out of order on purpose: evaluation follows 'order'
        LATE { order = 90, when = [always], determination = REDUCTION, reason = "late" }
        FIRST { order = 10, when = [deceased], determination = DISMISSAL, reason = "first" }
        SWITCHED-OFF { order = 20, enabledBy = off, when = [notFelony], determination = NOT_ELIGIBLE, reason = "off" }
        ZERO { order = 25, enabledBy = zero, when = [notFelony], determination = NOT_ELIGIBLE, reason = "zero" }
        DISABLED { order = 27, enabled = false, when = [notFelony], determination = NOT_ELIGIBLE, reason = "disabled" }
        BOTH { order = 30, enabledBy = on, when = [notFelony, "not convictedBeforeAge(age)"], determination = MAYBE_FLAG_FOR_REVIEW, reason = "both {n}" }
        YEARS { order = 40, when = ["noConvictionWithinYears(years)"], determination = DISMISSAL, reason = "No convictions in past {n} years: {section} / {rawSection}" }
      }
      fallback { determination = NONE, reason = "" }
      """;

  private Policy policy(String semantics) {
    return TestPolicies.load(dir, "p", "semantics = " + semantics + "\n" + RULES);
  }

  private Policy project() {
    return policy("PROJECT");
  }

  @Test
  void firstMatchingRuleInAscendingOrderDecides() {
    FakePolicyView v = FakePolicyView.of().t("deceased");
    assertEquals(new PolicyResult("p", "FIRST", PolicyDetermination.DISMISSAL, "first"), PolicyEvaluator.evaluate(project(), v));
    assertEquals(List.of("deceased"), v.asked(), "nothing after the deciding rule is asked");
  }

  @Test
  void switchedOffZeroAndDisabledRulesAreNeverAsked() {
    // notFelony is only asked by BOTH; SWITCHED-OFF, ZERO and DISABLED would ask it first.
    FakePolicyView v = FakePolicyView.of().f("deceased", "notFelony", "noConvictionWithinYears(10)");
    PolicyResult r = PolicyEvaluator.evaluate(project(), v);
    assertEquals("LATE", r.ruleId());
    assertEquals(List.of("deceased", "notFelony", "noConvictionWithinYears(10)"), v.asked());
  }

  @Test
  void allClausesMustHoldAndNegationInverts() {
    FakePolicyView v = FakePolicyView.of().f("deceased").t("notFelony").f("convictedBeforeAge(21)");
    PolicyResult r = PolicyEvaluator.evaluate(project(), v);
    assertEquals(new PolicyResult("p", "BOTH", PolicyDetermination.MAYBE_FLAG_FOR_REVIEW, "both 21"), r);

    FakePolicyView w =
        FakePolicyView.of().f("deceased").t("notFelony", "convictedBeforeAge(21)", "noConvictionWithinYears(10)");
    assertEquals("YEARS", PolicyEvaluator.evaluate(project(), w).ruleId());
  }

  @Test
  void firstFalseClauseEndsTheRule() {
    FakePolicyView v = FakePolicyView.of().f("deceased", "notFelony").t("noConvictionWithinYears(10)");
    PolicyEvaluator.evaluate(project(), v);
    assertTrue(!v.asked().contains("convictedBeforeAge(21)"), "second clause of BOTH not asked: " + v.asked());
  }

  @Test
  void reasonPlaceholdersAreFilled() {
    FakePolicyView v =
        FakePolicyView.of().section("11359", "11359 HS").f("deceased", "notFelony").t("noConvictionWithinYears(10)");
    assertEquals(
        "No convictions in past 10 years: 11359 / 11359 HS", PolicyEvaluator.evaluate(project(), v).reason());
  }

  @Test
  void fallbackDecidesWhenNoRuleHolds(@TempDir Path d) {
    Policy p =
        TestPolicies.load(
            d,
            "fb",
            """
            scope = PROP64
            rules { R1 { order = 1, when = [deceased], determination = DISMISSAL, reason = "x" } }
            fallback { determination = REDUCTION, reason = "Reduce all {rawSection} convictions" }
            """);
    PolicyResult r = PolicyEvaluator.evaluate(p, FakePolicyView.of().section("11359", "11359HS").f("deceased"));
    assertEquals(new PolicyResult("fb", "fallback", PolicyDetermination.REDUCTION, "Reduce all 11359HS convictions"), r);
  }

  @Test
  void projectUnknownStopsWithHandReview() {
    FakePolicyView v = FakePolicyView.of().u("deceased");
    assertEquals(
        new PolicyResult("p", "FIRST", PolicyDetermination.HAND_REVIEW, "Insufficient data: deceased"),
        PolicyEvaluator.evaluate(project(), v));

    FakePolicyView w = FakePolicyView.of().f("deceased").t("notFelony").u("convictedBeforeAge(21)");
    assertEquals(
        new PolicyResult("p", "BOTH", PolicyDetermination.HAND_REVIEW, "Insufficient data: convictedBeforeAge(21)"),
        PolicyEvaluator.evaluate(project(), w),
        "a negated unknown is still unknown; the predicate is named without 'not'");
  }

  @Test
  void projectUnknownDoesNotMatterWhenAnotherClauseOfTheRuleIsFalse() {
    FakePolicyView v =
        FakePolicyView.of().f("deceased").u("notFelony").t("convictedBeforeAge(21)").f("noConvictionWithinYears(10)");
    assertEquals("LATE", PolicyEvaluator.evaluate(project(), v).ruleId());
  }

  @Test
  void aNullAnswerCountsAsUnknown() {
    FakePolicyView v = FakePolicyView.of().set("deceased", null);
    assertEquals(PolicyDetermination.HAND_REVIEW, PolicyEvaluator.evaluate(project(), v).determination());
  }

  @Test
  void gogenProfileTreatsUnknownAsFalse() {
    Policy g = policy("GOGEN_2020");
    assertEquals(
        "LATE",
        PolicyEvaluator.evaluate(g, FakePolicyView.of().u("deceased", "notFelony", "noConvictionWithinYears(10)")).ruleId());
    // unknown counts as false before negation: "not convictedBeforeAge(21)" holds
    FakePolicyView v = FakePolicyView.of().f("deceased").t("notFelony").u("convictedBeforeAge(21)");
    assertEquals("BOTH", PolicyEvaluator.evaluate(g, v).ruleId());
  }

  // --- scope --------------------------------------------------------------------------------

  private Policy scoped(String county, String scope, String semantics) {
    return TestPolicies.load(
        dir,
        "s",
        (county == null ? "" : "county = \"" + county + "\"\n")
            + "scope = " + scope + "\nsemantics = " + semantics + "\n"
            + "rules { R1 { order = 1, when = [always], determination = DISMISSAL, reason = \"all\" } }\n"
            + "fallback { determination = NONE, reason = \"\" }\n");
  }

  @Test
  void appliesOnlyInItsCountyAndScope() {
    Policy p = scoped("SAN JOAQUIN", "PROP64", "PROJECT");
    assertEquals(Tri.FALSE, PolicyEvaluator.appliesTo(p, FakePolicyView.of().county("SACRAMENTO")));
    assertEquals(Tri.TRUE, PolicyEvaluator.appliesTo(p, FakePolicyView.of().county("SAN JOAQUIN").t("isProp64")));
    assertEquals(Tri.TRUE, PolicyEvaluator.appliesTo(p, FakePolicyView.of().county(" san joaquin ").t("isProp64")));
    assertEquals(Tri.FALSE, PolicyEvaluator.appliesTo(p, FakePolicyView.of().county("SAN JOAQUIN").f("isProp64")));
    assertEquals(Tri.FALSE, PolicyEvaluator.appliesTo(p, FakePolicyView.of().county(null)));

    Policy related = scoped("SAN JOAQUIN", "PROP64_AND_RELATED", "PROJECT");
    assertEquals(
        Tri.TRUE,
        PolicyEvaluator.appliesTo(related, FakePolicyView.of().county("SAN JOAQUIN").f("isProp64").t("relatedCharge")));
    assertEquals(
        Tri.FALSE,
        PolicyEvaluator.appliesTo(related, FakePolicyView.of().county("SAN JOAQUIN").f("isProp64", "relatedCharge")));

    Policy statewide = scoped(null, "PROP64", "PROJECT");
    assertEquals(Tri.TRUE, PolicyEvaluator.appliesTo(statewide, FakePolicyView.of().county("YUBA").t("isProp64")));
  }

  @Test
  void evaluateIfAppliesHandlesUnknownScopePerSemantics() {
    FakePolicyView v = FakePolicyView.of().county("SAN JOAQUIN").u("isProp64");
    assertEquals(
        Optional.of(new PolicyResult("s", "scope", PolicyDetermination.HAND_REVIEW, "Insufficient data: scope")),
        PolicyEvaluator.evaluateIfApplies(scoped("SAN JOAQUIN", "PROP64", "PROJECT"), v));
    assertEquals(
        Optional.empty(),
        PolicyEvaluator.evaluateIfApplies(scoped("SAN JOAQUIN", "PROP64", "GOGEN_PILOTS_2019_07"), v));
    assertEquals(
        Optional.empty(),
        PolicyEvaluator.evaluateIfApplies(scoped("SAN JOAQUIN", "PROP64", "PROJECT"), FakePolicyView.of().county("YOLO")));
    assertEquals(
        "R1",
        PolicyEvaluator.evaluateIfApplies(
                scoped("SAN JOAQUIN", "PROP64", "PROJECT"), FakePolicyView.of().county("SAN JOAQUIN").t("isProp64"))
            .orElseThrow()
            .ruleId());
  }

  // --- policyVsBaseline ---------------------------------------------------------------------

  @ParameterizedTest(name = "{0} vs {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DISMISSAL             | DISMISS_AND_SEAL      | SAME",
        "DISMISSAL             | REDUCE_TO_MISDEMEANOR | MORE_RELIEF",
        "DISMISSAL             | REDUCE_TO_INFRACTION  | MORE_RELIEF",
        "DISMISSAL             | NOT_ELIGIBLE          | MORE_RELIEF",
        "DISMISSAL             | NEEDS_REVIEW          | REVIEW",
        "REDUCTION             | DISMISS_AND_SEAL      | LESS_RELIEF",
        "REDUCTION             | REDUCE_TO_MISDEMEANOR | SAME",
        "REDUCTION             | REDUCE_TO_INFRACTION  | SAME",
        "REDUCTION             | NOT_ELIGIBLE          | MORE_RELIEF",
        "NOT_ELIGIBLE          | DISMISS_AND_SEAL      | LESS_RELIEF",
        "NOT_ELIGIBLE          | REDUCE_TO_INFRACTION  | LESS_RELIEF",
        "NOT_ELIGIBLE          | NOT_ELIGIBLE          | SAME",
        "NOT_ELIGIBLE          | NEEDS_REVIEW          | REVIEW",
        "HAND_REVIEW           | DISMISS_AND_SEAL      | REVIEW",
        "HAND_REVIEW           | NOT_ELIGIBLE          | REVIEW",
        "MAYBE_FLAG_FOR_REVIEW | REDUCE_TO_MISDEMEANOR | REVIEW",
        "CITY_ATTORNEY_REVIEW  | DISMISS_AND_SEAL      | NOT_COMPARABLE",
        "CITY_ATTORNEY_REVIEW  | NEEDS_REVIEW          | NOT_COMPARABLE",
        "NONE                  | DISMISS_AND_SEAL      | NOT_COMPARABLE",
        "NONE                  | NEEDS_REVIEW          | NOT_COMPARABLE",
        "DISMISSAL             |                       | NOT_COMPARABLE",
        "DISMISSAL             | SOMETHING_ELSE        | NOT_COMPARABLE",
        "REDUCTION             | reduce_to_misdemeanor | SAME",
      })
  void policyVsBaseline(PolicyDetermination d, String statutory, PolicyComparison expected) {
    assertEquals(expected, PolicyEvaluator.policyVsBaseline(new PolicyResult("p", "R", d, ""), statutory));
  }

  @Test
  void policyVsBaselineWithoutResult() {
    assertEquals(PolicyComparison.NOT_COMPARABLE, PolicyEvaluator.policyVsBaseline(null, "DISMISS_AND_SEAL"));
  }
}
