package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recordrelief.eligibility.Fixture.person;
import static org.recordrelief.eligibility.Flag.*;
import static org.recordrelief.eligibility.Outcome.*;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.Fixture.Count;
import org.recordrelief.eligibility.Fixture.Person;

/**
 * NOT_ELIGIBLE > NEEDS_REVIEW > DISMISS_AND_SEAL > REDUCE_TO_INFRACTION >
 * REDUCE_TO_MISDEMEANOR.
 */
class PrecedenceTest {

  @Test
  void precedenceOrder() {
    List<Outcome> byPrecedence = Arrays.stream(Outcome.values())
        .sorted(Comparator.comparingInt(Outcome::precedence).reversed()).toList();
    assertEquals(List.of(NOT_ELIGIBLE, NEEDS_REVIEW, DISMISS_AND_SEAL, REDUCE_TO_INFRACTION,
        REDUCE_TO_MISDEMEANOR), byPrecedence);
    assertTrue(DISMISS_AND_SEAL.reliefRank() > REDUCE_TO_INFRACTION.reliefRank());
    assertTrue(REDUCE_TO_INFRACTION.reliefRank() > REDUCE_TO_MISDEMEANOR.reliefRank());
    assertTrue(REDUCE_TO_MISDEMEANOR.reliefRank() > NOT_ELIGIBLE.reliefRank());
  }

  @Test
  void definiteDisqualifierBeatsAnIndicator() {
    Person p = person("1960-01-01");
    p.convicted("PC 187").on("1990-01-01");
    Count c = p.convicted("HS 11359").on("2010-06-01");
    p.chargedInSameCase(c, "HS 11361", ChargeFacts.Disposition.BLANK);
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-3").noFlags(MINOR_INDICATOR);
  }

  @Test
  void anIndicatorAloneNeverDenies() {
    Person p = person("1960-01-01");
    Count c = p.convicted("HS 11360(A) - IMPORT MARIJUANA").on("2010-06-01");
    p.chargedInSameCase(c, "HS 11361", ChargeFacts.Disposition.BLANK);
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR)
        .flags(MINOR_INDICATOR, IMPORT_INDICATOR);
  }

  @Test
  void severalDenialRowsKeepTableOrder() {
    Person p = person("1960-01-01");
    p.convicted("PC 187").on("1990-01-01");
    p.convicted("HS 11358").on("2001-01-01");
    p.convicted("HS 11358").on("2004-01-01");
    Count c = p.convicted("HS 11358").on("2010-06-01")
        .facts(SupplementaryFacts.NONE.withEnvironmentalViolation(Tri.TRUE));
    Determination d = p.evaluate(c);
    Expect.that(d).outcome(NOT_ELIGIBLE).decisive("C-5").rule("C-6", "C-7");
    assertEquals(List.of("C-5", "C-6", "C-7"), d.ruleIds());
  }

  @Test
  void reviewMarkerDoesNotSoftenADenial() {
    Person p = person("1960-01-01");
    Count c = p.convicted("HS 11359").level(Level.M).offense("2016-10-01")
        .convictedOn("2017-01-05");
    Expect.that(p.evaluate(c)).outcome(NOT_ELIGIBLE).decisive("S-7").rule("G5");
  }

  @Test
  void dismissalFactBeatsTheMisdemeanorRow() {
    Person p = person("1960-01-01");
    Count c = p.convicted("HS 11360(A)").on("2010-06-01")
        .facts(SupplementaryFacts.NONE.withNonCommercialTransport(Tri.TRUE));
    Expect.that(p.evaluate(c)).outcome(DISMISS_AND_SEAL);
  }

  @Test
  void juvenileReviewWrapsTheRowOutcome() {
    Person p = person("1994-01-01");
    Count c = p.convicted("HS 11358").on("2010-06-01").juvenile();
    Expect.that(p.evaluate(c)).outcome(NEEDS_REVIEW).candidate(REDUCE_TO_INFRACTION)
        .decisive("G7").rule("C-4");
  }
}
