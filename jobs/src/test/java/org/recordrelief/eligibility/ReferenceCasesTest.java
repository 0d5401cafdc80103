package org.recordrelief.eligibility;

import static org.recordrelief.eligibility.Fixture.person;
import static org.recordrelief.eligibility.Fixture.personWithoutDob;
import static org.recordrelief.eligibility.Flag.*;
import static org.recordrelief.eligibility.Outcome.*;
import static org.recordrelief.eligibility.Track.*;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recordrelief.eligibility.Fixture.Count;
import org.recordrelief.eligibility.Fixture.Person;

/**
 * The reference cases of {@code prop64-rules.md} §8, one test each. Evaluation date 2025-01-01
 * unless stated; sentences completed unless stated; listed flags must be present; the deciding rule
 * id must be in {@code ruleIds}.
 */
class ReferenceCasesTest {

  @Test
  @DisplayName("R01 11357(b) infraction at 52: dismiss and seal (P-1)")
  void r01() {
    Person p = person("1960-01-01");
    Count c = p.convicted("HS 11357(B)").level(Level.I).offense("2012-03-10")
        .convictedOn("2012-04-01");
    Expect.that(p.evaluate(c)).outcome(DISMISS_AND_SEAL).track(REDESIGNATE_11361_8_E_H)
        .decisive("P-1");
  }

  @Test
  @DisplayName("R02 11357(b) infraction at 19: already an infraction (P-3)")
  void r02() {
    Person p = person("1993-01-01");
    Count c = p.convicted("HS 11357(B)").level(Level.I).on("2012-05-01");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("P-3");
  }

  @Test
  @DisplayName("R03 11357(a) felony at 30, quantity unknown: dismiss, QTY_PRESUMED (P-5)")
  void r03() {
    Person p = person("1980-01-01");
    Count c = p.convicted("HS 11357(A)").level(Level.F).on("2010-02-02");
    Expect.that(p.evaluate(c)).outcome(DISMISS_AND_SEAL).track(REDESIGNATE_11361_8_E_H)
        .flags(QTY_PRESUMED).decisive("P-5");
  }

  @Test
  @DisplayName("R04 11357(a) felony, 20 g concentrate: reduce to misdemeanor (P-6)")
  void r04() {
    Person p = person("1980-01-01");
    Count c = p.convicted("HS 11357(A)").level(Level.F).on("2010-02-02")
        .facts(SupplementaryFacts.NONE.withConcentrateGrams(20.0));
    Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).track(REDESIGNATE_11361_8_E_H)
        .decisive("P-6");
  }

  @Test
  @DisplayName("R05 11357(c) misdemeanor at 40: not eligible, county policy candidate (P-9)")
  void r05() {
    Person p = person("1965-01-01");
    Count c = p.convicted("HS 11357(C)").level(Level.M).on("2005-04-04");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).flags(COUNTY_POLICY_CANDIDATE)
        .decisive("P-9");
  }

  @Test
  @DisplayName("R06 11357(d) school grounds at 25: review, candidate not eligible (P-11)")
  void r06() {
    Person p = person("1983-01-01");
    Count c = p.convicted("HS 11357(D)").level(Level.M).on("2008-10-10");
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(NOT_ELIGIBLE).decisive("P-11");
  }

  @Test
  @DisplayName("R07 11357(e) juvenile adjudication at 16: review, candidate infraction (G7, P-12)")
  void r07() {
    Person p = person("1983-03-03");
    Count c = p.convicted("HS 11357(E)").level(Level.M).on("1999-03-03").juvenile();
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_INFRACTION)
        .flags(JUVENILE).decisive("G7").rule("P-12");
  }

  @Test
  @DisplayName("R08 11357 (no subdivision) felony convicted 1974: review, PRE_1976 (G3)")
  void r08() {
    Person p = person("1952-01-01");
    Count c = p.convicted("HS 11357").level(Level.F).convictedOn("1974-08-01").offenseUnknown();
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(PRE_1976).decisive("G3");
  }

  @Test
  @DisplayName("R09 former HS 11530 possession, 1970: review (G3)")
  void r09() {
    Person p = person("1948-01-01");
    Count c = p.convicted("HS 11530").level(Level.F).convictedOn("1970").offenseUnknown();
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).decisive("G3");
  }

  @Test
  @DisplayName("R10 11358 felony, 4 plants at 35: dismiss and seal (C-1)")
  void r10() {
    Person p = person("1969-01-01");
    Count c = p.convicted("HS 11358").level(Level.F).on("2004-07-07")
        .facts(SupplementaryFacts.NONE.withPlantCount(4));
    Expect.that(p.evaluate(c)).outcome(DISMISS_AND_SEAL).track(REDESIGNATE_11361_8_E_H)
        .decisive("C-1");
  }

  @Test
  @DisplayName("R11 11358 felony at 19, plants unknown: misdemeanor, PLANTS_UNKNOWN (C-2)")
  void r11() {
    Person p = person("1993-01-01");
    Count c = p.convicted("HS 11358").level(Level.F).on("2012-08-08");
    Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).track(REDESIGNATE_11361_8_E_H)
        .flags(PLANTS_UNKNOWN).decisive("C-2");
  }

  @Test
  @DisplayName("R12 11358 felony at 17 in adult court: infraction (C-4)")
  void r12() {
    Person p = person("1978-01-01");
    Count c = p.convicted("HS 11358").level(Level.F).on("1995-05-05");
    Expect.that(p.evaluate(c)).outcome(REDUCE_TO_INFRACTION).track(REDESIGNATE_11361_8_E_H)
        .decisive("C-4");
  }

  @Test
  @DisplayName("R13 prior PC 288(a) 1990, 11358 in 2010: not eligible (C-5)")
  void r13() {
    Person p = person("1970-01-01");
    p.convicted("PC 288(A)").level(Level.F).on("1990");
    Count c = p.convicted("HS 11358").level(Level.F).on("2010-01-01");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("C-5");
  }

  @Test
  @DisplayName("R14 two prior 11358 cases (2003, 2007): not eligible, TWO_PRIORS_UNSETTLED (C-6)")
  void r14() {
    Person p = person("1970-01-01");
    p.convicted("HS 11358").level(Level.F).on("2003");
    p.convicted("HS 11358").level(Level.F).on("2007");
    Count c = p.convicted("HS 11358").level(Level.F).on("2012-02-02");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).flags(TWO_PRIORS_UNSETTLED).decisive("C-6");
  }

  @Test
  @DisplayName("R15 11359 felony at 28: misdemeanor, never dismissal (S-2)")
  void r15() {
    Person p = person("1983-01-01");
    Count c = p.convicted("HS 11359").level(Level.F).on("2011-11-11");
    Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).track(REDESIGNATE_11361_8_E_H)
        .decisive("S-2");
  }

  @Test
  @DisplayName("R16 prior PC 288(a) 1999 and registration 2000, 11359 in 2011: not eligible (S-3)")
  void r16() {
    Person p = person("1975-01-01");
    p.convicted("PC 288(A)").level(Level.F).on("1999");
    p.registration("2000");
    Count c = p.convicted("HS 11359").level(Level.F).on("2011-11-11");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-3");
  }

  @Test
  @DisplayName("R17 PC 290 registration 2015 only: review, candidate misdemeanor (X-6)")
  void r17() {
    Person p = person("1983-01-01");
    p.registration("2015");
    Count c = p.convicted("HS 11359").level(Level.F).on("2011-11-11");
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
        .flags(REGISTRATION_ONLY).decisive("X-6");
  }

  @Test
  @DisplayName("R18 11359 with a same-case HS 11361 count: review, MINOR_INDICATOR (S-5/S-6)")
  void r18() {
    Person p = person("1980-01-01");
    Count c = p.convicted("HS 11359").level(Level.F).on("2011");
    p.chargedInSameCase(c, "HS 11361", ChargeFacts.Disposition.NOT_CONVICTED);
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
        .flags(MINOR_INDICATOR).rule("S-5", "S-6");
  }

  @Test
  @DisplayName("R19 11359 recorded MISDEMEANOR: not eligible, DATA_QUALITY (S-7)")
  void r19() {
    Person p = person("1980-01-01");
    Count c = p.convicted("HS 11359").level(Level.M).on("2011");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).flags(DATA_QUALITY).decisive("S-7");
  }

  @Test
  @DisplayName("R20 11360(a) felony at 45: misdemeanor (A-2)")
  void r20() {
    Person p = person("1954-01-01");
    Count c = p.convicted("HS 11360(A)").level(Level.F).on("1999-09-09");
    Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).track(REDESIGNATE_11361_8_E_H)
        .decisive("A-2");
  }

  @Test
  @DisplayName("R21 11360(b) misdemeanor at 19: infraction (T-2)")
  void r21() {
    Person p = person("1971-01-01");
    Count c = p.convicted("HS 11360(B)").level(Level.M).on("1990-01-01");
    Expect.that(p.evaluate(c)).outcome(REDUCE_TO_INFRACTION).track(REDESIGNATE_11361_8_E_H)
        .decisive("T-2");
  }

  @Test
  @DisplayName("R22 prior attempted PC 269 (1990): review, SUPER_STRIKE_UNSETTLED (A-3 open)")
  void r22() {
    Person p = person("1960-01-01");
    p.convicted("PC 664/269").level(Level.F).on("1990");
    Count c = p.convicted("HS 11360(A)").level(Level.F).on("2008");
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
        .flags(SUPER_STRIKE_UNSETTLED).decisive("A-3").rule("A-2");
  }

  @Test
  @DisplayName("R23 11360(a) described IMPORT MARIJUANA INTO STATE: review, IMPORT_INDICATOR (A-6)")
  void r23() {
    Person p = person("1970-01-01");
    Count c = p.convicted("HS 11360(A) - IMPORT MARIJUANA INTO STATE").level(Level.F).on("2008");
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
        .flags(IMPORT_INDICATOR).decisive("A-6");
  }

  @Test
  @DisplayName("R24 PC 182(a)(1) conspiracy to violate 11359: not eligible (G2)")
  void r24() {
    Person p = person("1980-01-01");
    Count c = p.convicted("PC 182(A)(1)>HS 11359").level(Level.F).on("2010");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("G2");
  }

  @Test
  @DisplayName("R25 PC 32, 11360 arrest in the same cycle: not eligible, policy candidate (G2)")
  void r25() {
    Person p = person("1970-01-01");
    Count c = p.convicted("PC 32").level(Level.M).on("2006-06-06");
    p.arrestedInSameCycle(c, "HS 11360(A)");
    p.arrestedInSameCycle(c, "HS 11359");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).flags(COUNTY_POLICY_CANDIDATE).decisive("G2");
  }

  @Test
  @DisplayName("R26 HS 11361 (using a minor): not eligible (G2)")
  void r26() {
    Person p = person("1970-01-01");
    Count c = p.convicted("HS 11361").level(Level.F).on("2005");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("G2");
  }

  @Test
  @DisplayName("R27 new-law 11357(b) offense 2017-01-15: not eligible (G4)")
  void r27() {
    Person p = person("1990-01-01");
    Count c = p.convicted("HS 11357(B)").level(Level.M).offense("2017-01-15")
        .convictedOn("2017-03-01");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("G4");
  }

  @Test
  @DisplayName("R28 11359 offense 2016-10-01, convicted 2017-02-01: review, misdemeanor (G5)")
  void r28() {
    Person p = person("1980-01-01");
    Count c = p.convicted("HS 11359").level(Level.F).offense("2016-10-01")
        .convictedOn("2017-02-01");
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
        .decisive("G5");
  }

  @Test
  @DisplayName("R29 11360(a) 2015, 3 years' probation, as of 2017-06-01: resentencing (A-2, X-2)")
  void r29() {
    Person p = person("1985-01-01");
    Count c = p.convicted("HS 11360(A)").level(Level.F).on("2015-06-01")
        .sentenceEnds("2018-06-01");
    Expect.that(p.evaluate(c, LocalDate.of(2017, 6, 1))).outcome(REDUCE_TO_MISDEMEANOR)
        .track(RESENTENCE_11361_8_A_D).flags(RISK_REVIEW).decisive("A-2").rule("X-2");
  }

  @Test
  @DisplayName("R30 same count evaluated 2025-01-01: redesignation (A-2, X-3)")
  void r30() {
    Person p = person("1985-01-01");
    Count c = p.convicted("HS 11360(A)").level(Level.F).on("2015-06-01")
        .sentenceEnds("2018-06-01");
    Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).track(REDESIGNATE_11361_8_E_H)
        .noFlags(RISK_REVIEW).decisive("A-2").rule("X-3");
  }

  @Test
  @DisplayName("R31 deceased 2020, 11359 in 2000: misdemeanor, DECEASED (non-gate)")
  void r31() {
    Person p = person("1950-01-01");
    p.deceased("2020");
    Count c = p.convicted("HS 11359").level(Level.F).on("2000");
    Expect.that(p.evaluate(c)).outcome(REDUCE_TO_MISDEMEANOR).track(REDESIGNATE_11361_8_E_H)
        .flags(DECEASED).decisive("S-2");
  }

  @Test
  @DisplayName("R32 record shows 11361.8 redesignation: not eligible, ALREADY_RELIEVED (G6)")
  void r32() {
    Person p = person("1970-01-01");
    Count c = p.convicted("HS 11359").level(Level.F).on("2003").relieved();
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).flags(ALREADY_RELIEVED).decisive("G6");
  }

  @Test
  @DisplayName("R33 PC 187 convicted the day of the 11359 conviction, no offense date (X-4)")
  void r33() {
    Person p = person("1970-01-01");
    p.convicted("PC 187").level(Level.F).on("2005-05-05");
    Count c = p.convicted("HS 11359").level(Level.F).convictedOn("2005-05-05").offenseUnknown();
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
        .flags(TIMING_SAME_DAY).decisive("X-4");
  }

  @Test
  @DisplayName("R34 DOB missing, 11357(b) misdemeanor 1995: review, AGE_UNKNOWN (G8)")
  void r34() {
    Person p = personWithoutDob();
    Count c = p.convicted("HS 11357(B)").level(Level.M).on("1995");
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(AGE_UNKNOWN).decisive("G8");
  }

  @Test
  @DisplayName("R35 11358 with a Fish and Game 5650 count in the same case: review (C-7)")
  void r35() {
    Person p = person("1975-01-01");
    Count c = p.convicted("HS 11358").level(Level.F).on("2013");
    p.convictedInSameCase(c, "FG 5650").level(Level.M).on("2013");
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).flags(ENVIRONMENTAL_INDICATOR)
        .decisive("C-7");
  }

  @Test
  @DisplayName("R36 PC 4573.6 cannabis in prison: not eligible (G2, Raybon)")
  void r36() {
    Person p = person("1970-01-01");
    Count c = p.convicted("PC 4573.6 - POSSESS CANNABIS IN PRISON").level(Level.F).on("2012");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("G2");
  }

  @Test
  @DisplayName("R37 11359 juvenile adjudication at 16: review, candidate infraction (G7, S-1)")
  void r37() {
    Person p = person("1970-01-01");
    Count c = p.convicted("HS 11359").level(Level.F).on("1986").juvenile();
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_INFRACTION)
        .flags(JUVENILE).decisive("G7").rule("S-1");
  }
}
