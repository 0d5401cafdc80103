package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recordrelief.eligibility.Fixture.AS_OF;
import static org.recordrelief.eligibility.Fixture.person;
import static org.recordrelief.eligibility.Fixture.personWithoutDob;
import static org.recordrelief.eligibility.Flag.*;
import static org.recordrelief.eligibility.Outcome.*;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recordrelief.doj.DojDate;
import org.recordrelief.eligibility.Fixture.Count;
import org.recordrelief.eligibility.Fixture.Person;

/** Gates G1–G8 (§3) beyond the reference cases. */
class GatesTest {

  private static final StatutorySettings S = StatutorySettings.defaults();

  @Nested
  class G1 {
    @Test
    void nonConvictionIsOutOfScope() {
      Person p = person("1970-01-01");
      Count c = p.convicted("HS 11359").on("2010-01-01");
      p.chargedInSameCase(c, "HS 11360(A)", ChargeFacts.Disposition.NOT_CONVICTED);
      PersonHistory h = p.history();
      ChargeFacts dismissed = h.otherCounts().get(0);
      Evaluation e = StatutoryEvaluator.classify(h, dismissed, null, AS_OF, S);
      Evaluation.OutOfScope out = assertInstanceOf(Evaluation.OutOfScope.class, e);
      assertEquals(Evaluation.NOT_A_CONVICTION, out.reasonCode());
      assertTrue(e.determination().isEmpty());
    }

    @Test
    void unrelatedConvictionIsOutOfScope() {
      Person p = person("1970-01-01");
      Count c = p.convicted("PC 459").on("2010-01-01");
      assertTrue(p.tryEvaluate(c, AS_OF, S).isEmpty());
      Evaluation e = StatutoryEvaluator.classify(p.history(), c.build(), null, AS_OF, S);
      assertEquals(Evaluation.NOT_RELEVANT_SECTION,
          assertInstanceOf(Evaluation.OutOfScope.class, e).reasonCode());
    }
  }

  @Nested
  class G2 {
    @Test
    void syntheticCannabinoidIsNotProp64() {
      Person p = person("1970-01-01");
      Count c = p.convicted("HS 11357.5").level(Level.M).on("2015-01-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("G2")
          .noFlags(COUNTY_POLICY_CANDIDATE);
      assertEquals(Relevance.OTHER_MARIJUANA_SECTION, p.evaluate(c).relevance());
    }

    @Test
    void possessionInJail4573_8() {
      Person p = person("1970-01-01");
      Count c = p.convicted("PC 4573.8").on("2012-01-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("G2");
    }

    @Test
    void pleaToAnotherSectionWhenCharged11359() {
      Person p = person("1970-01-01");
      Count c = p.convicted("PC 459").charged("HS 11359").on("2010-01-01");
      Determination d = p.evaluate(c);
      Expect.that(d).outcome(NOT_ELIGIBLE).decisive("G2").flags(COUNTY_POLICY_CANDIDATE);
      assertEquals(Relevance.CHARGED_PROP64, d.relevance());
    }

    @Test
    void relatedChargeWithoutProp64InTheCycleHasARowButNoPolicyFlag() {
      Person p = person("1970-01-01");
      Count c = p.convicted("PC 148(A)(1)").level(Level.M).on("2010-01-01");
      Determination d = p.evaluate(c);
      Expect.that(d).outcome(NOT_ELIGIBLE).decisive("G2").noFlags(COUNTY_POLICY_CANDIDATE);
      assertEquals(Relevance.RELATED_CHARGE, d.relevance());
    }

    @Test
    void relatedChargeWithProp64InTheSameCycleCourtStep() {
      Person p = person("1970-01-01");
      Count c = p.convicted("PC 647(F)").level(Level.M).on("2010-01-01");
      p.chargedInSameCase(c, "HS 11357(C)", ChargeFacts.Disposition.NOT_CONVICTED);
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).flags(COUNTY_POLICY_CANDIDATE);
    }

    @Test
    void prop64ChargeInAnotherCycleDoesNotCount() {
      Person p = person("1970-01-01");
      p.convicted("HS 11359").on("2005-01-01");
      Count c = p.convicted("PC 32").level(Level.M).on("2010-01-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).noFlags(COUNTY_POLICY_CANDIDATE);
    }

    @Test
    void invalidCountOrderExcludesCycleRules() {
      Person p = person("1970-01-01");
      Count c = p.convictedWithOrder("F1:L27", "PC 32").level(Level.M).on("2010-01-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).noFlags(COUNTY_POLICY_CANDIDATE);
    }

    @Test
    void conspiracyWithOtherTargetIsNotRelevant() {
      Person p = person("1970-01-01");
      Count c = p.convicted("PC 182(A)(1)>PC 459").on("2010-01-01");
      assertTrue(p.tryEvaluate(c, AS_OF, S).isEmpty());
    }

    @Test
    void unparsedConvictedOffenseWithProp64ChargeGoesToReview() {
      Person p = person("1970-01-01");
      Count c = p.convicted("?").charged("HS 11359").on("2010-01-01");
      Determination d = p.evaluate(c);
      Expect.that(d).outcome(NEEDS_REVIEW).candidate(null).decisive("G2").flags(DATA_QUALITY)
          .reason("OFFENSE_UNPARSED");
      assertEquals(Relevance.OFFENSE_UNPARSED, d.relevance());
    }

    @Test
    void codeLabelIsIgnoredFor11359ButFlagged() {
      Person p = person("1970-01-01");
      Count c = p.convicted("PC 11359").on("2010-01-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).decisive("S-2")
          .flags(CODE_LABEL_MISMATCH);
    }
  }

  @Nested
  class G3 {
    @Test
    void possessionOffense1975YearOnlyIsPre1976() {
      Person p = person("1950-01-01");
      Count c = p.convicted("HS 11357(B)").level(Level.M).on("1975");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL)
          .flags(PRE_1976).decisive("G3");
    }

    @Test
    void possession1976IsNotPre1976() {
      Person p = person("1950-01-01");
      Count c = p.convicted("HS 11357(B)").level(Level.M).on("1976-01-01");
      Expect.that(p.evaluate(c)).outcome(DISMISS_AND_SEAL).noFlags(PRE_1976).noRule("G3");
    }

    @Test
    void possessionWithUnknownDatesMightBePre1976() {
      Person p = person("1950-01-01");
      Count c = p.convicted("HS 11357(B)").level(Level.M).on("");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(DATE_IMPRECISE).rule("G3");
    }

    @Test
    void possiblyPre1976DoesNotLetARowDenialStand() {
      // P-3 would deny, but if the offense was before 1976 G3 decides (review)
      // (juvenile: the tier is fixed, so only the date question is open)
      Person p = person("1956-01-01");
      Count c = p.convicted("HS 11357(B)").level(Level.I).on("").juvenile();
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(NOT_ELIGIBLE).decisive("G3")
          .rule("P-3", "G7").flags(PRE_1976, DATE_IMPRECISE);
    }

    @Test
    void cultivationBefore1976IsNotAGateCase() {
      Person p = person("1950-01-01");
      Count c = p.convicted("HS 11358").on("1974-05-05");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).noRule("G3");
    }

    @Test
    void predecessor11531() {
      Person p = person("1945-01-01");
      Count c = p.convicted("HS 11531").convictedOn("1969").offenseUnknown();
      Determination d = p.evaluate(c);
      Expect.that(d).outcome(NEEDS_REVIEW).candidate(null).decisive("G3").flags(PRE_1976);
      assertEquals(Relevance.PREDECESSOR, d.relevance());
    }
  }

  @Nested
  class G4G5 {
    @Test
    void offenseOnTheEffectiveDateIsUnderAuma() {
      Person p = person("1980-01-01");
      Count c = p.convicted("HS 11359").offense("2016-11-09").convictedOn("2017-01-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("G4");
    }

    @Test
    void offenseTheDayBeforeAndConvictionBeforeIsOldLaw() {
      Person p = person("1980-01-01");
      Count c = p.convicted("HS 11359").offense("2016-11-08").convictedOn("2016-11-08");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).noRule("G4", "G5");
    }

    @Test
    void fallbackOffenseDateNeverTriggersG4() {
      Person p = person("1980-01-01");
      Count c = p.convicted("HS 11359").convictedOn("2017-02-01").offenseUnknown();
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
          .decisive("G5").noRule("G4").flags(OFFENSE_DATE_FROM_CONVICTION);
    }

    @Test
    void g5ReviewButARowDenialStands() {
      Person p = person("1980-01-01");
      p.convicted("PC 187").on("2000-01-01");
      Count c = p.convicted("HS 11359").offense("2016-10-01").convictedOn("2017-02-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-3").rule("G5");
    }

    @Test
    void offenseProxyAfterTheConvictionIsADataProblem() {
      Person p = person("1980-01-01");
      Count c = p.convicted("HS 11359").offense("2010-06-01").convictedOn("2010-01-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).flags(DATA_QUALITY)
          .reason("OFFENSE_AFTER_CONVICTION");
    }

    @Test
    void alreadyRelievedWinsOverG5() {
      Person p = person("1980-01-01");
      Count c = p.convicted("HS 11359").offense("2016-10-01").convictedOn("2017-02-01").relieved();
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("G6").rule("G5")
          .flags(ALREADY_RELIEVED);
    }
  }

  @Nested
  class G7 {
    @Test
    void juvenileWhoseAdjudicationIsAlreadyAnInfractionIsNotEligible() {
      Person p = person("1983-03-03");
      Count c = p.convicted("HS 11357(B)").level(Level.I).on("1999-03-03").juvenile();
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("P-3").rule("G7").flags(JUVENILE);
    }

    @Test
    void juvenileIgnoresPriorsAndAge() {
      Person p = personWithoutDob();
      p.convicted("PC 187").on("1980-01-01");
      Count c = p.convicted("HS 11360(A)").on("1990-01-01").juvenile();
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_INFRACTION)
          .decisive("G7").rule("A-1").noFlags(AGE_UNKNOWN);
    }
  }

  @Nested
  class G8 {
    @Test
    void adultDefaultFor11359() {
      Person p = personWithoutDob();
      Count c = p.convicted("HS 11359").on("2005-01-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).decisive("S-2").rule("G8")
          .flags(AGE_UNKNOWN);
    }

    @Test
    void adultDefaultFor11358WithUnknownPlants() {
      Person p = personWithoutDob();
      Count c = p.convicted("HS 11358").on("2005-01-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).rule("C-2", "G8")
          .flags(AGE_UNKNOWN, PLANTS_UNKNOWN);
    }

    @Test
    void noAdultDefaultFor11358WithSixPlantsOrFewer() {
      Person p = personWithoutDob();
      Count c = p.convicted("HS 11358").on("2005-01-01")
          .facts(SupplementaryFacts.NONE.withPlantCount(3));
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL)
          .decisive("G8").flags(AGE_UNKNOWN);
    }

    @Test
    void noAdultDefaultWhenTheAdultOutcomeIsADenial() {
      Person p = personWithoutDob();
      p.convicted("PC 187").on("1990-01-01");
      Count c = p.convicted("HS 11359").on("2005-01-01");
      // adult: S-3 NOT_ELIGIBLE; under 18: S-1 infraction -> review, never a guessed denial
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_INFRACTION)
          .flags(AGE_UNKNOWN).rule("G8", "S-3", "S-1");
    }

    @Test
    void conflictingDobsInDifferentTiers() {
      Person p = person("1990-01-01")
          .dobInfo(new DobInfo(DojDate.of("1990-01-01"), List.of(DojDate.of("1995-01-01")), false));
      Count c = p.convicted("HS 11357(B)").level(Level.M).on("2012-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL)
          .flags(AGE_UNKNOWN).noFlags(DATE_IMPRECISE).reason("DOB_CONFLICT");
    }

    @Test
    void aCycleAgeInAnotherTierMakesAgeUnknown() {
      // DOB 1996: under 18 in 2012; the DOJ recorded an adult age for the cycle.
      Count c = person("1996-01-01").convicted("HS 11359").level(Level.F).on("2012-06-01")
          .issue(CountEvaluator.CYC_AGE_TIER_CONFLICT);
      Expect.that(c.and().evaluate(c)).outcome(NEEDS_REVIEW).flags(AGE_UNKNOWN)
          .reason("CYC_AGE_CONFLICT");
      Count plain = person("1996-01-01").convicted("HS 11359").level(Level.F).on("2012-06-01");
      Expect.that(plain.and().evaluate(plain)).outcome(REDUCE_TO_INFRACTION);
    }

    @Test
    void conflictingDobsInTheSameTierDoNotMatter() {
      Person p = person("1960-01-01")
          .dobInfo(new DobInfo(DojDate.of("1960-01-01"), List.of(DojDate.of("1961-05-05")), false));
      Count c = p.convicted("HS 11357(B)").level(Level.M).on("2012-06-01");
      Expect.that(p.evaluate(c)).outcome(DISMISS_AND_SEAL).noFlags(AGE_UNKNOWN);
    }

    @Test
    void dobAfterAnEventMakesAgeUnknown() {
      Person p = person("1960-01-01")
          .dobInfo(new DobInfo(DojDate.of("1960-01-01"), List.of(), true));
      Count c = p.convicted("HS 11357(B)").level(Level.M).on("2012-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(AGE_UNKNOWN).reason("DOB_UNRELIABLE");
    }

    @Test
    void ageTierIrrelevantForAdultOnlyDifferences() {
      // 18-20 vs 21+ both give REDUCE_TO_MISDEMEANOR for 11359: no AGE_UNKNOWN
      Person p = person("1990-06-15");
      Count c = p.convicted("HS 11359").on("2011");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).noFlags(AGE_UNKNOWN);
    }
  }
}
