package org.recordrelief.eligibility.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recordrelief.doj.Tri;

/**
 * A hand-set {@link PolicyView} for tests: every predicate answer is set explicitly, keyed by the
 * question asked ({@code notFelony}, {@code convictedBeforeAge(21)}, {@code sectionIn([11357])},
 * {@code statutoryFlag(ALREADY_RELIEVED)} …). Asking a question with no answer fails the test,
 * unless a default was set with {@link #otherwise(Tri)}. Every question asked is recorded.
 */
final class FakePolicyView implements PolicyView {
  private final Map<String, Tri> answers = new HashMap<>();
  private final List<String> asked = new ArrayList<>();
  private Tri otherwise;
  private LocalDate evaluationDate = LocalDate.of(2019, 11, 11);
  private String county = "SACRAMENTO";
  private String sectionKey = "11358";
  private String rawSection = "11358 HS";
  private String statutoryOutcome;

  static FakePolicyView of() {
    return new FakePolicyView();
  }

  /** Sets the answer to a question, e.g. {@code set("convictedBeforeAge(21)", TRUE)}. */
  FakePolicyView set(String question, Tri answer) {
    answers.put(question, answer);
    return this;
  }

  FakePolicyView t(String... questions) {
    for (String q : questions) {
      answers.put(q, Tri.TRUE);
    }
    return this;
  }

  FakePolicyView f(String... questions) {
    for (String q : questions) {
      answers.put(q, Tri.FALSE);
    }
    return this;
  }

  FakePolicyView u(String... questions) {
    for (String q : questions) {
      answers.put(q, Tri.UNKNOWN);
    }
    return this;
  }

  /** Answer for every question not set explicitly (default: fail the test). */
  FakePolicyView otherwise(Tri t) {
    this.otherwise = t;
    return this;
  }

  FakePolicyView county(String c) {
    this.county = c;
    return this;
  }

  FakePolicyView section(String key, String raw) {
    this.sectionKey = key;
    this.rawSection = raw;
    return this;
  }

  FakePolicyView statutory(String outcome) {
    this.statutoryOutcome = outcome;
    return this;
  }

  List<String> asked() {
    return asked;
  }

  private Tri ask(String q) {
    asked.add(q);
    if (!answers.containsKey(q)) {
      if (otherwise == null) {
        throw new AssertionError("unexpected question to the view: " + q + " (asked so far: " + asked + ")");
      }
      return otherwise;
    }
    return answers.get(q); // may be null on purpose
  }

  @Override
  public LocalDate evaluationDate() {
    return evaluationDate;
  }

  @Override
  public String county() {
    return county;
  }

  @Override
  public String sectionKey() {
    return sectionKey;
  }

  @Override
  public String rawSection() {
    return rawSection;
  }

  @Override
  public String statutoryOutcome() {
    return statutoryOutcome;
  }

  @Override
  public Tri isProp64() {
    return ask("isProp64");
  }

  @Override
  public Tri relatedCharge() {
    return ask("relatedCharge");
  }

  @Override
  public Tri notFelony() {
    return ask("notFelony");
  }

  @Override
  public Tri sectionIn(List<String> keys) {
    return ask("sectionIn(" + keys + ")");
  }

  @Override
  public Tri rawSectionStartsWith(String prefix) {
    return ask("rawSectionStartsWith(" + prefix + ")");
  }

  @Override
  public Tri rawSectionEquals(String section) {
    return ask("rawSectionEquals(" + section + ")");
  }

  @Override
  public Tri convictedBeforeAge(int years) {
    return ask("convictedBeforeAge(" + years + ")");
  }

  @Override
  public Tri ageAtEvaluationAtLeast(int years) {
    return ask("ageAtEvaluationAtLeast(" + years + ")");
  }

  @Override
  public Tri ageAtEvaluationAtMost(int years) {
    return ask("ageAtEvaluationAtMost(" + years + ")");
  }

  @Override
  public Tri convictedAtLeastYearsAgo(int years) {
    return ask("convictedAtLeastYearsAgo(" + years + ")");
  }

  @Override
  public Tri noConvictionWithinYears(int years) {
    return ask("noConvictionWithinYears(" + years + ")");
  }

  @Override
  public Tri onlyProp64Convictions() {
    return ask("onlyProp64Convictions");
  }

  @Override
  public Tri allSentencesCompleted() {
    return ask("allSentencesCompleted");
  }

  @Override
  public Tri thisSentenceCompleted() {
    return ask("thisSentenceCompleted");
  }

  @Override
  public Tri convictionCountGreaterThan(int n) {
    return ask("convictionCountGreaterThan(" + n + ")");
  }

  @Override
  public Tri isMostRecentConviction() {
    return ask("isMostRecentConviction");
  }

  @Override
  public Tri deceased() {
    return ask("deceased");
  }

  @Override
  public Tri convictedOnOrAfter(LocalDate date) {
    return ask("convictedOnOrAfter(" + date + ")");
  }

  @Override
  public Tri earlierSuperstrike() {
    return ask("earlierSuperstrike");
  }

  @Override
  public Tri earlierPc290() {
    return ask("earlierPc290");
  }

  @Override
  public Tri twoPriorsSameSection() {
    return ask("twoPriorsSameSection");
  }

  @Override
  public Tri prop64InSameCycle() {
    return ask("prop64InSameCycle");
  }

  @Override
  public Tri statutoryFlag(String flag) {
    return ask("statutoryFlag(" + flag + ")");
  }
}
