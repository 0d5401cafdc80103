package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.Fixture.Count;
import org.recordrelief.eligibility.Fixture.Person;

/**
 * Seeded property test: adding a disqualifying prior (super strike, PC 290(c) offense,
 * registration, same-section prior, unsettled attempt, same-day super strike) never improves the
 * outcome of any Prop 64 count; a NOT_ELIGIBLE stays NOT_ELIGIBLE.
 */
class MonotonicityPropertyTest {

  private static final String[] COUNT_SECTIONS = {
      "HS 11357(A)", "HS 11357(B)", "HS 11357(C)", "HS 11357(D)", "HS 11357",
      "HS 11358", "HS 11359", "HS 11360(A)", "HS 11360(B)", "HS 11360", "HS 664/11359",
      "PC 11359"};
  private static final String[] BACKGROUND = {
      "PC 459", "PC 187", "HS 11359", "HS 11358", "HS 11360(A)", "PC 664/269", "PC 288(A)",
      "PC 148", "PC 207(A)", "?"};
  private static final Level[] LEVELS = {Level.F, Level.M, Level.I, Level.UNKNOWN};

  /** Relief to the person, NEEDS_REVIEW counted at its candidate. */
  private static int score(Determination d) {
    Outcome o = d.effectiveOutcome();
    return o == null ? 0 : o.reliefRank();
  }

  private static Tri tri(Random r) {
    return Tri.values()[r.nextInt(3)];
  }

  @Test
  void addingADisqualifyingPriorNeverImprovesTheOutcome() {
    Random rnd = new Random(64L);
    int denialsKept = 0;
    int worsened = 0;
    for (int i = 0; i < 3000; i++) {
      long seed = rnd.nextLong();
      int kind = rnd.nextInt(7);
      Determination before = build(seed, -1);
      Determination after = build(seed, kind);
      String ctx = "seed=" + seed + " kind=" + kind + "\n before=" + before + "\n after=" + after;
      assertNotImproved(before, after, ctx);
      if (before.outcome() == Outcome.NOT_ELIGIBLE) {
        assertEquals(Outcome.NOT_ELIGIBLE, after.outcome(), "denial softened: " + ctx);
        denialsKept++;
      }
      if (score(after) < score(before) || after.outcome() != before.outcome()) {
        worsened++;
      }
    }
    assertTrue(denialsKept > 100, "generator produced too few denials: " + denialsKept);
    assertTrue(worsened > 150, "generator produced too few effective priors: " + worsened);
  }

  /**
   * "Not improved": a denial stays a denial; a firm outcome never becomes a better firm outcome; a
   * review candidate never becomes better; a review never resolves above its candidate; a firm
   * relief that turns into a review keeps its level as the candidate, except after the G8 adult
   * default (a missing DOB), whose firm misdemeanor is a documented floor below the best outcome
   * over the age tiers.
   */
  private static void assertNotImproved(Determination before, Determination after, String ctx) {
    boolean reviewBefore = before.outcome() == Outcome.NEEDS_REVIEW;
    boolean reviewAfter = after.outcome() == Outcome.NEEDS_REVIEW;
    if (!reviewBefore && !reviewAfter) {
      assertTrue(after.outcome().reliefRank() <= before.outcome().reliefRank(), "improved: " + ctx);
    } else if (reviewBefore && reviewAfter) {
      assertTrue(score(after) <= score(before), "candidate improved: " + ctx);
    } else if (reviewBefore) {
      assertTrue(after.outcome().reliefRank() <= score(before), "review resolved up: " + ctx);
    } else {
      boolean adultDefaultFloor = before.ruleIds().contains("G8");
      if (!adultDefaultFloor) {
        assertTrue(score(after) <= score(before), "candidate above former outcome: " + ctx);
      }
    }
  }

  /** A random history from {@code seed}; {@code addKind >= 0} adds one disqualifying fact. */
  private static Determination build(long seed, int addKind) {
    Random r = new Random(seed);
    Person p = r.nextInt(10) == 0
        ? Fixture.personWithoutDob()
        : Fixture.person(String.format("%d-%02d-%02d", 1940 + r.nextInt(60), 1 + r.nextInt(12),
            1 + r.nextInt(28)));
    int offenseYear = 1976 + r.nextInt(41);
    String offense = r.nextInt(4) == 0
        ? String.valueOf(offenseYear)
        : String.format("%d-%02d-%02d", offenseYear, 1 + r.nextInt(12), 1 + r.nextInt(28));
    int background = r.nextInt(4);
    for (int b = 0; b < background; b++) {
      int y = 1970 + r.nextInt(50);
      p.convicted(BACKGROUND[r.nextInt(BACKGROUND.length)]).level(LEVELS[r.nextInt(3)])
          .on(r.nextBoolean() ? String.valueOf(y) : y + "-05-05");
    }
    if (r.nextInt(10) == 0) {
      p.registration(String.valueOf(1980 + r.nextInt(40)));
    }
    String section = COUNT_SECTIONS[r.nextInt(COUNT_SECTIONS.length)];
    Count c = p.convicted(section).level(LEVELS[r.nextInt(LEVELS.length)]).on(offense);
    if (r.nextInt(10) == 0) {
      c.offenseUnknown();
    }
    if (r.nextInt(20) == 0) {
      c.juvenile();
    }
    if (r.nextInt(30) == 0) {
      c.relieved();
    }
    if (r.nextInt(8) == 0) {
      c.currentLevel(Level.M);
    }
    SupplementaryFacts f = SupplementaryFacts.NONE;
    if (r.nextBoolean()) {
      f = f.withPlantCount(r.nextInt(20)).withConcentrateGrams((double) r.nextInt(20))
          .withGrams((double) r.nextInt(60)).withSaleToMinor(tri(r)).withUseOfMinor(tri(r))
          .withImportExport(tri(r)).withEnvironmentalViolation(tri(r))
          .withNonCommercialTransport(tri(r)).withGiftToAdults(tri(r));
    }
    c.facts(f);
    if (r.nextInt(8) == 0) {
      p.chargedInSameCase(c, r.nextBoolean() ? "HS 11361" : "FG 5650",
          ChargeFacts.Disposition.BLANK);
    }
    String priorDate = String.format("%d-03-03", offenseYear - 1 - r.nextInt(10));
    switch (addKind) {
      case 0 -> p.convicted("PC 187(A)").on(priorDate);
      case 1 -> p.convicted("PC 288(A)").on(priorDate);
      case 2 -> p.registration(priorDate);
      case 3 -> {
        String same = section.replace("664/", "").replace("PC ", "HS ");
        p.convicted(same).level(Level.F).on(priorDate);
        p.convicted(same).level(Level.F).on(priorDate);
      }
      case 4 -> p.convicted("PC 664/269").on(priorDate);
      case 5 -> p.convicted("PC 187").on(offense.length() == 4 ? offense + "-06-01" : offense);
      case 6 -> {
        Count pair = p.convicted("PC 246").on(priorDate);
        p.convictedInSameCase(pair, "PC 186.22(B)(4)").on(priorDate);
      }
      default -> {
        // baseline
      }
    }
    return p.evaluate(c);
  }
}
