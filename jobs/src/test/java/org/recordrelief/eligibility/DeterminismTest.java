package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recordrelief.eligibility.Fixture.AS_OF;
import static org.recordrelief.eligibility.Fixture.person;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.Fixture.Count;
import org.recordrelief.eligibility.Fixture.Person;

/** Same inputs, same output; input order never matters; evaluateAll scope and order. */
class DeterminismTest {

  private static Person busyPerson() {
    Person p = person("1961-07-04");
    p.convicted("PC 459").on("1985-01-01");
    p.convicted("PC 664/269").on("1990");
    Count a = p.convicted("HS 11359").on("2001-03-03");
    p.chargedInSameCase(a, "HS 11361", ChargeFacts.Disposition.BLANK);
    p.convicted("HS 11358").on("2003");
    Count plea = p.convicted("PC 32").level(Level.M).on("2006-06-06");
    p.arrestedInSameCycle(plea, "HS 11360(A)");
    p.convicted("HS 11357(B)").level(Level.M).on("2008-08-08");
    p.convicted("HS 11360").level(Level.F).on("2012");
    p.convicted("HS 11357(C)").level(Level.M).offense("2017-01-01").convictedOn("2017-02-01");
    p.registration("2015");
    p.deceased("2021");
    return p;
  }

  @Test
  void evaluatingTwiceGivesEqualResults() {
    Person p = busyPerson();
    PersonHistory h = p.history();
    List<Determination> first = StatutoryEvaluator.evaluateAll(h, Map.of(), AS_OF,
        StatutorySettings.defaults());
    List<Determination> second = StatutoryEvaluator.evaluateAll(h, Map.of(), AS_OF,
        StatutorySettings.defaults());
    assertEquals(first, second);
  }

  @Test
  void inputOrderDoesNotMatter() {
    PersonHistory h = busyPerson().history();
    List<Determination> expected = StatutoryEvaluator.evaluateAll(h, Map.of(), AS_OF,
        StatutorySettings.defaults());
    Random rnd = new Random(7);
    for (int i = 0; i < 20; i++) {
      List<ConvictionFacts> conv = new ArrayList<>(h.convictions());
      List<ChargeFacts> other = new ArrayList<>(h.otherCounts());
      List<HistoryEvent> events = new ArrayList<>(h.events());
      Collections.shuffle(conv, rnd);
      Collections.shuffle(other, rnd);
      Collections.shuffle(events, rnd);
      PersonHistory shuffled = new PersonHistory(h.personId(), h.dob(), conv, other, events);
      assertEquals(expected, StatutoryEvaluator.evaluateAll(shuffled, Map.of(), AS_OF,
          StatutorySettings.defaults()));
    }
  }

  @Test
  void evaluateAllCoversExactlyTheRelevantCountsInKeyOrder() {
    PersonHistory h = busyPerson().history();
    List<Determination> all = StatutoryEvaluator.evaluateAll(h, Map.of(), AS_OF,
        StatutorySettings.defaults());
    // burglary (PC 459) gets no row; the attempted 269 prior gets no row; arrests get none
    assertEquals(6, all.size(), all.toString());
    List<CountKey> keys = all.stream().map(Determination::countKey).toList();
    List<CountKey> sorted = new ArrayList<>(keys);
    Collections.sort(sorted);
    assertEquals(sorted, keys);
    assertTrue(all.stream().allMatch(d -> d.flags().contains(Flag.DECEASED)));
    assertTrue(all.stream().noneMatch(d -> d.relevance() == Relevance.NOT_RELEVANT));
  }

  @Test
  void supplementaryFactsAreLookedUpByCountKey() {
    Person p = person("1969-01-01");
    Count c = p.convicted("HS 11358").on("2004-07-07");
    PersonHistory h = p.history();
    List<Determination> with = StatutoryEvaluator.evaluateAll(h,
        Map.of(c.key(), SupplementaryFacts.NONE.withPlantCount(4)), AS_OF,
        StatutorySettings.defaults());
    assertEquals(Outcome.DISMISS_AND_SEAL, with.get(0).outcome());
    List<Determination> without = StatutoryEvaluator.evaluateAll(h, null, AS_OF,
        StatutorySettings.defaults());
    assertEquals(Outcome.REDUCE_TO_MISDEMEANOR, without.get(0).outcome());
  }

  @Test
  void flagsAreSortedAndRuleIdsDistinct() {
    for (Determination d : StatutoryEvaluator.evaluateAll(busyPerson().history(), Map.of(),
        AS_OF, StatutorySettings.defaults())) {
      List<Flag> flags = new ArrayList<>(d.flags());
      List<Flag> sorted = new ArrayList<>(flags);
      Collections.sort(sorted);
      assertEquals(sorted, flags);
      assertEquals(d.ruleIds().stream().distinct().toList(), d.ruleIds());
      assertEquals(d.reasonCodes().stream().distinct().toList(), d.reasonCodes());
      assertEquals(RuleCatalog.citation(d.decisiveRuleId()), d.citation());
    }
  }

  @Test
  void reasonsCarryNoPersonalData() {
    Person p = busyPerson();
    for (Determination d : StatutoryEvaluator.evaluateAll(p.history(), Map.of(), AS_OF,
        StatutorySettings.defaults())) {
      String r = d.reason();
      assertFalse(r.isBlank());
      assertFalse(r.contains("1961"), r);
      assertFalse(r.contains("07-04") || r.contains("0704"), r);
      assertFalse(r.contains("S1") || r.contains("P1"), r);
      for (String code : d.reasonCodes()) {
        assertTrue(RuleCatalog.hasText(code), "no wording for reason code " + code);
      }
    }
  }

  @Test
  void theWallClockIsNeverRead() {
    // the same count evaluated "as of" two dates gives two tracks: only asOf decides "now"
    Person p = person("1985-01-01");
    Count c = p.convicted("HS 11360(A)").on("2015-06-01").sentenceEnds("2018-06-01");
    assertEquals(Track.RESENTENCE_11361_8_A_D,
        p.evaluate(c, java.time.LocalDate.of(2017, 6, 1)).track());
    assertEquals(Track.REDESIGNATE_11361_8_E_H,
        p.evaluate(c, java.time.LocalDate.of(2030, 1, 1)).track());
  }

  @Test
  void unknownFactsEqualNone() {
    Person p = person("1960-01-01");
    Count c = p.convicted("HS 11359").on("2010-01-01");
    SupplementaryFacts allUnknown = SupplementaryFacts.NONE.withSaleToMinor(Tri.UNKNOWN);
    assertEquals(SupplementaryFacts.NONE, allUnknown);
    assertEquals(p.evaluate(c), p.evaluate(c.facts(allUnknown)));
  }
}
