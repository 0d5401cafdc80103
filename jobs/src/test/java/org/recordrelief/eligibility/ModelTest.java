package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recordrelief.doj.DojDate;
import org.recordrelief.eligibility.Fixture.Person;

/** Validation and helpers of the fact model and the determination record. */
class ModelTest {

  private static final CountKey KEY = new CountKey("S1", "101002001000");

  @Test
  void countKeys() {
    assertTrue(KEY.hasValidOrder());
    assertEquals(Optional.of(new GroupKey("S1", "101002")), KEY.caseKey());
    assertEquals(Optional.of(new GroupKey("S1", "101")), KEY.cycleKey());
    CountKey bad = new CountKey("S1", "10100200100");
    assertFalse(bad.hasValidOrder());
    assertTrue(bad.caseKey().isEmpty());
    assertTrue(new CountKey("S1", "10100200100X").cycleKey().isEmpty());
  }

  @Test
  void offenseDateFallsBackToTheConvictionDate() {
    ConvictionFacts c = new ConvictionFacts(KEY, Cits.of("HS 11359"), null, Level.F, null,
        DojDate.unknown(), OffenseDateSource.CYCLE, DojDate.of("2005-05-05"), null, false, null,
        null, false, false, null, null);
    assertEquals(OffenseDateSource.CONVICTION, c.offenseDateSource());
    assertEquals(DojDate.of("2005-05-05"), c.offenseDate());
    assertEquals(Level.F, c.currentLevel());
    assertEquals(c.offense(), c.charged());
    assertEquals(SentenceInfo.Basis.INVALID, c.sentence().basis());
    ConvictionFacts none = new ConvictionFacts(KEY, Cits.of("HS 11359"), null, Level.F, null,
        null, null, null, null, false, null, null, false, false, null, null);
    assertEquals(OffenseDateSource.UNKNOWN, none.offenseDateSource());
  }

  @Test
  void determinationInvariants() {
    assertThrows(IllegalArgumentException.class, () -> new Determination(KEY, Relevance.PROP64,
        Outcome.DISMISS_AND_SEAL, Outcome.DISMISS_AND_SEAL, Track.REDESIGNATE_11361_8_E_H,
        List.of("P-1"), List.of(), "", new java.util.TreeSet<Flag>(), "",
        SentenceStatus.COMPLETED));
    assertThrows(IllegalArgumentException.class, () -> new Determination(KEY, Relevance.PROP64,
        Outcome.NOT_ELIGIBLE, null, Track.REDESIGNATE_11361_8_E_H, List.of("P-3"), List.of(),
        "", new java.util.TreeSet<Flag>(), "", SentenceStatus.COMPLETED));
    assertThrows(IllegalArgumentException.class, () -> new Determination(KEY, Relevance.PROP64,
        Outcome.DISMISS_AND_SEAL, null, null, List.of("P-1"), List.of(), "",
        new java.util.TreeSet<Flag>(), "", SentenceStatus.COMPLETED));
    assertThrows(IllegalArgumentException.class, () -> new Determination(KEY, Relevance.PROP64,
        Outcome.NOT_ELIGIBLE, null, null, List.of(), List.of(), "", new java.util.TreeSet<Flag>(),
        "", SentenceStatus.COMPLETED));
  }

  @Test
  void historyRejectsDuplicateCountsAndOffersOverlayHelpers() {
    Person p = Fixture.person("1960-01-01");
    p.convicted("HS 11359").on("2001-01-01");
    p.convicted("HS 11358").convictedOn("2009");
    p.deceased("2020-02-02");
    PersonHistory h = p.history();
    assertTrue(h.deceased());
    assertEquals(Optional.of(DojDate.of("2020-02-02")), h.deceasedDate());
    assertEquals(Optional.of(DojDate.ofYear(2009)), h.mostRecentConvictionDate());
    assertTrue(h.onlyProp64Convictions());
    assertEquals(2, h.convictionCount());
    assertThrows(IllegalArgumentException.class, () -> new PersonHistory("P1", null,
        List.of(h.convictions().get(0), h.convictions().get(0)), null, null));
    p.convicted("PC 459").on("2010-01-01");
    assertFalse(p.history().onlyProp64Convictions());
  }

  @Test
  void supplementaryFactsValidation() {
    assertThrows(IllegalArgumentException.class, () -> SupplementaryFacts.NONE.withGrams(-1.0));
    assertThrows(IllegalArgumentException.class, () -> SupplementaryFacts.NONE.withPlantCount(-2));
    assertThrows(IllegalArgumentException.class,
        () -> SupplementaryFacts.NONE.withConcentrateGrams(Double.NaN));
    assertEquals(SupplementaryFacts.NONE, SupplementaryFacts.orNone(null));
  }

  @Test
  void everyRuleHasACitationAndWording() {
    for (RuleCatalog.Rule r : RuleCatalog.rules()) {
      assertFalse(r.citation().isBlank(), r.id());
      assertTrue(RuleCatalog.hasText(r.reasonCode()), r.id());
    }
    for (DisqualifierCause c : DisqualifierCause.values()) {
      assertTrue(RuleCatalog.hasText(c.reasonCode()), c.name());
    }
  }
}
