package org.recordrelief.eligibility.policy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of the closed vocabulary: each condition kind's configuration name, the type of its
 * single argument (if any) and how to build it. The loader knows no kind except through this
 * table; adding a kind means a {@link Condition} record, a row here and a test.
 */
public enum ConditionKind {
  NOT_FELONY("notFelony", ArgType.NONE, a -> new Condition.NotFelony()),
  SECTION_IN("sectionIn", ArgType.LIST, a -> new Condition.SectionIn(list(a))),
  RAW_SECTION_STARTS_WITH(
      "rawSectionStartsWith", ArgType.LIST, a -> new Condition.RawSectionStartsWith(list(a))),
  RAW_SECTION_EQUALS("rawSectionEquals", ArgType.TEXT, a -> new Condition.RawSectionEquals(text(a))),
  CONVICTED_BEFORE_AGE("convictedBeforeAge", ArgType.INT, a -> new Condition.ConvictedBeforeAge(integer(a))),
  AGE_AT_EVALUATION_AT_LEAST(
      "ageAtEvaluationAtLeast", ArgType.INT, a -> new Condition.AgeAtEvaluationAtLeast(integer(a))),
  AGE_AT_EVALUATION_AT_MOST(
      "ageAtEvaluationAtMost", ArgType.INT, a -> new Condition.AgeAtEvaluationAtMost(integer(a))),
  CONVICTED_AT_LEAST_YEARS_AGO(
      "convictedAtLeastYearsAgo", ArgType.INT, a -> new Condition.ConvictedAtLeastYearsAgo(integer(a))),
  NO_CONVICTION_WITHIN_YEARS(
      "noConvictionWithinYears", ArgType.INT, a -> new Condition.NoConvictionWithinYears(integer(a))),
  ONLY_PROP64_CONVICTIONS("onlyProp64Convictions", ArgType.NONE, a -> new Condition.OnlyProp64Convictions()),
  ALL_SENTENCES_COMPLETED("allSentencesCompleted", ArgType.NONE, a -> new Condition.AllSentencesCompleted()),
  THIS_SENTENCE_COMPLETED("thisSentenceCompleted", ArgType.NONE, a -> new Condition.ThisSentenceCompleted()),
  CONVICTION_COUNT_GREATER_THAN(
      "convictionCountGreaterThan", ArgType.INT, a -> new Condition.ConvictionCountGreaterThan(integer(a))),
  IS_MOST_RECENT_CONVICTION("isMostRecentConviction", ArgType.NONE, a -> new Condition.IsMostRecentConviction()),
  DECEASED("deceased", ArgType.NONE, a -> new Condition.Deceased()),
  CONVICTED_ON_OR_AFTER("convictedOnOrAfter", ArgType.DATE, a -> new Condition.ConvictedOnOrAfter(date(a))),
  EARLIER_SUPERSTRIKE("earlierSuperstrike", ArgType.NONE, a -> new Condition.EarlierSuperstrike()),
  EARLIER_PC290("earlierPc290", ArgType.NONE, a -> new Condition.EarlierPc290()),
  TWO_PRIORS_SAME_SECTION("twoPriorsSameSection", ArgType.NONE, a -> new Condition.TwoPriorsSameSection()),
  RELATED_CHARGE("relatedCharge", ArgType.NONE, a -> new Condition.RelatedCharge()),
  PROP64_IN_SAME_CYCLE("prop64InSameCycle", ArgType.NONE, a -> new Condition.Prop64InSameCycle()),
  ALWAYS("always", ArgType.NONE, a -> new Condition.Always()),
  STATUTORY_OUTCOME_IN("statutoryOutcomeIn", ArgType.LIST, a -> new Condition.StatutoryOutcomeIn(list(a))),
  STATUTORY_FLAG("statutoryFlag", ArgType.TEXT, a -> new Condition.StatutoryFlag(text(a))),
  IS_PROP64("isProp64", ArgType.NONE, a -> new Condition.IsProp64());

  /** The type of a kind's argument. */
  public enum ArgType {
    /** No argument: written as the bare name. */
    NONE,
    /** A whole number, or a reference to an integer parameter. */
    INT,
    /** One item or {@code [a, b, …]}, or a reference to a list (or text) parameter. */
    LIST,
    /** One text item, or a reference to a text parameter. */
    TEXT,
    /** An ISO date {@code YYYY-MM-DD}, or a reference to a text parameter holding one. */
    DATE
  }

  private static final Map<String, ConditionKind> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(k -> k.kindName, k -> k));

  private final String kindName;
  private final ArgType argType;
  private final Function<Arg<?>, Condition> factory;

  ConditionKind(String kindName, ArgType argType, Function<Arg<?>, Condition> factory) {
    this.kindName = kindName;
    this.argType = argType;
    this.factory = factory;
  }

  /** The name used in policy files, e.g. {@code convictedBeforeAge}. */
  public String kindName() {
    return kindName;
  }

  public ArgType argType() {
    return argType;
  }

  /** The kind with this configuration name. */
  public static Optional<ConditionKind> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** All configuration names, in declaration order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(ConditionKind::kindName).toList();
  }

  /**
   * Builds the condition from a resolved argument (null for {@link ArgType#NONE}). Throws {@link
   * IllegalArgumentException} when the argument is out of range or malformed.
   */
  Condition build(Arg<?> arg) {
    return factory.apply(arg);
  }

  @SuppressWarnings("unchecked")
  private static Arg<List<String>> list(Arg<?> a) {
    return (Arg<List<String>>) a;
  }

  @SuppressWarnings("unchecked")
  private static Arg<String> text(Arg<?> a) {
    return (Arg<String>) a;
  }

  @SuppressWarnings("unchecked")
  private static Arg<Integer> integer(Arg<?> a) {
    return (Arg<Integer>) a;
  }

  @SuppressWarnings("unchecked")
  private static Arg<LocalDate> date(Arg<?> a) {
    return (Arg<LocalDate>) a;
  }
}
