package org.recordrelief.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.doj.Tri;

/**
 * Every kind of the closed vocabulary: how it is written, which question it asks the view, that
 * it passes the view's answer through (TRUE, FALSE, UNKNOWN), and which arguments it rejects.
 */
class ConditionKindTest {

  static final Map<String, ParameterValue> PARAMS =
      Map.of(
          "dismissSections", new ParameterValue.ListValue(List.of("11357", "11358")),
          "age", new ParameterValue.IntValue(21),
          "flag", new ParameterValue.BoolValue(true),
          "aumaDate", new ParameterValue.TextValue("2016-11-09"),
          "oneSection", new ParameterValue.TextValue("11357"),
          "bigAge", new ParameterValue.IntValue(130));

  /** Written form → the question the view receives → canonical syntax. */
  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("notFelony", "notFelony", "notFelony"),
        Arguments.of("sectionIn([11357, 11358])", "sectionIn([11357, 11358])", "sectionIn([11357, 11358])"),
        Arguments.of("sectionIn(11357)", "sectionIn([11357])", "sectionIn(11357)"),
        Arguments.of("sectionIn(dismissSections)", "sectionIn([11357, 11358])", "sectionIn([11357, 11358])"),
        Arguments.of("sectionIn(oneSection)", "sectionIn([11357])", "sectionIn(11357)"),
        Arguments.of("sectionIn(11357(no-sub-section))", "sectionIn([11357(no-sub-section)])", "sectionIn(11357(no-sub-section))"),
        Arguments.of("rawSectionStartsWith(11357(A))", "rawSectionStartsWith(11357(A))", "rawSectionStartsWith(11357(A))"),
        Arguments.of("rawSectionStartsWith(11357(b))", "rawSectionStartsWith(11357(b))", "rawSectionStartsWith(11357(b))"),
        Arguments.of("rawSectionEquals(4060 BP)", "rawSectionEquals(4060 BP)", "rawSectionEquals(4060 BP)"),
        Arguments.of("convictedBeforeAge(21)", "convictedBeforeAge(21)", "convictedBeforeAge(21)"),
        Arguments.of("convictedBeforeAge(age)", "convictedBeforeAge(21)", "convictedBeforeAge(21)"),
        Arguments.of("ageAtEvaluationAtLeast(57)", "ageAtEvaluationAtLeast(57)", "ageAtEvaluationAtLeast(57)"),
        Arguments.of("ageAtEvaluationAtMost(21)", "ageAtEvaluationAtMost(21)", "ageAtEvaluationAtMost(21)"),
        Arguments.of("convictedAtLeastYearsAgo(10)", "convictedAtLeastYearsAgo(10)", "convictedAtLeastYearsAgo(10)"),
        Arguments.of("noConvictionWithinYears(5)", "noConvictionWithinYears(5)", "noConvictionWithinYears(5)"),
        Arguments.of("onlyProp64Convictions", "onlyProp64Convictions", "onlyProp64Convictions"),
        Arguments.of("allSentencesCompleted", "allSentencesCompleted", "allSentencesCompleted"),
        Arguments.of("thisSentenceCompleted", "thisSentenceCompleted", "thisSentenceCompleted"),
        Arguments.of("convictionCountGreaterThan(1)", "convictionCountGreaterThan(1)", "convictionCountGreaterThan(1)"),
        Arguments.of("isMostRecentConviction", "isMostRecentConviction", "isMostRecentConviction"),
        Arguments.of("deceased", "deceased", "deceased"),
        Arguments.of("convictedOnOrAfter(2016-11-09)", "convictedOnOrAfter(2016-11-09)", "convictedOnOrAfter(2016-11-09)"),
        Arguments.of("convictedOnOrAfter(aumaDate)", "convictedOnOrAfter(2016-11-09)", "convictedOnOrAfter(2016-11-09)"),
        Arguments.of("earlierSuperstrike", "earlierSuperstrike", "earlierSuperstrike"),
        Arguments.of("earlierPc290", "earlierPc290", "earlierPc290"),
        Arguments.of("twoPriorsSameSection", "twoPriorsSameSection", "twoPriorsSameSection"),
        Arguments.of("relatedCharge", "relatedCharge", "relatedCharge"),
        Arguments.of("prop64InSameCycle", "prop64InSameCycle", "prop64InSameCycle"),
        Arguments.of("statutoryFlag(COUNTY_POLICY_CANDIDATE)", "statutoryFlag(COUNTY_POLICY_CANDIDATE)", "statutoryFlag(COUNTY_POLICY_CANDIDATE)"),
        Arguments.of("isProp64", "isProp64", "isProp64"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void asksTheViewAndPassesTheAnswerThrough(String written, String question, String syntax) {
    Clause c = ClauseParser.parse(written, PARAMS);
    assertFalse(c.negated());
    assertEquals(syntax, c.condition().syntax());
    assertFalse(c.phrase().isBlank());
    for (Tri t : Tri.values()) {
      FakePolicyView v = FakePolicyView.of().set(question, t);
      assertEquals(t, c.condition().ask(v), written + " with answer " + t);
      assertEquals(List.of(question), v.asked());
    }
  }

  @ParameterizedTest(name = "not {0}")
  @MethodSource("kinds")
  void negatedFormReadsBack(String written, String question, String syntax) {
    Clause c = ClauseParser.parse("not " + written, PARAMS);
    assertTrue(c.negated());
    assertEquals("not " + syntax, c.syntax());
    assertFalse(c.phrase().equals(ClauseParser.parse(written, PARAMS).phrase()));
  }

  @Test
  void everyKindIsCoveredByTheTable() {
    Set<String> covered =
        kinds()
            .map(a -> ClauseParser.parse((String) a.get()[0], PARAMS).condition().kind())
            .collect(Collectors.toCollection(TreeSet::new));
    covered.add("always"); // below
    covered.add("statutoryOutcomeIn"); // below
    assertEquals(new TreeSet<>(ConditionKind.names()), covered);
    for (ConditionKind k : ConditionKind.values()) {
      assertEquals(k, ConditionKind.byName(k.kindName()).orElseThrow());
    }
  }

  @Test
  void alwaysAsksNothing() {
    Clause c = ClauseParser.parse("always", PARAMS);
    FakePolicyView v = FakePolicyView.of();
    assertEquals(Tri.TRUE, c.condition().ask(v));
    assertEquals(List.of(), v.asked());
  }

  @ParameterizedTest(name = "{0} with statutory {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "statutoryOutcomeIn(DISMISS_AND_SEAL)                             | DISMISS_AND_SEAL      | TRUE",
        "statutoryOutcomeIn(DISMISS_AND_SEAL)                             | NOT_ELIGIBLE          | FALSE",
        "statutoryOutcomeIn([REDUCE_TO_MISDEMEANOR, REDUCE_TO_INFRACTION]) | REDUCE_TO_INFRACTION  | TRUE",
        "statutoryOutcomeIn([REDUCE_TO_MISDEMEANOR, REDUCE_TO_INFRACTION]) | NEEDS_REVIEW          | FALSE",
        "statutoryOutcomeIn(NOT_ELIGIBLE)                                 | not_eligible          | TRUE",
        "statutoryOutcomeIn(NEEDS_REVIEW)                                 |                       | UNKNOWN",
      })
  void statutoryOutcomeInReadsTheBaseline(String written, String statutory, Tri expected) {
    Clause c = ClauseParser.parse(written, PARAMS);
    FakePolicyView v = FakePolicyView.of().statutory(statutory);
    assertEquals(expected, c.condition().ask(v));
    assertEquals(List.of(), v.asked());
  }

  @Test
  void rawSectionStartsWithAListIsAnOr() {
    Clause c = ClauseParser.parse("rawSectionStartsWith([11357(A), 11357(B)])", PARAMS);
    assertEquals(
        Tri.TRUE,
        c.condition().ask(FakePolicyView.of().f("rawSectionStartsWith(11357(A))").t("rawSectionStartsWith(11357(B))")));
    assertEquals(
        Tri.FALSE,
        c.condition().ask(FakePolicyView.of().f("rawSectionStartsWith(11357(A))", "rawSectionStartsWith(11357(B))")));
    assertEquals(
        Tri.UNKNOWN,
        c.condition().ask(FakePolicyView.of().u("rawSectionStartsWith(11357(A))").f("rawSectionStartsWith(11357(B))")));
    FakePolicyView first = FakePolicyView.of().t("rawSectionStartsWith(11357(A))");
    assertEquals(Tri.TRUE, c.condition().ask(first));
    assertEquals(List.of("rawSectionStartsWith(11357(A))"), first.asked(), "stops at the first TRUE");
  }

  @Test
  void emptyListParameterNeverMatchesAndAsksNothing() {
    Clause c =
        ClauseParser.parse(
            "sectionIn(reduceSections)",
            Map.of("reduceSections", new ParameterValue.ListValue(List.of())));
    FakePolicyView v = FakePolicyView.of();
    assertEquals(Tri.FALSE, c.condition().ask(v));
    assertEquals(List.of(), v.asked());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "convictedBeforeAge(0)",
        "convictedBeforeAge(120)",
        "ageAtEvaluationAtLeast(0)",
        "ageAtEvaluationAtMost(120)",
        "convictedAtLeastYearsAgo(0)",
        "convictedAtLeastYearsAgo(100)",
        "noConvictionWithinYears(100)",
        "convictionCountGreaterThan(0)",
        "convictionCountGreaterThan(1000)",
        "convictedOnOrAfter(1900-01-01)",
        "convictedOnOrAfter(2100-12-31)",
        "  not   convictedBeforeAge ( 21 )  ",
        "sectionIn([ 11357(A) , 11357(B) ])",
        "sectionIn(288A(C)(1))",
        "sectionIn(11357.5)",
      })
  void acceptsBoundaryValues(String written) {
    ClauseParser.parse(written, PARAMS);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "convictedBeforeAge(121)              | age 121 is out of range 0..120",
        "convictedBeforeAge(-1)               | age -1 is out of range 0..120",
        "ageAtEvaluationAtLeast(200)          | age 200 is out of range 0..120",
        "ageAtEvaluationAtMost(121)           | out of range 0..120",
        "convictedAtLeastYearsAgo(101)        | years 101 is out of range 0..100",
        "noConvictionWithinYears(101)         | years 101 is out of range 0..100",
        "convictionCountGreaterThan(1001)     | count 1001 is out of range 0..1000",
        "convictedBeforeAge(bigAge)           | parameter bigAge: age 130 is out of range 0..120",
        "convictedOnOrAfter(1899-12-31)       | out of range 1900-01-01..2100-12-31",
        "convictedOnOrAfter(2016-13-01)       | not an ISO date",
        "convictedBeforeAge(21.5)             | not a whole number",
        "convictedBeforeAge                   | missing parameter: convictedBeforeAge needs",
        "convictedBeforeAge()                 | missing parameter",
        "sectionIn                            | missing parameter",
        "sectionIn([])                        | empty list",
        "sectionIn(foo bar)                   | invalid section key 'foo bar'",
        "sectionIn([11357, dismissSections])  | references cannot be list items",
        "rawSectionEquals(!!)                 | invalid code section '!!'",
        "statutoryOutcomeIn(DISMISSED)        | unknown statutory outcome 'DISMISSED'",
        "statutoryFlag(NOPE)                  | unknown statutory flag 'NOPE'",
        "notFelony(1)                         | notFelony takes no argument",
        "convictedBeforeAge(nope)             | unknown parameter reference 'nope'",
        "convictedBeforeAge(dismissSections)  | parameter dismissSections is a list, convictedBeforeAge needs an integer",
        "sectionIn(age)                       | parameter age is an integer, sectionIn needs a list",
        "convictedOnOrAfter(flag)             | parameter flag is a boolean, convictedOnOrAfter needs a date text",
        "convictedbeforeage(21)               | unknown condition kind 'convictedbeforeage' (did you mean convictedBeforeAge?)",
        "olderThan(50)                        | unknown condition kind 'olderThan' (known: notFelony,",
        "convictedBeforeAge(21) and deceased  | expected convictedBeforeAge(argument)",
        "age >= 21                            | unknown condition kind 'age'",
        "''                                   | empty condition",
      })
  void rejectsBadConditions(String written, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClauseParser.parse(written, PARAMS));
    assertTrue(e.getMessage().contains(expected), () -> "message: " + e.getMessage());
  }

  @Test
  void parameterReferencesAreKeptForReview() {
    Condition c = ClauseParser.parse("ageAtEvaluationAtLeast(age)", PARAMS).condition();
    assertEquals("age", c.parameter());
    assertEquals(21, c.number().getAsInt());
    assertEquals("aged 21 (age) or older at the evaluation date", c.phrase());
    assertEquals(null, ClauseParser.parse("ageAtEvaluationAtLeast(21)", PARAMS).condition().parameter());
  }

  @Test
  void recordsCheckTheirOwnArgumentsToo() {
    assertThrows(IllegalArgumentException.class, () -> new Condition.ConvictedBeforeAge(Arg.of(121)));
    assertThrows(IllegalArgumentException.class, () -> new Condition.SectionIn(Arg.of(List.of())));
    assertThrows(IllegalArgumentException.class, () -> new Condition.StatutoryFlag(Arg.of("X")));
    assertEquals(
        "statutoryFlag(ALREADY_RELIEVED)",
        new Condition.StatutoryFlag(Arg.of("already_relieved")).syntax());
  }
}
