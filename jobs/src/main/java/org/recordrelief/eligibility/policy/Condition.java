package org.recordrelief.eligibility.policy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.recordrelief.doj.Tri;

/**
 * The closed vocabulary of county-policy conditions: one record per predicate of {@code
 * prop64-rules.md} §9.3, plus the few a county DA policy needs beyond gogen ({@link
 * StatutoryOutcomeIn}, {@link StatutoryFlag}, {@link IsProp64}). A condition only asks the {@link
 * PolicyView}; what the answer means (project or gogen semantics) is the view's business.
 *
 * <p>Every record checks its own arguments (ranges, key syntax) in its constructor and throws
 * {@link IllegalArgumentException}; the loader turns that into a {@link PolicyException} naming the
 * file and the rule. Negation lives in {@link Clause}, not here.
 */
public sealed interface Condition extends Serializable
    permits Condition.NotFelony,
        Condition.SectionIn,
        Condition.RawSectionStartsWith,
        Condition.RawSectionEquals,
        Condition.ConvictedBeforeAge,
        Condition.AgeAtEvaluationAtLeast,
        Condition.AgeAtEvaluationAtMost,
        Condition.ConvictedAtLeastYearsAgo,
        Condition.NoConvictionWithinYears,
        Condition.OnlyProp64Convictions,
        Condition.AllSentencesCompleted,
        Condition.ThisSentenceCompleted,
        Condition.ConvictionCountGreaterThan,
        Condition.IsMostRecentConviction,
        Condition.Deceased,
        Condition.ConvictedOnOrAfter,
        Condition.EarlierSuperstrike,
        Condition.EarlierPc290,
        Condition.TwoPriorsSameSection,
        Condition.RelatedCharge,
        Condition.Prop64InSameCycle,
        Condition.Always,
        Condition.StatutoryOutcomeIn,
        Condition.StatutoryFlag,
        Condition.IsProp64 {

  /** Ages (years of life): 0–120. */
  int MAX_AGE = 120;

  /** Spans of years: 0–100. */
  int MAX_YEARS = 100;

  /** Conviction counts: 0–1000. */
  int MAX_COUNT = 1000;

  /** Dates accepted by {@link ConvictedOnOrAfter}. */
  LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

  /** Statutory outcome names ({@code prop64-rules.md} §2.2). */
  List<String> STATUTORY_OUTCOMES =
      List.of(
          "DISMISS_AND_SEAL",
          "REDUCE_TO_MISDEMEANOR",
          "REDUCE_TO_INFRACTION",
          "NOT_ELIGIBLE",
          "NEEDS_REVIEW");

  /** Statutory flag names ({@code prop64-rules.md} §2.4). */
  Set<String> STATUTORY_FLAGS =
      Set.of(
          "QTY_PRESUMED",
          "PLANTS_UNKNOWN",
          "ATTEMPT",
          "RISK_REVIEW",
          "TIMING_SAME_DAY",
          "TWO_PRIORS_UNSETTLED",
          "COUNTY_POLICY_CANDIDATE",
          "DECEASED",
          "ALREADY_RELIEVED",
          "AGE_UNKNOWN",
          "REGISTRATION_ONLY",
          "DATA_QUALITY",
          "JUVENILE",
          "PRE_1976",
          "DATE_IMPRECISE",
          "OFFENSE_DATE_FROM_CONVICTION",
          "CODE_LABEL_MISMATCH",
          "MINOR_INDICATOR",
          "IMPORT_INDICATOR",
          "ENVIRONMENTAL_INDICATOR",
          "SUPER_STRIKE_UNSETTLED",
          "LATER_DISQUALIFIER",
          "PC1203_DISMISSED",
          "SUBDIVISION_UNMAPPED",
          "SENTENCE_UNKNOWN",
          "POSSIBLE_OTHER_P64_CHARGE",
          "IDENTITY_SENSITIVE");

  /**
   * A section key: a section number with optional decimal and letter suffix, then optional
   * subdivisions, e.g. {@code 11357}, {@code 11357(A)}, {@code 11357(no-sub-section)}, {@code
   * 288A(C)(1)}. Case-insensitive.
   */
  Pattern SECTION_KEY =
      Pattern.compile(
          "\\d{1,6}(\\.\\d{1,3})?[A-Z]{0,2}(\\(([A-Z0-9]{1,3}|NO-SUB-SECTION)\\))*",
          Pattern.CASE_INSENSITIVE);

  /** Code-section text as written in DOJ data, e.g. {@code 4060 BP}, {@code 11357(b)}. */
  Pattern RAW_SECTION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z()./ -]{0,39}");

  /** The kind name used in configuration, e.g. {@code convictedBeforeAge}. */
  String kind();

  /** The view's answer. Never null (a null answer from the view counts as UNKNOWN). */
  Tri ask(PolicyView view);

  /** Canonical call syntax with literal values, e.g. {@code convictedBeforeAge(21)}. */
  default String syntax() {
    return kind();
  }

  /** The condition as a phrase for reviewers, e.g. {@code convicted before age 21}. */
  String phrase();

  /** The phrase of the negated condition. */
  default String negatedPhrase() {
    return "not " + phrase();
  }

  /** The first integer argument, the value of {@code {n}} in reason templates. */
  default OptionalInt number() {
    return OptionalInt.empty();
  }

  /** The parameter this condition refers to, or null. */
  default String parameter() {
    return null;
  }

  // --- §9.3 predicates --------------------------------------------------------------------

  /** This conviction is a misdemeanor or infraction. */
  record NotFelony() implements Condition {
    @Override
    public String kind() {
      return "notFelony";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.notFelony();
    }

    @Override
    public String phrase() {
      return "not a felony (misdemeanor or infraction)";
    }

    @Override
    public String negatedPhrase() {
      return "a felony";
    }
  }

  /**
   * The section (or section with subdivision key) is one of the list. Keys are passed to the view
   * as written: project views compare case-insensitively, gogen views as gogen did.
   */
  record SectionIn(Arg<List<String>> sections) implements Condition {
    public SectionIn {
      if (!(sections.value().isEmpty() && sections.isReference())) {
        checkKeys(sections, SECTION_KEY, "section key");
      }
    }

    @Override
    public String kind() {
      return "sectionIn";
    }

    @Override
    public Tri ask(PolicyView v) {
      // An empty list parameter (e.g. gogen options without a reduce list) never matches.
      return sections.value().isEmpty() ? Tri.FALSE : v.sectionIn(sections.value());
    }

    @Override
    public String syntax() {
      return kind() + "(" + sections.literal() + ")";
    }

    @Override
    public String phrase() {
      List<String> l = sections.value();
      if (l.isEmpty()) {
        return sections.phrase("section is in an empty list (never)");
      }
      return sections.phrase(l.size() == 1 ? "section is " + l.get(0) : "section is one of " + Arg.join(l, ", "));
    }

    @Override
    public String negatedPhrase() {
      List<String> l = sections.value();
      if (l.isEmpty()) {
        return sections.phrase("section is not in an empty list (always)");
      }
      return sections.phrase(
          l.size() == 1 ? "section is not " + l.get(0) : "section is none of " + Arg.join(l, ", "));
    }

    @Override
    public String parameter() {
      return sections.parameter();
    }
  }

  /**
   * The citation falls under one of the prefixes (a list is an "or": the view is asked for each
   * prefix in turn).
   */
  record RawSectionStartsWith(Arg<List<String>> prefixes) implements Condition {
    public RawSectionStartsWith {
      checkKeys(prefixes, RAW_SECTION, "code-section prefix");
    }

    @Override
    public String kind() {
      return "rawSectionStartsWith";
    }

    @Override
    public Tri ask(PolicyView v) {
      Tri t = Tri.FALSE;
      for (String p : prefixes.value()) {
        t = t.or(orUnknown(v.rawSectionStartsWith(p)));
        if (t.isTrue()) {
          return t;
        }
      }
      return t;
    }

    @Override
    public String syntax() {
      return kind() + "(" + prefixes.literal() + ")";
    }

    @Override
    public String phrase() {
      return prefixes.phrase("code section starts with " + Arg.join(prefixes.value(), " or "));
    }

    @Override
    public String negatedPhrase() {
      return prefixes.phrase(
          "code section starts with none of " + Arg.join(prefixes.value(), ", "));
    }

    @Override
    public String parameter() {
      return prefixes.parameter();
    }
  }

  /** The citation equals the text, e.g. {@code 4060 BP}. */
  record RawSectionEquals(Arg<String> section) implements Condition {
    public RawSectionEquals {
      checkText(section.value(), RAW_SECTION, "code section");
    }

    @Override
    public String kind() {
      return "rawSectionEquals";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.rawSectionEquals(section.value());
    }

    @Override
    public String syntax() {
      return kind() + "(" + section.literal() + ")";
    }

    @Override
    public String phrase() {
      return section.phrase("code section is " + section.value());
    }

    @Override
    public String negatedPhrase() {
      return section.phrase("code section is not " + section.value());
    }

    @Override
    public String parameter() {
      return section.parameter();
    }
  }

  /** Age at the conviction date is below {@code age}. */
  record ConvictedBeforeAge(Arg<Integer> age) implements Condition {
    public ConvictedBeforeAge {
      checkRange(age, 0, MAX_AGE, "age");
    }

    @Override
    public String kind() {
      return "convictedBeforeAge";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.convictedBeforeAge(age.value());
    }

    @Override
    public String syntax() {
      return kind() + "(" + age.literal() + ")";
    }

    @Override
    public String phrase() {
      return "convicted before age " + age.phrase(age.literal());
    }

    @Override
    public OptionalInt number() {
      return OptionalInt.of(age.value());
    }

    @Override
    public String parameter() {
      return age.parameter();
    }
  }

  /** Age at the evaluation date is at least {@code age}. */
  record AgeAtEvaluationAtLeast(Arg<Integer> age) implements Condition {
    public AgeAtEvaluationAtLeast {
      checkRange(age, 0, MAX_AGE, "age");
    }

    @Override
    public String kind() {
      return "ageAtEvaluationAtLeast";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.ageAtEvaluationAtLeast(age.value());
    }

    @Override
    public String syntax() {
      return kind() + "(" + age.literal() + ")";
    }

    @Override
    public String phrase() {
      return "aged " + age.phrase(age.literal()) + " or older at the evaluation date";
    }

    @Override
    public OptionalInt number() {
      return OptionalInt.of(age.value());
    }

    @Override
    public String parameter() {
      return age.parameter();
    }
  }

  /** Age at the evaluation date is at most {@code age}. */
  record AgeAtEvaluationAtMost(Arg<Integer> age) implements Condition {
    public AgeAtEvaluationAtMost {
      checkRange(age, 0, MAX_AGE, "age");
    }

    @Override
    public String kind() {
      return "ageAtEvaluationAtMost";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.ageAtEvaluationAtMost(age.value());
    }

    @Override
    public String syntax() {
      return kind() + "(" + age.literal() + ")";
    }

    @Override
    public String phrase() {
      return "aged " + age.phrase(age.literal()) + " or younger at the evaluation date";
    }

    @Override
    public OptionalInt number() {
      return OptionalInt.of(age.value());
    }

    @Override
    public String parameter() {
      return age.parameter();
    }
  }

  /** The conviction date is at least {@code years} before the evaluation date. */
  record ConvictedAtLeastYearsAgo(Arg<Integer> years) implements Condition {
    public ConvictedAtLeastYearsAgo {
      checkRange(years, 0, MAX_YEARS, "years");
    }

    @Override
    public String kind() {
      return "convictedAtLeastYearsAgo";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.convictedAtLeastYearsAgo(years.value());
    }

    @Override
    public String syntax() {
      return kind() + "(" + years.literal() + ")";
    }

    @Override
    public String phrase() {
      return "convicted at least " + years.phrase(years.literal()) + " years before the evaluation date";
    }

    @Override
    public OptionalInt number() {
      return OptionalInt.of(years.value());
    }

    @Override
    public String parameter() {
      return years.parameter();
    }
  }

  /** The person's most recent conviction (any county) is more than {@code years} old. */
  record NoConvictionWithinYears(Arg<Integer> years) implements Condition {
    public NoConvictionWithinYears {
      checkRange(years, 0, MAX_YEARS, "years");
    }

    @Override
    public String kind() {
      return "noConvictionWithinYears";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.noConvictionWithinYears(years.value());
    }

    @Override
    public String syntax() {
      return kind() + "(" + years.literal() + ")";
    }

    @Override
    public String phrase() {
      return "no conviction (any county) in the " + years.phrase(years.literal()) + " years before the evaluation date";
    }

    @Override
    public String negatedPhrase() {
      return "a conviction (any county) in the " + years.phrase(years.literal()) + " years before the evaluation date";
    }

    @Override
    public OptionalInt number() {
      return OptionalInt.of(years.value());
    }

    @Override
    public String parameter() {
      return years.parameter();
    }
  }

  /** Every conviction of the person (any county) is HS 11357–11360. */
  record OnlyProp64Convictions() implements Condition {
    @Override
    public String kind() {
      return "onlyProp64Convictions";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.onlyProp64Convictions();
    }

    @Override
    public String phrase() {
      return "every conviction (any county) is HS 11357-11360";
    }

    @Override
    public String negatedPhrase() {
      return "some conviction (any county) is not HS 11357-11360";
    }
  }

  /** No conviction of the person has a sentence ending after the evaluation date. */
  record AllSentencesCompleted() implements Condition {
    @Override
    public String kind() {
      return "allSentencesCompleted";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.allSentencesCompleted();
    }

    @Override
    public String phrase() {
      return "every sentence (any county) completed";
    }

    @Override
    public String negatedPhrase() {
      return "some sentence (any county) not completed (currently serving)";
    }
  }

  /** This conviction's sentence ended before the evaluation date. */
  record ThisSentenceCompleted() implements Condition {
    @Override
    public String kind() {
      return "thisSentenceCompleted";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.thisSentenceCompleted();
    }

    @Override
    public String phrase() {
      return "this conviction's sentence completed";
    }

    @Override
    public String negatedPhrase() {
      return "this conviction's sentence not completed";
    }
  }

  /** The person has more than {@code n} convictions (any county). */
  record ConvictionCountGreaterThan(Arg<Integer> n) implements Condition {
    public ConvictionCountGreaterThan {
      checkRange(n, 0, MAX_COUNT, "count");
    }

    @Override
    public String kind() {
      return "convictionCountGreaterThan";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.convictionCountGreaterThan(n.value());
    }

    @Override
    public String syntax() {
      return kind() + "(" + n.literal() + ")";
    }

    @Override
    public String phrase() {
      return "more than " + n.phrase(n.literal()) + " conviction(s) (any county)";
    }

    @Override
    public String negatedPhrase() {
      return "at most " + n.phrase(n.literal()) + " conviction(s) (any county)";
    }

    @Override
    public OptionalInt number() {
      return OptionalInt.of(n.value());
    }

    @Override
    public String parameter() {
      return n.parameter();
    }
  }

  /** No other conviction of the person is dated later. */
  record IsMostRecentConviction() implements Condition {
    @Override
    public String kind() {
      return "isMostRecentConviction";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.isMostRecentConviction();
    }

    @Override
    public String phrase() {
      return "this is the person's most recent conviction";
    }

    @Override
    public String negatedPhrase() {
      return "the person has a later conviction";
    }
  }

  /** A DECEASED step exists. */
  record Deceased() implements Condition {
    @Override
    public String kind() {
      return "deceased";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.deceased();
    }

    @Override
    public String phrase() {
      return "the person is recorded as deceased";
    }

    @Override
    public String negatedPhrase() {
      return "the person is not recorded as deceased";
    }
  }

  /** The conviction date is on or after {@code date}. */
  record ConvictedOnOrAfter(Arg<LocalDate> date) implements Condition {
    public ConvictedOnOrAfter {
      LocalDate d = date.value();
      if (d.isBefore(MIN_DATE) || d.isAfter(MAX_DATE)) {
        throw new IllegalArgumentException(
            "date " + d + " is out of range " + MIN_DATE + ".." + MAX_DATE);
      }
    }

    @Override
    public String kind() {
      return "convictedOnOrAfter";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.convictedOnOrAfter(date.value());
    }

    @Override
    public String syntax() {
      return kind() + "(" + date.literal() + ")";
    }

    @Override
    public String phrase() {
      return "convicted on or after " + date.phrase(date.literal());
    }

    @Override
    public String negatedPhrase() {
      return "convicted before " + date.phrase(date.literal());
    }

    @Override
    public String parameter() {
      return date.parameter();
    }
  }

  /** A super-strike conviction is dated before this conviction. */
  record EarlierSuperstrike() implements Condition {
    @Override
    public String kind() {
      return "earlierSuperstrike";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.earlierSuperstrike();
    }

    @Override
    public String phrase() {
      return "a super-strike conviction (PC 667(e)(2)(C)(iv)) dated before this conviction";
    }

    @Override
    public String negatedPhrase() {
      return "no super-strike conviction dated before this conviction";
    }
  }

  /** A PC 290 conviction or registration is dated before this conviction. */
  record EarlierPc290() implements Condition {
    @Override
    public String kind() {
      return "earlierPc290";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.earlierPc290();
    }

    @Override
    public String phrase() {
      return "a PC 290 conviction or registration dated before this conviction";
    }

    @Override
    public String negatedPhrase() {
      return "no PC 290 conviction or registration dated before this conviction";
    }
  }

  /** At least two earlier Prop 64 convictions with the same base section. */
  record TwoPriorsSameSection() implements Condition {
    @Override
    public String kind() {
      return "twoPriorsSameSection";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.twoPriorsSameSection();
    }

    @Override
    public String phrase() {
      return "two or more earlier convictions under the same Prop 64 section";
    }

    @Override
    public String negatedPhrase() {
      return "fewer than two earlier convictions under the same Prop 64 section";
    }
  }

  /** The count is a related (plea-substitute) charge, {@code prop64-rules.md} §7.4. */
  record RelatedCharge() implements Condition {
    @Override
    public String kind() {
      return "relatedCharge";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.relatedCharge();
    }

    @Override
    public String phrase() {
      return "a related plea-bargain charge (prop64-rules.md §7.4)";
    }

    @Override
    public String negatedPhrase() {
      return "not a related plea-bargain charge";
    }
  }

  /** A row of the same cycle names a Prop 64 section. */
  record Prop64InSameCycle() implements Condition {
    @Override
    public String kind() {
      return "prop64InSameCycle";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.prop64InSameCycle();
    }

    @Override
    public String phrase() {
      return "the same cycle holds an HS 11357-11360 charge";
    }

    @Override
    public String negatedPhrase() {
      return "the same cycle holds no HS 11357-11360 charge";
    }
  }

  /** Always true. */
  record Always() implements Condition {
    @Override
    public String kind() {
      return "always";
    }

    @Override
    public Tri ask(PolicyView v) {
      return Tri.TRUE;
    }

    @Override
    public String phrase() {
      return "always";
    }

    @Override
    public String negatedPhrase() {
      return "never";
    }
  }

  // --- beyond gogen: building on the statutory baseline ----------------------------------

  /**
   * The statutory (legal-minimum) outcome of this count is one of the list ({@code
   * prop64-rules.md} §2.2). UNKNOWN when the view has no statutory outcome.
   */
  record StatutoryOutcomeIn(Arg<List<String>> outcomes) implements Condition {
    public StatutoryOutcomeIn {
      outcomes = upper(outcomes);
      for (String o : outcomes.value()) {
        if (!STATUTORY_OUTCOMES.contains(o)) {
          throw new IllegalArgumentException(
              "unknown statutory outcome '" + o + "' (known: " + Arg.join(STATUTORY_OUTCOMES, ", ") + ")");
        }
      }
      if (outcomes.value().isEmpty()) {
        throw new IllegalArgumentException("empty statutory outcome list");
      }
    }

    @Override
    public String kind() {
      return "statutoryOutcomeIn";
    }

    @Override
    public Tri ask(PolicyView v) {
      String o = v.statutoryOutcome();
      if (o == null || o.isBlank()) {
        return Tri.UNKNOWN;
      }
      return Tri.of(outcomes.value().contains(o.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public String syntax() {
      return kind() + "(" + outcomes.literal() + ")";
    }

    @Override
    public String phrase() {
      List<String> l = outcomes.value();
      return outcomes.phrase(
          l.size() == 1 ? "statutory outcome is " + l.get(0) : "statutory outcome is one of " + Arg.join(l, ", "));
    }

    @Override
    public String negatedPhrase() {
      List<String> l = outcomes.value();
      return outcomes.phrase(
          l.size() == 1 ? "statutory outcome is not " + l.get(0) : "statutory outcome is none of " + Arg.join(l, ", "));
    }

    @Override
    public String parameter() {
      return outcomes.parameter();
    }
  }

  /** The statutory determination carries the flag ({@code prop64-rules.md} §2.4). */
  record StatutoryFlag(Arg<String> flag) implements Condition {
    public StatutoryFlag {
      String f = flag.value().strip().toUpperCase(Locale.ROOT);
      if (!STATUTORY_FLAGS.contains(f)) {
        throw new IllegalArgumentException(
            "unknown statutory flag '" + flag.value() + "' (known: "
                + Arg.join(STATUTORY_FLAGS.stream().sorted().toList(), ", ") + ")");
      }
      flag = new Arg<>(f, flag.parameter());
    }

    @Override
    public String kind() {
      return "statutoryFlag";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.statutoryFlag(flag.value());
    }

    @Override
    public String syntax() {
      return kind() + "(" + flag.literal() + ")";
    }

    @Override
    public String phrase() {
      return "the statutory result is flagged " + flag.phrase(flag.value());
    }

    @Override
    public String negatedPhrase() {
      return "the statutory result is not flagged " + flag.phrase(flag.value());
    }

    @Override
    public String parameter() {
      return flag.parameter();
    }
  }

  /** The count is an HS 11357–11360 conviction ({@code prop64-rules.md} §7.1). */
  record IsProp64() implements Condition {
    @Override
    public String kind() {
      return "isProp64";
    }

    @Override
    public Tri ask(PolicyView v) {
      return v.isProp64();
    }

    @Override
    public String phrase() {
      return "an HS 11357-11360 conviction";
    }

    @Override
    public String negatedPhrase() {
      return "not an HS 11357-11360 conviction";
    }
  }

  // --- argument checks ---------------------------------------------------------------------

  private static void checkRange(Arg<Integer> a, int min, int max, String what) {
    int v = a.value();
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          (a.parameter() == null ? "" : "parameter " + a.parameter() + ": ")
              + what + " " + v + " is out of range " + min + ".." + max);
    }
  }

  private static Arg<List<String>> checkKeys(Arg<List<String>> a, Pattern p, String what) {
    if (a.value().isEmpty()) {
      throw new IllegalArgumentException("empty " + what + " list");
    }
    for (String k : a.value()) {
      checkText(k, p, what);
    }
    return a;
  }

  private static void checkText(String s, Pattern p, String what) {
    if (s == null || !p.matcher(s).matches()) {
      throw new IllegalArgumentException("invalid " + what + " '" + s + "'");
    }
  }

  private static Arg<List<String>> upper(Arg<List<String>> a) {
    return new Arg<>(
        a.value().stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList(), a.parameter());
  }

  private static Tri orUnknown(Tri t) {
    return t == null ? Tri.UNKNOWN : t;
  }
}
