package org.recordrelief.gogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.eligibility.policy.PolicyDetermination;
import org.recordrelief.eligibility.policy.PolicyResult;
import org.recordrelief.eligibility.policy.PolicyView;
import org.recordrelief.gogen.GogenFixtures.FixtureSet;

/**
 * Checks the gogen-semantics predicates of {@link GogenPolicyView} against gogen's own decisions:
 * the Code for America flows of {@code prop64-rules.md} §9.5 are written here, TEST-ONLY, as
 * ordered rule lists over the §9.3 predicates (the real presets are HOCON files evaluated by the
 * policy engine), and every evaluated conviction of every fixture set must get exactly the
 * determination and reason gogen wrote. This pins the profile semantics the presets rely on,
 * including D-02 (Los Angeles "21 years or younger" = age now) and D-05 (zero-dated gang pair).
 */
class GogenPolicyViewFlowsTest {
  private static final LocalDate AUMA = LocalDate.of(2016, 11, 9);

  record Rule(String id, Predicate<PolicyView> when, PolicyDetermination determination, Function<PolicyView, String> reason) {}

  record Flow(String id, List<Rule> rules, PolicyDetermination fallback, String fallbackReason) {
    PolicyResult decide(PolicyView v) {
      for (Rule r : rules) {
        if (r.when().test(v)) {
          return new PolicyResult(id, r.id(), r.determination(), r.reason().apply(v));
        }
      }
      return new PolicyResult(id, "fallback", fallback, fallbackReason);
    }
  }

  private static Rule rule(String id, Predicate<PolicyView> when, PolicyDetermination d, String reason) {
    return new Rule(id, when, d, v -> reason);
  }

  private static final PolicyDetermination DISMISS = PolicyDetermination.DISMISSAL;
  private static final PolicyDetermination REDUCE = PolicyDetermination.REDUCTION;
  private static final PolicyDetermination NOT = PolicyDetermination.NOT_ELIGIBLE;
  private static final PolicyDetermination MAYBE = PolicyDetermination.MAYBE_FLAG_FOR_REVIEW;
  private static final PolicyDetermination HAND = PolicyDetermination.HAND_REVIEW;

  /** §9.5.1 with the fixture options (dismiss 11357, 11358; reduce 11359, 11360; 21; 57; 10; only P64; deceased). */
  static final Flow CONFIGURABLE_2020 =
      new Flow(
          "cfa-configurable-2020",
          List.of(
              rule("C1", v -> v.notFelony().isTrue(), DISMISS, "Misdemeanor or Infraction"),
              new Rule("C2", v -> v.sectionIn(List.of("11357", "11358")).isTrue(), DISMISS,
                  v -> "Dismiss all HS " + v.sectionKey() + " convictions"),
              rule("C3", v -> v.convictedBeforeAge(21).isTrue(), DISMISS, "21 years or younger"),
              rule("C4", v -> v.ageAtEvaluationAtLeast(57).isTrue(), DISMISS, "57 years or older"),
              rule("C5", v -> v.convictedAtLeastYearsAgo(10).isTrue(), DISMISS,
                  "Conviction occurred 10 or more years ago"),
              rule("C7", v -> v.onlyProp64Convictions().isTrue(), DISMISS, "Only has 11357-60 charges"),
              rule("C8", v -> v.deceased().isTrue(), DISMISS, "Individual is deceased"),
              new Rule("C9", v -> v.sectionIn(List.of("11359", "11360")).isTrue(), REDUCE,
                  v -> "Reduce all HS " + v.sectionKey() + " convictions")),
          PolicyDetermination.NONE,
          "");

  /** §9.5.2 with the pre-removal options (dismiss 11357(A), 11357(C), 11357(D), 11358; 21; 57; 10). */
  static final Flow CONFIGURABLE_2019_07 =
      new Flow(
          "cfa-configurable-2019-07",
          List.of(
              rule("C1", v -> v.notFelony().isTrue(), DISMISS, "Misdemeanor or Infraction"),
              new Rule("C2", v -> v.sectionIn(List.of("11357(A)", "11357(C)", "11357(D)", "11358")).isTrue(),
                  DISMISS, v -> "Dismiss all " + v.rawSection() + " convictions"),
              rule("C3", v -> v.convictedBeforeAge(21).isTrue(), DISMISS, "21 years or younger"),
              rule("C4", v -> v.ageAtEvaluationAtLeast(57).isTrue(), DISMISS, "57 years or older"),
              rule("C5", v -> v.convictedAtLeastYearsAgo(10).isTrue(), DISMISS,
                  "Conviction occurred 10 or more years ago"),
              new Rule("C9", v -> true, REDUCE, v -> "Reduce all " + v.rawSection() + " convictions")),
          PolicyDetermination.NONE,
          "");

  private static boolean la11357ab(PolicyView v) {
    return v.sectionIn(List.of("11357")).isTrue()
        && (v.rawSectionStartsWith("11357(A)").isTrue() || v.rawSectionStartsWith("11357(B)").isTrue());
  }

  /** §9.5.3, defaults 50 and 10; "21 years or younger" as the LA profile answers it (D-02). */
  static final Flow LOS_ANGELES_2019_10 =
      new Flow(
          "cfa-los-angeles-2019-10",
          List.of(
              rule("L1", v -> v.notFelony().isTrue(), PolicyDetermination.CITY_ATTORNEY_REVIEW,
                  "Misdemeanor or Infraction"),
              rule("L2", v -> v.convictedOnOrAfter(AUMA).isTrue(), NOT, "Occurred after 11/09/2016"),
              rule("L3", GogenPolicyViewFlowsTest::la11357ab, DISMISS, "11357(a) or 11357(b)"),
              rule("L4", v -> v.sectionIn(List.of("11357")).isTrue(), HAND, "Other 11357"),
              rule("L5", v -> v.earlierSuperstrike().isTrue(), NOT, "PC 667(e)(2)(c)(iv)"),
              rule("L6", v -> v.earlierPc290().isTrue(), NOT, "PC 290"),
              rule("L7", v -> v.twoPriorsSameSection().isTrue(), NOT, "Two priors"),
              rule("L8", v -> v.ageAtEvaluationAtLeast(50).isTrue(), DISMISS, "50 years or older"),
              rule("L9", v -> v.ageAtEvaluationAtMost(21).isTrue(), DISMISS, "21 years or younger"),
              rule("L10", v -> v.onlyProp64Convictions().isTrue() && v.allSentencesCompleted().isTrue(),
                  DISMISS, "Only has 11357-60 charges and completed sentence"),
              rule("L11", v -> v.noConvictionWithinYears(10).isTrue(), DISMISS, "No convictions in past 10 years"),
              rule("L12", v -> v.allSentencesCompleted().isFalse(), HAND, "Currently serving sentence"),
              rule("L13", v -> v.deceased().isTrue(), DISMISS, "Deceased")),
          HAND,
          "No applicable eligibility criteria");

  /** §9.5.4. */
  static final Flow LOS_ANGELES_2019_07 =
      new Flow(
          "cfa-los-angeles-2019-07",
          List.of(
              rule("L2", v -> v.convictedOnOrAfter(AUMA).isTrue(), NOT, "Occurred after 11/09/2016"),
              rule("L3", GogenPolicyViewFlowsTest::la11357ab, DISMISS, "11357(a) or 11357(b)"),
              rule("L4", v -> v.sectionIn(List.of("11357")).isTrue(), MAYBE, "Other 11357"),
              rule("L5", v -> v.earlierSuperstrike().isTrue(), NOT, "PC 667(e)(2)(c)(iv)"),
              rule("L7", v -> v.twoPriorsSameSection().isTrue(), NOT, "Two priors"),
              rule("L8", v -> v.ageAtEvaluationAtLeast(50).isTrue(), DISMISS, "50 years or older"),
              rule("L9", v -> v.ageAtEvaluationAtMost(21).isTrue(), DISMISS, "21 years or younger"),
              rule("L10", v -> v.onlyProp64Convictions().isTrue() && v.allSentencesCompleted().isTrue(),
                  DISMISS, "Only has 11357-60 charges and completed sentence"),
              rule("L11", v -> v.noConvictionWithinYears(10).isTrue(), DISMISS, "No convictions in past 10 years"),
              rule("L12", v -> v.allSentencesCompleted().isFalse(), HAND, "Currently serving sentence"),
              rule("L13", v -> v.deceased().isTrue(), DISMISS, "Deceased")),
          HAND,
          "????");

  /** §9.5.5. */
  static final Flow SACRAMENTO =
      new Flow(
          "cfa-sacramento-2019-07",
          List.of(
              rule("S1", v -> v.convictedOnOrAfter(AUMA).isTrue(), NOT, "Occurred after 11/09/2016"),
              rule("S2", v -> v.notFelony().isTrue(), DISMISS, "Misdemeanor or Infraction"),
              rule("S3", v -> v.rawSectionStartsWith("11357(b)").isTrue(), DISMISS, "HS 11357(b)"),
              rule("S4", v -> v.convictionCountGreaterThan(1).isTrue() && v.noConvictionWithinYears(10).isTrue(),
                  DISMISS, "No convictions in past 10 years"),
              rule("S5", v -> v.convictionCountGreaterThan(1).isTrue(), REDUCE, "Has convictions in past 10 years"),
              rule("S6", v -> v.thisSentenceCompleted().isTrue(), DISMISS, "Sentence Completed")),
          REDUCE,
          "Sentence not Completed");

  /** §9.5.6 / §9.5.7 (PROP64_AND_RELATED). */
  static final Flow SAN_JOAQUIN =
      new Flow(
          "cfa-san-joaquin-2019-03",
          List.of(
              rule("J1", v -> v.convictedOnOrAfter(AUMA).isTrue(), NOT, "Occurred after 11/09/2016"),
              rule("J2", v -> v.relatedCharge().isTrue() && v.prop64InSameCycle().isTrue()
                  && v.rawSectionEquals("4060 BP").isTrue(), MAYBE, "4060 BP"),
              new Rule("J3", v -> v.relatedCharge().isTrue() && v.prop64InSameCycle().isTrue(), DISMISS,
                  PolicyView::rawSection),
              rule("J4", v -> v.relatedCharge().isTrue(), MAYBE, "No Related Prop64 Charges"),
              rule("J5", v -> v.notFelony().isTrue(), DISMISS, "Misdemeanor or Infraction"),
              rule("J6", v -> v.rawSectionStartsWith("11357").isTrue(), DISMISS, "11357 HS"),
              rule("J7", v -> v.convictionCountGreaterThan(1).isTrue() && v.noConvictionWithinYears(5).isTrue(),
                  DISMISS, "No convictions in past 5 years"),
              rule("J8", v -> v.convictionCountGreaterThan(1).isTrue(), MAYBE, "Has convictions in past 5 years"),
              rule("J9", v -> v.thisSentenceCompleted().isTrue(), DISMISS, "Sentence Completed")),
          MAYBE,
          "Sentence not Completed");

  static final Map<String, Flow> FLOW_BY_SET =
      Map.of(
          "gogen/configurable_flow", CONFIGURABLE_2020,
          "gogen/golden_san_joaquin[extra_comma.csv]", CONFIGURABLE_2020,
          "gogen/golden_san_joaquin[no_headers.csv]", CONFIGURABLE_2020,
          "gogen_pilots/los_angeles@a9d59d1", LOS_ANGELES_2019_10,
          "gogen_pilots/pre-removal@f04e1ff/sacramento", SACRAMENTO,
          "gogen_pilots/pre-removal@f04e1ff/san_joaquin", SAN_JOAQUIN,
          "gogen_pilots/pre-removal@f04e1ff/contra_costa", SAN_JOAQUIN,
          "gogen_pilots/pre-removal@f04e1ff/los_angeles", LOS_ANGELES_2019_07,
          "gogen_pilots/pre-removal@f04e1ff/configurable_flow", CONFIGURABLE_2019_07);

  static Stream<FixtureSet> sets() {
    return GogenFixtures.sets().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void flowsOverGogenPredicatesReproduceGogensDecisions(FixtureSet set) throws IOException {
    Flow flow = FLOW_BY_SET.get(set.name());
    List<List<String>> expected = GogenFixtures.readCsv(set.expected(set.full()));
    GogenExport export = GogenExport.forFile(GogenInput.read(set.inputPath()), set.settings(), flow::decide);
    List<String> wrong = new ArrayList<>();
    for (EvaluatedConviction e : export.evaluated()) {
      List<String> rec = expected.get(e.conviction().row().index() + 1);
      String want = rec.get(rec.size() - 2) + " / " + rec.get(rec.size() - 1);
      String got = e.determination().gogenString() + " / " + e.reason();
      if (!want.equals(got)) {
        wrong.add("data row " + (e.conviction().row().index() + 1) + " subject " + e.subject().id()
            + ": expected [" + want + "] got [" + got + "] by " + e.result().ruleId());
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertTrue(export.evaluated().size() > 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void summaryJsonFromTheFlowEqualsGogens(FixtureSet set) throws IOException {
    if (set.json() == null) {
      return;
    }
    Flow flow = FLOW_BY_SET.get(set.name());
    GogenExport export = GogenExport.forFile(GogenInput.read(set.inputPath()), set.settings(), flow::decide);
    assertEquals(GogenConformanceTest.read(set.expected(set.json())), export.summaryJson());
  }
}
