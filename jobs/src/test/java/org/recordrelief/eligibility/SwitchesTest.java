package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recordrelief.eligibility.Fixture.AS_OF;
import static org.recordrelief.eligibility.Fixture.person;
import static org.recordrelief.eligibility.Fixture.personWithoutDob;
import static org.recordrelief.eligibility.Flag.*;
import static org.recordrelief.eligibility.Outcome.*;

import org.junit.jupiter.api.Test;
import org.recordrelief.eligibility.Fixture.Count;
import org.recordrelief.eligibility.Fixture.Person;
import org.recordrelief.eligibility.StatutorySettings.AttemptMode;
import org.recordrelief.eligibility.StatutorySettings.IndicatorScope;
import org.recordrelief.eligibility.StatutorySettings.PossessionNoSubdivision;
import org.recordrelief.eligibility.StatutorySettings.RelatedChargeRows;
import org.recordrelief.eligibility.StatutorySettings.SchoolGroundsAdult;
import org.recordrelief.eligibility.StatutorySettings.TwoPriorsSections;
import org.recordrelief.eligibility.StatutorySettings.TwoPriorsUnit;
import org.recordrelief.eligibility.StatutorySettings.UnsettledMode;

/** Every §6 switch: the documented default and each alternative value. */
class SwitchesTest {

  private static StatutorySettings.Builder with() {
    return StatutorySettings.defaults().toBuilder();
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    StatutorySettings s = StatutorySettings.defaults();
    assertEquals(AttemptMode.FOLLOW_TARGET, s.attemptMode());
    assertEquals(TwoPriorsUnit.CASE, s.twoPriorsUnit());
    assertEquals(TwoPriorsSections.SAME_SECTION, s.twoPriorsSections());
    assertTrue(s.twoPriorsOldLawConvictionsCount());
    assertEquals(UnsettledMode.NEEDS_REVIEW, s.attemptedNonHomicideSuperStrike());
    assertEquals(UnsettledMode.NEEDS_REVIEW, s.attemptedPc290Offense());
    assertEquals(PossessionNoSubdivision.NEEDS_REVIEW, s.possessionNoSubdivision());
    assertEquals(SchoolGroundsAdult.NEEDS_REVIEW, s.schoolGroundsAdult());
    assertTrue(s.ageUnknownAdultDefault());
    assertTrue(s.quantityPresumption());
    assertEquals(UnsettledMode.NEEDS_REVIEW, s.sameDayDisqualifier());
    assertEquals(UnsettledMode.NEEDS_REVIEW, s.registrationOnly());
    assertEquals(5, s.sentenceAbsentCompletedAfterYears());
    assertEquals(RelatedChargeRows.ALL, s.relatedChargeRows());
    assertEquals(IndicatorScope.CASE, s.aggravatorIndicatorScope());
    assertEquals(StatutorySettings.OffenseDateRule.CYCLE_THEN_ARREST_STEP_THEN_CONVICTION,
        s.derivation().offenseDateSource());
    assertEquals(StatutorySettings.ConvictionDateRule.STEP_EVENT_DATE,
        s.derivation().convictionDateSource());
    assertEquals(StatutorySettings.SentencePartCombination.MAX,
        s.derivation().sentencePartCombination());
    assertEquals(false, s.derivation().useCycAgeFallback());
    assertEquals(s, s.toBuilder().build());
  }

  @Test
  void settingsSurviveJavaSerialization() throws Exception {
    StatutorySettings s = StatutorySettings.defaults().toBuilder()
        .twoPriorsUnit(TwoPriorsUnit.CYCLE).build();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(s, in.readObject());
    }
  }

  @Test
  void invalidSettingsFailAtConstruction() {
    assertThrows(IllegalArgumentException.class,
        () -> with().sentenceAbsentCompletedAfterYears(-1).build());
    assertThrows(NullPointerException.class, () -> with().attemptMode(null).build());
  }

  @Test
  void attemptModeStrict() {
    Person p = person("1960-01-01");
    Count c = p.convicted("HS 664/11359").on("2010-06-01");
    StatutorySettings s = with().attemptMode(AttemptMode.STRICT).build();
    Expect.that(p.evaluate(c, s)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
        .decisive("X-1").flags(ATTEMPT);
  }

  @Test
  void attemptModeStrictMakesAnAttemptPriorUnsettledForTwoPriors() {
    Person p = person("1960-01-01");
    p.convicted("HS 11359").on("2001-01-01");
    p.convicted("HS 664/11359").on("2004-01-01");
    Count c = p.convicted("HS 11359").on("2010-06-01");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-4");
    StatutorySettings s = with().attemptMode(AttemptMode.STRICT).build();
    Expect.that(p.evaluate(c, s)).outcome(NEEDS_REVIEW).flags(TWO_PRIORS_UNSETTLED);
  }

  @Test
  void twoPriorsUnitCount() {
    Person p = person("1960-01-01");
    Count a = p.convicted("HS 11358").on("2001-01-01");
    p.convictedInSameCase(a, "HS 11358").on("2001-01-01");
    Count c = p.convicted("HS 11358").on("2010-06-01");
    StatutorySettings s = with().twoPriorsUnit(TwoPriorsUnit.COUNT).build();
    Expect.that(p.evaluate(c, s)).outcome(NOT_ELIGIBLE).decisive("C-6")
        .flags(TWO_PRIORS_UNSETTLED);
  }

  @Test
  void twoPriorsUnitCycle() {
    // two cases (court steps 002 and 003) of one cycle: two cases, one cycle
    Person p = person("1960-01-01");
    Count a = p.convictedWithOrder("150002001000", "HS 11359").on("2001-01-01");
    p.convictedWithOrder("150003001000", "HS 11359").on("2001-03-01");
    Count c = p.convicted("HS 11359").on("2010-06-01");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-4");
    StatutorySettings s = with().twoPriorsUnit(TwoPriorsUnit.CYCLE).build();
    Expect.that(p.evaluate(c, s)).outcome(REDUCE_TO_MISDEMEANOR).flags(TWO_PRIORS_UNSETTLED);
    assertEquals("150", a.countOrder.substring(0, 3));
  }

  @Test
  void twoPriorsAnyProp64FelonySection() {
    Person p = person("1960-01-01");
    p.convicted("HS 11358").on("2001-01-01");
    p.convicted("HS 11359").on("2003-01-01");
    Count c = p.convicted("HS 11360(A)").on("2010-06-01");
    StatutorySettings s = with().twoPriorsSections(TwoPriorsSections.ANY_PROP64_FELONY_SECTION)
        .build();
    Expect.that(p.evaluate(c, s)).outcome(NOT_ELIGIBLE).decisive("A-4").flags(TWO_PRIORS_UNSETTLED);
  }

  @Test
  void twoPriorsAnySectionDoesNotCountPossession() {
    Person p = person("1960-01-01");
    p.convicted("HS 11357(A)").on("2001-01-01");
    p.convicted("HS 11357(C)").level(Level.M).on("2003-01-01");
    Count c = p.convicted("HS 11359").on("2010-06-01");
    StatutorySettings s = with().twoPriorsSections(TwoPriorsSections.ANY_PROP64_FELONY_SECTION)
        .build();
    Expect.that(p.evaluate(c, s)).outcome(REDUCE_TO_MISDEMEANOR).noFlags(TWO_PRIORS_UNSETTLED);
  }

  @Test
  void twoPriorsOldLawConvictionsDoNotCount() {
    Person p = person("1970-01-01");
    p.convicted("HS 11358").on("2003");
    p.convicted("HS 11358").on("2007");
    Count c = p.convicted("HS 11358").on("2012-02-02");
    StatutorySettings s = with().twoPriorsOldLawConvictionsCount(false).build();
    Expect.that(p.evaluate(c, s)).outcome(REDUCE_TO_MISDEMEANOR).decisive("C-2")
        .flags(TWO_PRIORS_UNSETTLED);
  }

  @Test
  void attemptedNonHomicideSuperStrike() {
    // 664/209 is a super strike entry only (not on the PC 290 list)
    Person p = person("1960-01-01");
    p.convicted("PC 664/209").on("1990");
    Count c = p.convicted("HS 11360(A)").on("2008");
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(SUPER_STRIKE_UNSETTLED);
    Expect.that(p.evaluate(c, with().attemptedNonHomicideSuperStrike(UnsettledMode.DISQUALIFY)
        .build())).outcome(NOT_ELIGIBLE).decisive("A-3");
    Expect.that(p.evaluate(c, with().attemptedNonHomicideSuperStrike(UnsettledMode.IGNORE)
        .build())).outcome(REDUCE_TO_MISDEMEANOR).noFlags(SUPER_STRIKE_UNSETTLED);
  }

  @Test
  void attemptedHomicideIgnoresTheSwitch() {
    Person p = person("1960-01-01");
    p.convicted("PC 664/187(A)").on("1990");
    Count c = p.convicted("HS 11360(A)").on("2008");
    Expect.that(p.evaluate(c, with().attemptedNonHomicideSuperStrike(UnsettledMode.IGNORE)
        .build())).outcome(NOT_ELIGIBLE).decisive("A-3");
  }

  @Test
  void attemptedPc290Offense() {
    // 664/243.4 is on the PC 290 list only
    Person p = person("1960-01-01");
    p.convicted("PC 664/243.4(A)").on("1990");
    Count c = p.convicted("HS 11359").on("2008");
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(SUPER_STRIKE_UNSETTLED);
    Expect.that(p.evaluate(c, with().attemptedPc290Offense(UnsettledMode.DISQUALIFY).build()))
        .outcome(NOT_ELIGIBLE).decisive("S-3");
    Expect.that(p.evaluate(c, with().attemptedPc290Offense(UnsettledMode.IGNORE).build()))
        .outcome(REDUCE_TO_MISDEMEANOR);
  }

  @Test
  void r22NeedsBothAttemptSwitchesToResolve() {
    // 664/269 is on both lists: the two switches must agree (spec §6 note on R22)
    Person p = person("1960-01-01");
    p.convicted("PC 664/269").on("1990");
    Count c = p.convicted("HS 11360(A)").on("2008");
    Expect.that(p.evaluate(c, with().attemptedNonHomicideSuperStrike(UnsettledMode.IGNORE)
        .build())).outcome(NEEDS_REVIEW).flags(SUPER_STRIKE_UNSETTLED);
    Expect.that(p.evaluate(c, with().attemptedNonHomicideSuperStrike(UnsettledMode.IGNORE)
        .attemptedPc290Offense(UnsettledMode.IGNORE).build())).outcome(REDUCE_TO_MISDEMEANOR);
    Expect.that(p.evaluate(c, with().attemptedNonHomicideSuperStrike(UnsettledMode.DISQUALIFY)
        .build())).outcome(NOT_ELIGIBLE);
  }

  @Test
  void possessionNoSubdivisionTreatAs11357b() {
    Person p = person("1960-01-01");
    Count c = p.convicted("HS 11357 - NO SPECIFIED SUBSECTION").level(Level.M).on("2010-06-01");
    StatutorySettings s = with().possessionNoSubdivision(PossessionNoSubdivision.TREAT_AS_11357B)
        .build();
    Expect.that(p.evaluate(c, s)).outcome(DISMISS_AND_SEAL).decisive("P-1").rule("P-13")
        .flags(SUBDIVISION_UNMAPPED);
  }

  @Test
  void schoolGroundsAdultNotEligible() {
    Person p = person("1983-01-01");
    Count c = p.convicted("HS 11357(D)").level(Level.M).on("2008-10-10");
    Expect.that(p.evaluate(c, with().schoolGroundsAdult(SchoolGroundsAdult.NOT_ELIGIBLE).build()))
        .outcome(NOT_ELIGIBLE).decisive("P-11");
  }

  @Test
  void ageUnknownAdultDefaultOff() {
    Person p = personWithoutDob();
    Count c = p.convicted("HS 11359").on("2005-01-01");
    Expect.that(p.evaluate(c, with().ageUnknownAdultDefault(false).build()))
        .outcome(NEEDS_REVIEW).candidate(REDUCE_TO_INFRACTION).decisive("G8").flags(AGE_UNKNOWN);
  }

  @Test
  void quantityPresumptionOff() {
    Person p = person("1980-01-01");
    Count c = p.convicted("HS 11357(A)").on("2010-02-02");
    Expect.that(p.evaluate(c, with().quantityPresumption(false).build()))
        .outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL).decisive("P-5")
        .reason("QUANTITY_UNKNOWN").noFlags(QTY_PRESUMED);
    Person young = person("1991-01-01");
    Count y = young.convicted("HS 11357(A)").on("2010-02-02");
    Expect.that(young.evaluate(y, with().quantityPresumption(false).build()))
        .outcome(NEEDS_REVIEW).candidate(REDUCE_TO_INFRACTION).decisive("P-7");
  }

  @Test
  void sameDayDisqualifier() {
    Person p = person("1970-01-01");
    p.convicted("PC 187").on("2005-05-05");
    Count c = p.convicted("HS 11359").convictedOn("2005-05-05").offenseUnknown();
    Expect.that(p.evaluate(c, with().sameDayDisqualifier(UnsettledMode.DISQUALIFY).build()))
        .outcome(NOT_ELIGIBLE).decisive("S-3");
    Expect.that(p.evaluate(c, with().sameDayDisqualifier(UnsettledMode.IGNORE).build()))
        .outcome(REDUCE_TO_MISDEMEANOR).noFlags(TIMING_SAME_DAY);
  }

  @Test
  void registrationOnly() {
    Person p = person("1983-01-01");
    p.registration("2015");
    Count c = p.convicted("HS 11359").on("2011-11-11");
    Expect.that(p.evaluate(c, with().registrationOnly(UnsettledMode.DISQUALIFY).build()))
        .outcome(NOT_ELIGIBLE).decisive("S-3");
    Expect.that(p.evaluate(c, with().registrationOnly(UnsettledMode.IGNORE).build()))
        .outcome(REDUCE_TO_MISDEMEANOR).noFlags(REGISTRATION_ONLY);
  }

  @Test
  void sentenceAbsentCompletedAfterYears() {
    Person p = person("1960-01-01");
    Count c = p.convicted("HS 11359").on("2016-06-01").sentenceAbsent();
    java.time.LocalDate asOf = java.time.LocalDate.of(2019, 1, 1);
    Expect.that(p.evaluate(c, asOf)).track(Track.UNDETERMINED);
    Expect.that(p.evaluate(c, asOf, with().sentenceAbsentCompletedAfterYears(2).build()))
        .track(Track.REDESIGNATE_11361_8_E_H);
    Expect.that(p.evaluate(c, asOf, with().sentenceAbsentCompletedAfterYears(3).build()))
        .track(Track.UNDETERMINED);
    Expect.that(p.evaluate(c, asOf, with().sentenceAbsentCompletedAfterYears(0).build()))
        .track(Track.REDESIGNATE_11361_8_E_H);
    Count old = p.convicted("HS 11359").on("1990-06-01").sentenceAbsent();
    Expect.that(p.evaluate(old, with().sentenceAbsentCompletedAfterYears(null).build()))
        .track(Track.UNDETERMINED).flags(SENTENCE_UNKNOWN);
  }

  @Test
  void relatedChargeRowsSameCycleOnly() {
    Person p = person("1970-01-01");
    Count lone = p.convicted("PC 148").level(Level.M).on("2010-01-01");
    Count withP64 = p.convicted("PC 148").level(Level.M).on("2011-01-01");
    p.arrestedInSameCycle(withP64, "HS 11359");
    StatutorySettings s = with().relatedChargeRows(RelatedChargeRows.SAME_CYCLE_PROP64).build();
    assertTrue(p.tryEvaluate(lone, AS_OF, s).isEmpty());
    Expect.that(p.evaluate(withP64, s)).outcome(NOT_ELIGIBLE).flags(COUNTY_POLICY_CANDIDATE);
  }

  @Test
  void aggravatorIndicatorScopeCycle() {
    Person p = person("1980-01-01");
    Count c = p.convicted("HS 11359").on("2011-03-03");
    p.arrestedInSameCycle(c, "HS 11361");
    Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).noFlags(MINOR_INDICATOR);
    Expect.that(p.evaluate(c, with().aggravatorIndicatorScope(IndicatorScope.CYCLE).build()))
        .outcome(NEEDS_REVIEW).flags(MINOR_INDICATOR);
  }
}
