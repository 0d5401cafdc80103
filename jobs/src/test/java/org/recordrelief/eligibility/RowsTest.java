package org.recordrelief.eligibility;

import static org.recordrelief.eligibility.Fixture.person;
import static org.recordrelief.eligibility.Flag.*;
import static org.recordrelief.eligibility.Outcome.*;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.Fixture.Count;
import org.recordrelief.eligibility.Fixture.Person;

/**
 * Offense rows of §4 not exercised by the reference cases. Ages: DOB 1960 → 21+, DOB 1991 with
 * offenses in 2010 → 19, DOB 1994 with offenses in 2010 → 16.
 */
class RowsTest {

  private static final SupplementaryFacts NONE = SupplementaryFacts.NONE;

  private static Determination one(String dob, String cite, Level level, String when,
      SupplementaryFacts f) {
    Person p = person(dob);
    Count c = p.convicted(cite).level(level).on(when).facts(f);
    return p.evaluate(c);
  }

  private static Determination one(String dob, String cite, Level level, String when) {
    return one(dob, cite, level, when, NONE);
  }

  @Nested
  class Possession11357 {
    @Test
    void p2_misdemeanorAt19() {
      Expect.that(one("1991-01-01", "HS 11357(B)", Level.M, "2010-06-01"))
          .outcome(REDUCE_TO_INFRACTION).decisive("P-2");
    }

    @Test
    void p2_felonyAt19() {
      Expect.that(one("1991-01-01", "HS 11357(B)", Level.F, "2010-06-01"))
          .outcome(REDUCE_TO_INFRACTION).decisive("P-2").noFlags(DATA_QUALITY);
    }

    @Test
    void p3_infractionUnder18() {
      Expect.that(one("1994-01-01", "HS 11357(B)", Level.I, "2010-06-01"))
          .outcome(NOT_ELIGIBLE).decisive("P-3");
    }

    @Test
    void p4_misdemeanorUnder18() {
      Expect.that(one("1994-01-01", "HS 11357(B)", Level.M, "2010-06-01"))
          .outcome(REDUCE_TO_INFRACTION).decisive("P-4");
    }

    @Test
    void p4_felonyUnder18IsInconsistent() {
      Expect.that(one("1994-01-01", "HS 11357(B)", Level.F, "2010-06-01"))
          .outcome(REDUCE_TO_INFRACTION).decisive("P-4").flags(DATA_QUALITY);
    }

    @Test
    void p5_knownEightGramsOrLess() {
      Expect.that(one("1960-01-01", "HS 11357(A)", Level.F, "2010-06-01",
              NONE.withConcentrateGrams(8.0)))
          .outcome(DISMISS_AND_SEAL).decisive("P-5").noFlags(QTY_PRESUMED);
    }

    @Test
    void p5_alreadyReducedToMisdemeanorIsStillDismissed() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11357(A)").level(Level.F).currentLevel(Level.M).on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(DISMISS_AND_SEAL).decisive("P-5");
    }

    @Test
    void p6_misdemeanorOverEightGramsIsNotEligible() {
      Expect.that(one("1960-01-01", "HS 11357(A)", Level.M, "2010-06-01",
              NONE.withConcentrateGrams(9.5)))
          .outcome(NOT_ELIGIBLE).decisive("P-6");
    }

    @Test
    void p6_at19OverEightGrams() {
      Expect.that(one("1991-01-01", "HS 11357(A)", Level.F, "2010-06-01",
              NONE.withConcentrateGrams(12.0)))
          .outcome(REDUCE_TO_MISDEMEANOR).decisive("P-6");
    }

    @Test
    void p7_at19QuantityUnknown() {
      Expect.that(one("1991-01-01", "HS 11357(A)", Level.F, "2010-06-01"))
          .outcome(REDUCE_TO_INFRACTION).decisive("P-7").flags(QTY_PRESUMED);
    }

    @Test
    void p7_at19QuantityKnown() {
      Expect.that(one("1991-01-01", "HS 11357(A)", Level.M, "2010-06-01",
              NONE.withConcentrateGrams(2.0)))
          .outcome(REDUCE_TO_INFRACTION).decisive("P-7").noFlags(QTY_PRESUMED);
    }

    @Test
    void p8_under18() {
      Expect.that(one("1994-01-01", "HS 11357(A)", Level.F, "2010-06-01",
              NONE.withConcentrateGrams(30.0)))
          .outcome(REDUCE_TO_INFRACTION).decisive("P-8");
    }

    @Test
    void p9_homeGrownProduceAt21PlusGoesToReview() {
      Expect.that(one("1960-01-01", "HS 11357(C)", Level.M, "2010-06-01",
              NONE.withHomeGrownSixPlantsOrFewer(Tri.TRUE)))
          .outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL).decisive("P-9");
    }

    @Test
    void p9_homeGrownAt19StaysNotEligible() {
      Expect.that(one("1991-01-01", "HS 11357(C)", Level.M, "2010-06-01",
              NONE.withHomeGrownSixPlantsOrFewer(Tri.TRUE)))
          .outcome(NOT_ELIGIBLE).decisive("P-9");
    }

    @Test
    void p9_recordedAsFelonyIsInconsistent() {
      Expect.that(one("1960-01-01", "HS 11357(C)", Level.F, "2010-06-01"))
          .outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR).flags(DATA_QUALITY);
    }

    @Test
    void p10_under18() {
      Expect.that(one("1994-01-01", "HS 11357(C)", Level.M, "2010-06-01"))
          .outcome(REDUCE_TO_INFRACTION).decisive("P-10");
    }

    @Test
    void p11_under18IsInconsistent() {
      Expect.that(one("1994-01-01", "HS 11357(D)", Level.M, "2010-06-01"))
          .outcome(NEEDS_REVIEW).candidate(REDUCE_TO_INFRACTION).flags(DATA_QUALITY);
    }

    @Test
    void p12_adultIsInconsistent() {
      Expect.that(one("1960-01-01", "HS 11357(E)", Level.M, "2010-06-01"))
          .outcome(NEEDS_REVIEW).candidate(null).flags(DATA_QUALITY).decisive("P-12");
    }

    @Test
    void p13_mappedToB() {
      Expect.that(one("1960-01-01", "HS 11357 - POSSESS MARIJUANA 28.5 GRAMS OR LESS", Level.M,
              "2010-06-01"))
          .outcome(DISMISS_AND_SEAL).decisive("P-1").rule("P-13").noFlags(SUBDIVISION_UNMAPPED);
    }

    @Test
    void p13_mappedToA() {
      Expect.that(one("1960-01-01", "HS 11357 - POSSESS CONCENTRATED CANNABIS", Level.F,
              "2010-06-01"))
          .outcome(DISMISS_AND_SEAL).decisive("P-5").rule("P-13").flags(QTY_PRESUMED);
    }

    @Test
    void p13_unmapped() {
      Expect.that(one("1960-01-01", "HS 11357 - NO SPECIFIED SUBSECTION", Level.M, "2010-06-01"))
          .outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL).decisive("P-13")
          .flags(SUBDIVISION_UNMAPPED);
    }

    @Test
    void p13_conflictingTokensStayUnmapped() {
      Expect.that(one("1960-01-01", "HS 11357 - CONCENTRATED 28.5 GRAMS OR LESS", Level.M,
              "2010-06-01"))
          .outcome(NEEDS_REVIEW).decisive("P-13").flags(SUBDIVISION_UNMAPPED);
    }

    @Test
    void unknownSubdivisionLetter() {
      Expect.that(one("1960-01-01", "HS 11357(G)", Level.M, "2010-06-01"))
          .outcome(NEEDS_REVIEW).candidate(null).decisive("P-13").flags(SUBDIVISION_UNMAPPED);
    }

    @Test
    void possessionIsNeverBlockedByASuperStrike() {
      Person p = person("1960-01-01");
      p.convicted("PC 187").on("1990-01-01");
      Count c = p.convicted("HS 11357(B)").level(Level.M).on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(DISMISS_AND_SEAL).decisive("P-1")
          .noFlags(SUPER_STRIKE_UNSETTLED);
    }
  }

  @Nested
  class TransportGift11360b {
    @Test
    void t1_adult() {
      Expect.that(one("1960-01-01", "HS 11360(B)", Level.M, "2010-06-01"))
          .outcome(DISMISS_AND_SEAL).decisive("T-1");
    }

    @Test
    void t1_giftToSomeoneUnder21() {
      Expect.that(one("1960-01-01", "HS 11360(B)", Level.M, "2010-06-01",
              NONE.withGiftToUnder21(Tri.TRUE)))
          .outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL).flags(MINOR_INDICATOR)
          .decisive("T-1");
    }

    @Test
    void t2_alreadyInfraction() {
      Expect.that(one("1994-01-01", "HS 11360(B)", Level.I, "2010-06-01"))
          .outcome(NOT_ELIGIBLE).decisive("T-2");
    }

    @Test
    void a7_descriptionShowsGiveAway() {
      Expect.that(one("1960-01-01", "HS 11360 - GIVE AWAY MARIJUANA", Level.M, "2010-06-01"))
          .outcome(DISMISS_AND_SEAL).decisive("T-1").rule("A-7");
    }
  }

  @Nested
  class Cultivation11358 {
    @Test
    void c2_knownMoreThanSixPlants() {
      Expect.that(one("1960-01-01", "HS 11358", Level.F, "2010-06-01", NONE.withPlantCount(40)))
          .outcome(REDUCE_TO_MISDEMEANOR).decisive("C-2").noFlags(PLANTS_UNKNOWN);
    }

    @Test
    void c3_at19WithSixPlants() {
      Expect.that(one("1991-01-01", "HS 11358", Level.F, "2010-06-01", NONE.withPlantCount(6)))
          .outcome(REDUCE_TO_INFRACTION).decisive("C-3");
    }

    @Test
    void c5_withSixPlantsOrFewerIsReviewNotDenial() {
      Person p = person("1960-01-01");
      p.convicted("PC 187").on("1990-01-01");
      Count c = p.convicted("HS 11358").on("2010-06-01").facts(NONE.withPlantCount(5));
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL)
          .decisive("C-5").rule("C-1").flags(SUPER_STRIKE_UNSETTLED)
          .reason("SIX_PLANTS_PRIOR_UNSETTLED");
    }

    @Test
    void sixPlantsWithPriorsButAlreadyAnInfractionStaysNotEligible() {
      // regression (found by MonotonicityPropertyTest): both readings deny, so no review
      Person p = person("1991-01-01");
      p.convicted("HS 11358").on("2008-01-01");
      p.convicted("HS 11358").on("2009-01-01");
      Count c = p.convicted("HS 11358").level(Level.I).on("2010-06-01")
          .facts(NONE.withPlantCount(4));
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("C-6").rule("C-3", "X-9");
    }

    @Test
    void c7_provenEnvironmentalViolation() {
      Expect.that(one("1960-01-01", "HS 11358", Level.F, "2010-06-01",
              NONE.withEnvironmentalViolation(Tri.TRUE)))
          .outcome(NOT_ELIGIBLE).decisive("C-7");
    }

    @Test
    void c7_indicatorOverriddenByKnownFact() {
      Person p = person("1975-01-01");
      Count c = p.convicted("HS 11358").on("2013")
          .facts(NONE.withEnvironmentalViolation(Tri.FALSE));
      p.convictedInSameCase(c, "WC 13260").level(Level.M).on("2013");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).noFlags(ENVIRONMENTAL_INDICATOR);
    }

    @Test
    void c7_indicatorFromADismissedSameCaseCount() {
      Person p = person("1975-01-01");
      Count c = p.convicted("HS 11358").on("2013");
      p.chargedInSameCase(c, "PC 374.8", ChargeFacts.Disposition.NOT_CONVICTED);
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(ENVIRONMENTAL_INDICATOR)
          .decisive("C-7");
    }
  }

  @Nested
  class PossessionForSale11359 {
    @Test
    void s1_under18() {
      Expect.that(one("1994-01-01", "HS 11359", Level.F, "2010-06-01"))
          .outcome(REDUCE_TO_INFRACTION).decisive("S-1");
    }

    @Test
    void s4_twoPriorCases() {
      Person p = person("1960-01-01");
      p.convicted("HS 11359").on("2001");
      p.convicted("HS 11359").on("2004");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-4").flags(TWO_PRIORS_UNSETTLED);
    }

    @Test
    void s5_provenSaleToMinor() {
      Expect.that(one("1991-01-01", "HS 11359", Level.F, "2010-06-01",
              NONE.withSaleToMinor(Tri.TRUE)))
          .outcome(NOT_ELIGIBLE).decisive("S-5");
    }

    @Test
    void s6_provenUseOfMinorAt21Plus() {
      Expect.that(one("1960-01-01", "HS 11359", Level.F, "2010-06-01",
              NONE.withUseOfMinor(Tri.TRUE)))
          .outcome(NOT_ELIGIBLE).decisive("S-6");
    }

    @Test
    void s6_doesNotApplyAt19() {
      Expect.that(one("1991-01-01", "HS 11359", Level.F, "2010-06-01",
              NONE.withUseOfMinor(Tri.TRUE)))
          .outcome(REDUCE_TO_MISDEMEANOR).decisive("S-2");
    }

    @Test
    void minorIndicatorAt19OnlyConcernsS5() {
      Person p = person("1991-01-01");
      Count c = p.convicted("HS 11359").on("2010-06-01");
      p.convictedInSameCase(c, "HS 11361(B)").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
          .decisive("S-5").noRule("S-6").flags(MINOR_INDICATOR);
    }

    @Test
    void s7_laterReduction() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11359").level(Level.F).currentLevel(Level.M).on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-7");
    }
  }

  @Nested
  class SaleTransport11360a {
    @Test
    void a1_under18() {
      Expect.that(one("1994-01-01", "HS 11360(A)", Level.F, "2010-06-01"))
          .outcome(REDUCE_TO_INFRACTION).decisive("A-1");
    }

    @Test
    void a2_nonCommercialTransportIsDismissed() {
      Expect.that(one("1960-01-01", "HS 11360(A)", Level.F, "2010-06-01",
              NONE.withNonCommercialTransport(Tri.TRUE)))
          .outcome(DISMISS_AND_SEAL).decisive("A-2").reason("SALE_TRANSPORT_NOT_FOR_SALE");
    }

    @Test
    void a2_giftToAdultsOfAnOunceOrLessIsDismissed() {
      Expect.that(one("1960-01-01", "HS 11360(A)", Level.F, "2010-06-01",
              NONE.withGiftToAdults(Tri.TRUE).withGrams(20.0)))
          .outcome(DISMISS_AND_SEAL).decisive("A-2").reason("GIFT_TO_ADULTS_LAWFUL");
    }

    @Test
    void a2_giftToAdultsOfUnknownQuantityGoesToReview() {
      Expect.that(one("1960-01-01", "HS 11360(A)", Level.F, "2010-06-01",
              NONE.withGiftToAdults(Tri.TRUE)))
          .outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL);
    }

    @Test
    void a2_giftByA19YearOldIsOnlyAReduction() {
      Expect.that(one("1991-01-01", "HS 11360(A)", Level.F, "2010-06-01",
              NONE.withGiftToAdults(Tri.TRUE).withGrams(20.0)))
          .outcome(REDUCE_TO_MISDEMEANOR).decisive("A-2");
    }

    @Test
    void a4_twoPriorCases() {
      Person p = person("1960-01-01");
      p.convicted("HS 11360(A)").on("2001");
      p.convicted("HS 11360").on("2004");
      Count c = p.convicted("HS 11360(A)").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("A-4");
    }

    @Test
    void a4_priorUnder11360bDoesNotCount() {
      Person p = person("1960-01-01");
      p.convicted("HS 11360(A)").on("2001");
      p.convicted("HS 11360(B)").level(Level.M).on("2004");
      Count c = p.convicted("HS 11360(A)").on("2010-06-01");
      Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).decisive("A-2");
    }

    @Test
    void a5_provenSaleToMinor() {
      Expect.that(one("1960-01-01", "HS 11360(A)", Level.F, "2010-06-01",
              NONE.withSaleToMinor(Tri.TRUE)))
          .outcome(NOT_ELIGIBLE).decisive("A-5");
    }

    @Test
    void a5_indicator() {
      Person p = person("1960-01-01");
      Count c = p.convicted("HS 11360(A)").on("2010-06-01");
      p.chargedInSameCase(c, "HS 11361", ChargeFacts.Disposition.BLANK);
      Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
          .decisive("A-5").flags(MINOR_INDICATOR);
    }

    @Test
    void a6_provenImportAboveThreshold() {
      Expect.that(one("1960-01-01", "HS 11360(A)", Level.F, "2010-06-01",
              NONE.withImportExport(Tri.TRUE).withGrams(500.0)))
          .outcome(NOT_ELIGIBLE).decisive("A-6");
    }

    @Test
    void a6_importBelowThresholdIsNotAggravated() {
      Expect.that(one("1960-01-01", "HS 11360(A) - IMPORT MARIJUANA INTO STATE", Level.F,
              "2010-06-01", NONE.withImportExport(Tri.TRUE).withGrams(20.0)))
          .outcome(REDUCE_TO_MISDEMEANOR).decisive("A-2").noFlags(IMPORT_INDICATOR);
    }

    @Test
    void a7_unmappedFelonyIsTreatedAs11360a() {
      Expect.that(one("1960-01-01", "HS 11360 - TRANSPORT MARIJUANA", Level.F, "2010-06-01"))
          .outcome(REDUCE_TO_MISDEMEANOR).decisive("A-2").rule("A-7").flags(SUBDIVISION_UNMAPPED);
    }

    @Test
    void a7_descriptionShowsSale() {
      Expect.that(one("1960-01-01", "HS 11360 - SELL/TRANSPORT MARIJUANA", Level.F, "2010-06-01"))
          .outcome(REDUCE_TO_MISDEMEANOR).decisive("A-2").rule("A-7")
          .noFlags(SUBDIVISION_UNMAPPED);
    }

    @Test
    void a7_unmappedMisdemeanorMayBe11360b() {
      Expect.that(one("1960-01-01", "HS 11360 - TRANSPORT MARIJUANA", Level.M, "2010-06-01"))
          .outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL).decisive("A-7")
          .flags(SUBDIVISION_UNMAPPED, DATA_QUALITY);
    }

    @Test
    void a7_sellAndGiveAwayIsAmbiguous() {
      Expect.that(one("1960-01-01", "HS 11360 - SELL/FURNISH/GIVE AWAY MARIJUANA", Level.F,
              "2010-06-01"))
          .outcome(REDUCE_TO_MISDEMEANOR).rule("A-7").flags(SUBDIVISION_UNMAPPED);
    }
  }
}
