package org.recordrelief.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * Every switch of {@code prop64-rules.md} §6 with its documented default ({@link #defaults()}),
 * plus the reference lists (§7). Immutable; validated at construction. The defaults are what the
 * reference cases (§8) assume.
 *
 * @param attemptMode X-1: {@code FOLLOW_TARGET} (default) or {@code STRICT}
 * @param twoPriorsUnit unit of "two or more prior convictions": {@code CASE} (default), {@code
 *     COUNT}, {@code CYCLE}
 * @param twoPriorsSections {@code SAME_SECTION} (default) or {@code ANY_PROP64_FELONY_SECTION}
 *     (priors under any of 11358, 11359, 11360(a))
 * @param twoPriorsOldLawConvictionsCount whether pre-AUMA convictions count as convictions "under"
 *     the new subdivision (default true)
 * @param attemptedNonHomicideSuperStrike attempt of a listed non-homicide super strike: {@code
 *     NEEDS_REVIEW} (default, flag SUPER_STRIKE_UNSETTLED), {@code DISQUALIFY}, {@code IGNORE}.
 *     Attempted homicide (187–191.5) always disqualifies.
 * @param attemptedPc290Offense attempt of a listed PC 290(c) offense; same values and default
 * @param possessionNoSubdivision P-13 when the description cannot be mapped: {@code NEEDS_REVIEW}
 *     (default) or {@code TREAT_AS_11357B}
 * @param schoolGroundsAdult P-11: {@code NEEDS_REVIEW} with candidate NOT_ELIGIBLE (default) or
 *     {@code NOT_ELIGIBLE}
 * @param ageUnknownAdultDefault G8: for 11358 (more than 6 or unknown plants), 11359 and 11360(a)
 *     emit the adult REDUCE_TO_MISDEMEANOR with AGE_UNKNOWN (default true) instead of review.
 *     Applies only when the DOB is missing; an imprecise date, conflicting DOBs or a DOB later than
 *     an event always route an age-dependent decision to review (§2.3 step 6, input spec §6.4)
 * @param quantityPresumption P-5/P-7: presume 8 g or less of concentrate (default true, flag
 *     QTY_PRESUMED) or route to review
 * @param sameDayDisqualifier X-4: {@code NEEDS_REVIEW} (default), {@code DISQUALIFY}, {@code
 *     IGNORE}
 * @param registrationOnly X-6: {@code NEEDS_REVIEW} (default), {@code DISQUALIFY}, {@code IGNORE}
 * @param sentenceAbsentCompletedAfterYears a conviction without sentence parts counts as completed
 *     once its conviction date is at least this many years before the evaluation date (default 5);
 *     null = always UNKNOWN
 * @param relatedChargeRows which §7.4 related charges and plea substitutes get a G2 row: {@code
 *     ALL} (default; county overlays with scope PROP64_AND_RELATED need them) or {@code
 *     SAME_CYCLE_PROP64} (only when the same cycle held an 11357–11360 charge). Design switch, not
 *     in §6.
 * @param aggravatorIndicatorScope co-counts that are aggravator indicators: {@code CASE} (default,
 *     §4: "same case") or {@code CYCLE}. Design switch, not in §6.
 * @param derivation switches and patterns consumed upstream by the fact builder (echoed here so a
 *     configuration hash covers them)
 * @param lists reference lists (§7)
 */
public record StatutorySettings(
    AttemptMode attemptMode,
    TwoPriorsUnit twoPriorsUnit,
    TwoPriorsSections twoPriorsSections,
    boolean twoPriorsOldLawConvictionsCount,
    UnsettledMode attemptedNonHomicideSuperStrike,
    UnsettledMode attemptedPc290Offense,
    PossessionNoSubdivision possessionNoSubdivision,
    SchoolGroundsAdult schoolGroundsAdult,
    boolean ageUnknownAdultDefault,
    boolean quantityPresumption,
    UnsettledMode sameDayDisqualifier,
    UnsettledMode registrationOnly,
    Integer sentenceAbsentCompletedAfterYears,
    RelatedChargeRows relatedChargeRows,
    IndicatorScope aggravatorIndicatorScope,
    DerivationSettings derivation,
    StatutoryLists lists)
    implements java.io.Serializable {

  /** */
  public enum AttemptMode {
    FOLLOW_TARGET,
    STRICT
  }

  /** Unit of the two-priors count. */
  public enum TwoPriorsUnit {
    CASE,
    COUNT,
    CYCLE
  }

  /** Which prior sections count toward two priors. */
  public enum TwoPriorsSections {
    SAME_SECTION,
    ANY_PROP64_FELONY_SECTION
  }

  /** Treatment of an unsettled disqualifier. */
  public enum UnsettledMode {
    NEEDS_REVIEW,
    DISQUALIFY,
    IGNORE
  }

  /** P-13. */
  public enum PossessionNoSubdivision {
    NEEDS_REVIEW,
    TREAT_AS_11357B
  }

  /** P-11. */
  public enum SchoolGroundsAdult {
    NEEDS_REVIEW,
    NOT_ELIGIBLE
  }

  /** Scope of G2 rows for related charges. */
  public enum RelatedChargeRows {
    ALL,
    SAME_CYCLE_PROP64
  }

  /** Scope of co-count aggravator indicators. */
  public enum IndicatorScope {
    CASE,
    CYCLE
  }

  /** {@code offenseDateSource} (input spec §6.4). */
  public enum OffenseDateRule {
    CYCLE_THEN_ARREST_STEP_THEN_CONVICTION,
    CONVICTION_DATE
  }

  /** {@code convictionDateSource} (input spec §6.3). */
  public enum ConvictionDateRule {
    STEP_EVENT_DATE,
    DISP_DATE_THEN_STEP_EVENT_DATE
  }

  /** {@code sentencePartCombination} (input spec §6.5). */
  public enum SentencePartCombination {
    MAX,
    SUM
  }

  /**
   * §6 switches that shape the facts before the evaluator sees them. The evaluator does not read
   * them; the fact builder does.
   */
  public record DerivationSettings(
      OffenseDateRule offenseDateSource,
      ConvictionDateRule convictionDateSource,
      SentencePartCombination sentencePartCombination,
      boolean useCycAgeFallback,
      List<String> juvenileCourtPatterns,
      List<String> alreadyRelievedPatterns,
      List<String> levelChangePatterns,
      List<String> pc1203Patterns)
      implements java.io.Serializable {

    public DerivationSettings {
      Objects.requireNonNull(offenseDateSource, "offenseDateSource");
      Objects.requireNonNull(convictionDateSource, "convictionDateSource");
      Objects.requireNonNull(sentencePartCombination, "sentencePartCombination");
      juvenileCourtPatterns = List.copyOf(juvenileCourtPatterns);
      alreadyRelievedPatterns = List.copyOf(alreadyRelievedPatterns);
      levelChangePatterns = List.copyOf(levelChangePatterns);
      pc1203Patterns = List.copyOf(pc1203Patterns);
    }

    public static DerivationSettings defaults() {
      return new DerivationSettings(
          OffenseDateRule.CYCLE_THEN_ARREST_STEP_THEN_CONVICTION,
          ConvictionDateRule.STEP_EVENT_DATE,
          SentencePartCombination.MAX,
          false,
          ReferenceLists.JUVENILE_COURT_PATTERNS,
          ReferenceLists.ALREADY_RELIEVED_PATTERNS,
          ReferenceLists.LEVEL_CHANGE_PATTERNS,
          ReferenceLists.PC1203_PATTERNS);
    }
  }

  public StatutorySettings {
    Objects.requireNonNull(attemptMode, "attemptMode");
    Objects.requireNonNull(twoPriorsUnit, "twoPriorsUnit");
    Objects.requireNonNull(twoPriorsSections, "twoPriorsSections");
    Objects.requireNonNull(attemptedNonHomicideSuperStrike, "attemptedNonHomicideSuperStrike");
    Objects.requireNonNull(attemptedPc290Offense, "attemptedPc290Offense");
    Objects.requireNonNull(possessionNoSubdivision, "possessionNoSubdivision");
    Objects.requireNonNull(schoolGroundsAdult, "schoolGroundsAdult");
    Objects.requireNonNull(sameDayDisqualifier, "sameDayDisqualifier");
    Objects.requireNonNull(registrationOnly, "registrationOnly");
    Objects.requireNonNull(relatedChargeRows, "relatedChargeRows");
    Objects.requireNonNull(aggravatorIndicatorScope, "aggravatorIndicatorScope");
    Objects.requireNonNull(derivation, "derivation");
    Objects.requireNonNull(lists, "lists");
    if (sentenceAbsentCompletedAfterYears != null && sentenceAbsentCompletedAfterYears < 0) {
      throw new IllegalArgumentException(
          "sentenceAbsentCompletedAfterYears must be a non-negative integer or null: "
              + sentenceAbsentCompletedAfterYears);
    }
  }

  private static final StatutorySettings DEFAULTS = new Builder().build();

  /** The documented defaults of §6. */
  public static StatutorySettings defaults() {
    return DEFAULTS;
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Copy with another two-priors reading (used for the TWO_PRIORS_UNSETTLED sensitivity check). */
  StatutorySettings withTwoPriors(TwoPriorsUnit u, TwoPriorsSections s, boolean oldLaw) {
    return toBuilder()
        .twoPriorsUnit(u)
        .twoPriorsSections(s)
        .twoPriorsOldLawConvictionsCount(oldLaw)
        .build();
  }

  /** Mutable builder starting from the defaults (or from an existing settings object). */
  public static final class Builder {
    private AttemptMode attemptMode = AttemptMode.FOLLOW_TARGET;
    private TwoPriorsUnit twoPriorsUnit = TwoPriorsUnit.CASE;
    private TwoPriorsSections twoPriorsSections = TwoPriorsSections.SAME_SECTION;
    private boolean twoPriorsOldLawConvictionsCount = true;
    private UnsettledMode attemptedNonHomicideSuperStrike = UnsettledMode.NEEDS_REVIEW;
    private UnsettledMode attemptedPc290Offense = UnsettledMode.NEEDS_REVIEW;
    private PossessionNoSubdivision possessionNoSubdivision = PossessionNoSubdivision.NEEDS_REVIEW;
    private SchoolGroundsAdult schoolGroundsAdult = SchoolGroundsAdult.NEEDS_REVIEW;
    private boolean ageUnknownAdultDefault = true;
    private boolean quantityPresumption = true;
    private UnsettledMode sameDayDisqualifier = UnsettledMode.NEEDS_REVIEW;
    private UnsettledMode registrationOnly = UnsettledMode.NEEDS_REVIEW;
    private Integer sentenceAbsentCompletedAfterYears = 5;
    private RelatedChargeRows relatedChargeRows = RelatedChargeRows.ALL;
    private IndicatorScope aggravatorIndicatorScope = IndicatorScope.CASE;
    private DerivationSettings derivation = DerivationSettings.defaults();
    private StatutoryLists lists = StatutoryLists.defaults();

    public Builder() {}

    Builder(StatutorySettings s) {
      attemptMode = s.attemptMode;
      twoPriorsUnit = s.twoPriorsUnit;
      twoPriorsSections = s.twoPriorsSections;
      twoPriorsOldLawConvictionsCount = s.twoPriorsOldLawConvictionsCount;
      attemptedNonHomicideSuperStrike = s.attemptedNonHomicideSuperStrike;
      attemptedPc290Offense = s.attemptedPc290Offense;
      possessionNoSubdivision = s.possessionNoSubdivision;
      schoolGroundsAdult = s.schoolGroundsAdult;
      ageUnknownAdultDefault = s.ageUnknownAdultDefault;
      quantityPresumption = s.quantityPresumption;
      sameDayDisqualifier = s.sameDayDisqualifier;
      registrationOnly = s.registrationOnly;
      sentenceAbsentCompletedAfterYears = s.sentenceAbsentCompletedAfterYears;
      relatedChargeRows = s.relatedChargeRows;
      aggravatorIndicatorScope = s.aggravatorIndicatorScope;
      derivation = s.derivation;
      lists = s.lists;
    }

    public Builder attemptMode(AttemptMode v) {
      attemptMode = v;
      return this;
    }

    public Builder twoPriorsUnit(TwoPriorsUnit v) {
      twoPriorsUnit = v;
      return this;
    }

    public Builder twoPriorsSections(TwoPriorsSections v) {
      twoPriorsSections = v;
      return this;
    }

    public Builder twoPriorsOldLawConvictionsCount(boolean v) {
      twoPriorsOldLawConvictionsCount = v;
      return this;
    }

    public Builder attemptedNonHomicideSuperStrike(UnsettledMode v) {
      attemptedNonHomicideSuperStrike = v;
      return this;
    }

    public Builder attemptedPc290Offense(UnsettledMode v) {
      attemptedPc290Offense = v;
      return this;
    }

    public Builder possessionNoSubdivision(PossessionNoSubdivision v) {
      possessionNoSubdivision = v;
      return this;
    }

    public Builder schoolGroundsAdult(SchoolGroundsAdult v) {
      schoolGroundsAdult = v;
      return this;
    }

    public Builder ageUnknownAdultDefault(boolean v) {
      ageUnknownAdultDefault = v;
      return this;
    }

    public Builder quantityPresumption(boolean v) {
      quantityPresumption = v;
      return this;
    }

    public Builder sameDayDisqualifier(UnsettledMode v) {
      sameDayDisqualifier = v;
      return this;
    }

    public Builder registrationOnly(UnsettledMode v) {
      registrationOnly = v;
      return this;
    }

    public Builder sentenceAbsentCompletedAfterYears(Integer v) {
      sentenceAbsentCompletedAfterYears = v;
      return this;
    }

    public Builder relatedChargeRows(RelatedChargeRows v) {
      relatedChargeRows = v;
      return this;
    }

    public Builder aggravatorIndicatorScope(IndicatorScope v) {
      aggravatorIndicatorScope = v;
      return this;
    }

    public Builder derivation(DerivationSettings v) {
      derivation = v;
      return this;
    }

    public Builder lists(StatutoryLists v) {
      lists = v;
      return this;
    }

    public StatutorySettings build() {
      return new StatutorySettings(
          attemptMode,
          twoPriorsUnit,
          twoPriorsSections,
          twoPriorsOldLawConvictionsCount,
          attemptedNonHomicideSuperStrike,
          attemptedPc290Offense,
          possessionNoSubdivision,
          schoolGroundsAdult,
          ageUnknownAdultDefault,
          quantityPresumption,
          sameDayDisqualifier,
          registrationOnly,
          sentenceAbsentCompletedAfterYears,
          relatedChargeRows,
          aggravatorIndicatorScope,
          derivation,
          lists);
    }
  }
}
