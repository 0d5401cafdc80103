package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.recordrelief.eligibility.Fixture.person;
import static org.recordrelief.eligibility.Flag.*;
import static org.recordrelief.eligibility.Outcome.*;
import static org.recordrelief.eligibility.Track.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recordrelief.eligibility.Fixture.Count;
import org.recordrelief.eligibility.Fixture.Person;

/** Modifiers X-1…X-9 (§5), prior dating, gang pairs, two-priors counting, sentence status. */
class ModifiersTest {

  @Nested
  class X1Attempt {
    @Test
    void attemptFollowsTheTargetRow() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 664/11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).decisive("S-2").rule("X-1")
          .flags(ATTEMPT);
    }

    @Test
    void attemptedPossessionAt21IsDismissed() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 664/11357(B)").level(Level.M).on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(DISMISS_AND_SEAL).decisive("P-1").flags(ATTEMPT);
    }
  }

  @Nested
  class X4X5X6Dating {
    @Test
    void x4_superStrikeConvictedOnTheOffenseDay() {
      Person p = person("1960-01-01");
      p.convicted("PC 187(A)").on("2010-06-01");
      Count c = p.convicted("HS 11360(A)").offense("2010-06-01").convictedOn("2010-09-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
          .decisive("X-4").rule("A-3", "A-2").flags(TIMING_SAME_DAY).noFlags(DATE_IMPRECISE);
    }

    @Test
    void x5_laterSuperStrikeIsIgnoredButFlagged() {
      Person p = person("1960-01-01");
      p.convicted("PC 187").on("2015-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01").sentenceEnds("2030-01-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).decisive("S-2").rule("X-5", "X-2")
          .flags(LATER_DISQUALIFIER, RISK_REVIEW).track(RESENTENCE_11361_8_A_D);
    }

    @Test
    void x5_alsoOnPossessionCounts() {
      Person p = person("1960-01-01");
      p.convicted("PC 288(A)").on("2015-01-01");
      Count c = p.convicted("HS 11357(B)").level(Level.M).on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(DISMISS_AND_SEAL).flags(LATER_DISQUALIFIER);
    }

    @Test
    void x6_registrationWithALater290ConvictionIsStillRegistrationOnly() {
      Person p = person("1960-01-01");
      p.convicted("PC 288(C)(1)").on("2012-01-01");
      p.registration("2012");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
          .decisive("X-6").flags(REGISTRATION_ONLY, LATER_DISQUALIFIER);
    }

    @Test
    void x6_registrationExplainedByAPrior290Conviction() {
      Person p = person("1960-01-01");
      p.convicted("PC 288(C)(1)").on("1995-01-01");
      p.registration("1995");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-3").noRule("X-6");
    }

    @Test
    void priorDatedInTheSameYearAsTheOffenseIsImprecise() {
      Person p = person("1960-01-01");
      p.convicted("PC 187").on("2010");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
          .decisive("S-3").flags(DATE_IMPRECISE).reason("PRIOR_DATE_IMPRECISE");
    }

    @Test
    void fallbackOffenseDateNeverMakesADefinitePrior() {
      Person p = person("1960-01-01");
      p.convicted("PC 187").on("2004-01-01");
      Count c = p.convicted("HS 11359").convictedOn("2005-05-05").offenseUnknown();
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
          .flags(DATE_IMPRECISE, OFFENSE_DATE_FROM_CONVICTION).decisive("S-3");
    }

    @Test
    void sameCaseCoConvictionIsNeverAPrior() {
      // R33 names a *different* case; a conviction of the same proceeding is concurrent
      Person p = person("1970-01-01");
      Count c = p.convicted("HS 11359").convictedOn("2005-05-05").offenseUnknown();
      p.convictedInSameCase(c, "PC 187").convictedOn("2005-05-05").offenseUnknown();
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).noFlags(TIMING_SAME_DAY)
          .flags(LATER_DISQUALIFIER);
    }

    @Test
    void sameCaseCountsAreNotPriorsForTwoPriors() {
      Person p = person("1970-01-01");
      p.convicted("HS 11359").on("2001-01-01");
      Count c = p.convicted("HS 11359").convictedOn("2005-05-05").offenseUnknown();
      p.convictedInSameCase(c, "HS 11359").convictedOn("2005-05-05").offenseUnknown();
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).noFlags(TWO_PRIORS_UNSETTLED);
    }

    @Test
    void realOffenseDateMakesTheSamePriorDefinite() {
      Person p = person("1960-01-01");
      p.convicted("PC 187").on("2004-01-01");
      Count c = p.convicted("HS 11359").offense("2005-01-01").convictedOn("2005-05-05")
          .arrestStepDate();
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-3");
    }

    @Test
    void relievedPriorIsUnsettled() {
      Person p = person("1960-01-01");
      p.convicted("PC 187").on("1990-01-01").relieved();
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(SUPER_STRIKE_UNSETTLED)
          .reason("PRIOR_RELIEVED");
    }

    @Test
    void juvenileAdjudicationPriorIsUnsettled() {
      Person p = person("1960-01-01");
      p.convicted("PC 288(A)").on("1975-01-01").juvenile();
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(SUPER_STRIKE_UNSETTLED)
          .reason("JUVENILE_PRIOR");
    }

    @Test
    void conspiracyToMurderPriorIsUnsettled() {
      Person p = person("1960-01-01");
      p.convicted("PC 182(A)(1)>PC 187").on("1990-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(SUPER_STRIKE_UNSETTLED)
          .reason("CONSPIRACY_DISQUALIFIER");
    }

    @Test
    void pc1203SetAsidePriorStillCounts() {
      Person p = person("1960-01-01");
      p.convicted("PC 187").on("1990-01-01").pc1203();
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-3");
    }

    @Test
    void pc1203OnTheCountIsOnlyAFlag() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01").pc1203();
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).flags(PC1203_DISMISSED);
    }

    @Test
    void unparsedEarlierConvictionIsFlagged() {
      Person p = person("1960-01-01");
      p.convicted("?").on("1990-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).flags(DATA_QUALITY)
          .reason("UNPARSED_PRIOR_CONVICTION");
    }
  }

  @Nested
  class GangPairs {
    @Test
    void offenseAndEnhancementRowsInTheSameCase() {
      Person p = person("1960-01-01");
      Count pair = p.convicted("PC 246").on("1995-01-01");
      p.convictedInSameCase(pair, "PC 186.22(B)(4)").on("1995-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-3");
    }

    @Test
    void pairIsDatedByTheLaterRow() {
      Person p = person("1960-01-01");
      Count pair = p.convicted("PC 246").offense("1995-01-01").convictedOn("2009-01-01");
      p.convictedInSameCase(pair, "PC 186.22(B)(4)").offense("1995-01-01")
          .convictedOn("2012-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).flags(LATER_DISQUALIFIER);
    }

    @Test
    void enhancementInAnotherCaseDoesNotPair() {
      Person p = person("1960-01-01");
      p.convicted("PC 246").on("1995-01-01");
      p.convicted("PC 186.22(B)(4)").on("1996-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR);
    }

    @Test
    void enhancementWithBlankDispositionIsUnsettled() {
      Person p = person("1960-01-01");
      Count pair = p.convicted("PC 136.1(B)(1)").on("1995-01-01");
      p.chargedInSameCase(pair, "PC 186.22(B)(4)", ChargeFacts.Disposition.BLANK);
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(SUPER_STRIKE_UNSETTLED)
          .reason("ENHANCEMENT_UNPROVEN");
    }

    @Test
    void dismissedEnhancementIsIgnored() {
      Person p = person("1960-01-01");
      Count pair = p.convicted("PC 136.1(B)(1)").on("1995-01-01");
      p.chargedInSameCase(pair, "PC 186.22(B)(4)", ChargeFacts.Disposition.NOT_CONVICTED);
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR);
    }
  }

  @Nested
  class TwoPriorsCounting {
    @Test
    void twoCountsInOneCaseAreOnePriorByDefaultButTheReadingIsFlagged() {
      Person p = person("1960-01-01");
      Count a = p.convicted("HS 11358").on("2001-01-01");
      p.convictedInSameCase(a, "HS 11358").on("2001-01-01");
      Count c = p.convicted("HS 11358").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).decisive("C-2")
          .flags(TWO_PRIORS_UNSETTLED);
    }

    @Test
    void differentSectionPriorsDoNotCountByDefault() {
      Person p = person("1960-01-01");
      p.convicted("HS 11358").on("2001-01-01");
      p.convicted("HS 11359").on("2003-01-01");
      Count c = p.convicted("HS 11360(A)").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).flags(TWO_PRIORS_UNSETTLED);
    }

    @Test
    void onePriorIsNeverUnsettled() {
      Person p = person("1960-01-01");
      p.convicted("HS 11359").on("2001-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).noFlags(TWO_PRIORS_UNSETTLED);
    }

    @Test
    void priorOfUncertainDateMakesTheCountReview() {
      Person p = person("1960-01-01");
      p.convicted("HS 11359").on("2001-01-01");
      p.convicted("HS 11359").on("2010");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
          .flags(TWO_PRIORS_UNSETTLED, DATE_IMPRECISE).decisive("S-4");
    }

    @Test
    void priorsWithInvalidCountOrderMayOrMayNotBeSeparateCases() {
      Person p = person("1960-01-01");
      p.convictedWithOrder("BAD-1", "HS 11359").on("2001-01-01");
      p.convictedWithOrder("BAD-2", "HS 11359").on("2001-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
          .flags(TWO_PRIORS_UNSETTLED, DATA_QUALITY);
    }

    @Test
    void twoPriorsAndASuperStrikeIsNotEligibleWithoutTheUnsettledFlag() {
      Person p = person("1960-01-01");
      p.convicted("PC 187").on("1990-01-01");
      p.convicted("HS 11359").on("2001-01-01");
      p.convicted("HS 11359").on("2004-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-3").rule("S-4")
          .noFlags(TWO_PRIORS_UNSETTLED);
    }
  }

  @Nested
  class X8X9 {
    @Test
    void x8_priorsFromAnyCountyCount() {
      // the fixture puts every count in the same county slug; the evaluator never reads it
      Person p = person("1960-01-01");
      p.convicted("PC 187").on("1990-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE);
    }

    @Test
    void x9_cultivationAlreadyReducedTo17b() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11358").level(Level.F).currentLevel(Level.M).on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("X-9").rule("C-2")
          .noFlags(DATA_QUALITY);
    }

    @Test
    void x9_cultivationRecordedAsMisdemeanorIsAlsoADataAnomaly() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11358").level(Level.M).on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("X-9").flags(DATA_QUALITY);
    }

    @Test
    void x9_possessionAt19AlreadyReducedToInfraction() {
      Person p = person("1991-01-01");
      Count c = p.convicted("HS 11357(B)").level(Level.M).currentLevel(Level.I).on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("X-9").rule("P-2");
    }
  }

  @Nested
  class Track {
    @Test
    void sentenceAbsentLongAgoIsCompleted() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01").sentenceAbsent();
      Determination d = p.evaluate(c);
      Expect.that(d).track(REDESIGNATE_11361_8_E_H);
      assertEquals(SentenceStatus.COMPLETED, d.sentenceStatus());
    }

    @Test
    void sentenceAbsentRecentlyIsUnknown() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01").sentenceAbsent();
      Expect.that(p.evaluate(c, LocalDate.of(2012, 1, 1))).outcome(REDUCE_TO_MISDEMEANOR)
          .track(UNDETERMINED).flags(SENTENCE_UNKNOWN);
    }

    @Test
    void invalidSentenceIsUnknown() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01").sentenceInvalid();
      Expect.that(p.evaluate(c)).track(UNDETERMINED).flags(SENTENCE_UNKNOWN);
    }

    @Test
    void sentenceEndingInTheEvaluationYearIsUnknown() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01").sentenceEnds("2025");
      Expect.that(p.evaluate(c, LocalDate.of(2025, 6, 1))).outcome(REDUCE_TO_MISDEMEANOR)
          .track(UNDETERMINED);
    }

    @Test
    void sentenceEndingOnTheEvaluationDateIsStillServing() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01").sentenceEnds("2025-01-01");
      Expect.that(p.evaluate(c)).track(RESENTENCE_11361_8_A_D).flags(RISK_REVIEW);
    }

    @Test
    void reviewOutcomesCarryATrack() {
      Person p = person("1960-01-01");
      p.registration("2000");
      Count c = p.convicted("HS 11359").on("2010-06-01").sentenceEnds("2030-01-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).track(RESENTENCE_11361_8_A_D)
          .flags(RISK_REVIEW);
    }
  }
}
