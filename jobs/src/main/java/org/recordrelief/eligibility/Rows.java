package org.recordrelief.eligibility;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.recordrelief.doj.Tri;

/**
 * The offense rows of §4 (P, T, C, S, A) and modifier X-9, evaluated for one fully determined
 * {@link Scenario}. Uncertainty (age tier, level, possible disqualifiers, indicators) is handled by
 * the caller, which evaluates every scenario the facts allow and combines them; the rows themselves
 * only see settled facts.
 */
final class Rows {
  private Rows() {}

  /**
   * One combination of facts.
   *
   * @param tier age tier at the offense
   * @param conv level at conviction
   * @param cur current level (after later reductions)
   * @param disqualified a super-strike / 290(c) prior exists
   * @param twoPriors two or more qualifying prior units exist
   * @param saleToMinor sale / furnishing to a person under 18
   * @param useOfMinor use of / furnishing to a person 20 or younger
   * @param importExport import / export above the threshold
   * @param environmental an 11358(d)(3) environmental violation
   */
  record Scenario(
      AgeTier tier,
      Level conv,
      Level cur,
      boolean disqualified,
      boolean twoPriors,
      boolean saleToMinor,
      boolean useOfMinor,
      boolean importExport,
      boolean environmental) {}

  static Partial evaluate(
      OffenseKind kind, Scenario sc, SupplementaryFacts f, StatutorySettings s) {
    Partial p =
        switch (kind.type()) {
          case POSSESSION_CONCENTRATE -> concentrate(sc, f, s);
          case POSSESSION_SMALL -> small(sc);
          case POSSESSION_LARGE -> large(sc, f);
          case SCHOOL_GROUNDS_ADULT -> schoolAdult(sc, s);
          case SCHOOL_GROUNDS_MINOR -> schoolMinor(sc);
          case POSSESSION_UNMAPPED -> unmapped(sc, s);
          case POSSESSION_UNKNOWN_SUBDIVISION ->
              Partial.review(
                  null, Hit.rule("P-13", "SUBDIVISION_UNKNOWN"), Flag.SUBDIVISION_UNMAPPED);
          case CULTIVATION -> cultivation(sc, f);
          case POSSESSION_FOR_SALE -> possessionForSale(sc);
          case SALE_TRANSPORT -> saleTransport(sc, f);
          case SALE_TRANSPORT_UNMAPPED -> saleTransportUnmapped(sc, f);
          case TRANSPORT_GIFT -> transportGift(sc, f);
        };
    if (kind.viaDescription()) {
      p = p.withHitAfterDecisive(
          Hit.rule(kind.family() == OffenseKind.Family.POSSESSION ? "P-13" : "A-7"));
    }
    return p;
  }

  // ------------------------------------------------------------------ 11357

  /** P-1…P-4: old 11357(b), 28.5 g or less. */
  static Partial small(Scenario sc) {
    return switch (sc.tier()) {
      case AGE_21_PLUS -> Partial.of(Outcome.DISMISS_AND_SEAL, Hit.rule("P-1"));
      case AGE_18_TO_20 ->
          sc.conv() == Level.I
              ? Partial.of(Outcome.NOT_ELIGIBLE, Hit.rule("P-3"))
              : x9(Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("P-2")), sc, false);
      case UNDER_18 -> {
        if (sc.conv() == Level.I) {
          yield Partial.of(Outcome.NOT_ELIGIBLE, Hit.rule("P-3"));
        }
        Partial p = Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("P-4"));
        if (sc.conv() == Level.F) {
          p = p.withFlags(Flag.DATA_QUALITY).plusHits(List.of(Hit.reason("LEVEL_INCONSISTENT")));
        }
        yield x9(p, sc, false);
      }
    };
  }

  /** P-5…P-8: old 11357(a), concentrated cannabis. */
  private static Partial concentrate(Scenario sc, SupplementaryFacts f, StatutorySettings s) {
    if (sc.tier() == AgeTier.UNDER_18) {
      return x9(Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("P-8")), sc, false);
    }
    Double q = f.concentrateGrams();
    if (q != null && q > 8.0) {
      return sc.conv() == Level.F
          ? x9(Partial.of(Outcome.REDUCE_TO_MISDEMEANOR, Hit.rule("P-6")), sc, false)
          : Partial.of(Outcome.NOT_ELIGIBLE, Hit.rule("P-6"));
    }
    boolean unknown = q == null;
    if (sc.tier() == AgeTier.AGE_21_PLUS) {
      if (!unknown) {
        return Partial.of(Outcome.DISMISS_AND_SEAL, Hit.rule("P-5"));
      }
      return s.quantityPresumption()
          ? Partial.of(Outcome.DISMISS_AND_SEAL, Hit.rule("P-5"), Flag.QTY_PRESUMED)
          : Partial.review(Outcome.DISMISS_AND_SEAL, Hit.rule("P-5"))
              .plusHits(List.of(Hit.reason("QUANTITY_UNKNOWN")))
              .withWhy("QUANTITY_UNKNOWN");
    }
    Partial p;
    if (!unknown) {
      p = Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("P-7"));
    } else if (s.quantityPresumption()) {
      p = Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("P-7"), Flag.QTY_PRESUMED);
    } else {
      p = Partial.review(Outcome.REDUCE_TO_INFRACTION, Hit.rule("P-7"))
          .plusHits(List.of(Hit.reason("QUANTITY_UNKNOWN")))
          .withWhy("QUANTITY_UNKNOWN");
    }
    return x9(p, sc, false);
  }

  /** P-9, P-10: old 11357(c), more than 28.5 g. */
  private static Partial large(Scenario sc, SupplementaryFacts f) {
    if (sc.tier() == AgeTier.UNDER_18) {
      return x9(Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("P-10")), sc, false);
    }
    if (sc.tier() == AgeTier.AGE_21_PLUS && f.homeGrownSixPlantsOrFewer() == Tri.TRUE) {
      return Partial.review(Outcome.DISMISS_AND_SEAL, Hit.rule("P-9"))
          .plusHits(List.of(Hit.reason("HOME_GROWN_SIX_PLANTS")))
          .withWhy("HOME_GROWN_SIX_PLANTS");
    }
    if (sc.conv() == Level.F && sc.cur() == Level.F) {
      // Recorded as a felony: a misdemeanor today would be a reduction; the record is inconsistent.
      return Partial.review(Outcome.REDUCE_TO_MISDEMEANOR, Hit.rule("P-9"), Flag.DATA_QUALITY)
          .plusHits(List.of(Hit.reason("LEVEL_INCONSISTENT")))
          .withWhy("LEVEL_INCONSISTENT");
    }
    return Partial.of(Outcome.NOT_ELIGIBLE, Hit.rule("P-9"), Flag.COUNTY_POLICY_CANDIDATE);
  }

  /** P-11: old 11357(d), school grounds, adult. */
  private static Partial schoolAdult(Scenario sc, StatutorySettings s) {
    if (sc.tier() == AgeTier.UNDER_18) {
      return Partial.review(
              Outcome.REDUCE_TO_INFRACTION,
              Hit.rule("P-11", "SCHOOL_GROUNDS_AGE_INCONSISTENT"),
              Flag.DATA_QUALITY);
    }
    return switch (s.schoolGroundsAdult()) {
      case NEEDS_REVIEW -> Partial.review(Outcome.NOT_ELIGIBLE, Hit.rule("P-11"));
      case NOT_ELIGIBLE -> Partial.of(Outcome.NOT_ELIGIBLE, Hit.rule("P-11"));
    };
  }

  /** P-12: old 11357(e), school grounds, minor. */
  private static Partial schoolMinor(Scenario sc) {
    if (sc.tier() == AgeTier.UNDER_18) {
      return x9(Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("P-12")), sc, false);
    }
    return Partial.review(
        null, Hit.rule("P-12", "SCHOOL_GROUNDS_AGE_INCONSISTENT"), Flag.DATA_QUALITY);
  }

  /** P-13 unmapped: review with the 11357(b) reading as candidate, or that reading (switch). */
  private static Partial unmapped(Scenario sc, StatutorySettings s) {
    Partial asB = small(sc);
    return switch (s.possessionNoSubdivision()) {
      case TREAT_AS_11357B ->
          asB.withHitAfterDecisive(Hit.rule("P-13")).withFlags(Flag.SUBDIVISION_UNMAPPED);
      case NEEDS_REVIEW ->
          Partial.review(asB.effective(), Hit.rule("P-13"), Flag.SUBDIVISION_UNMAPPED)
              .plusHits(asB.hits())
              .withFlags(asB.flags());
    };
  }

  // ------------------------------------------------------------------ 11358

  /** C-1…C-7. */
  private static Partial cultivation(Scenario sc, SupplementaryFacts f) {
    if (sc.tier() == AgeTier.UNDER_18) {
      return x9(Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("C-4")), sc, true);
    }
    Integer plants = f.plantCount();
    boolean sixOrFewer = plants != null && plants <= 6;
    List<Hit> blocking = new ArrayList<>();
    EnumSet<Flag> blockingFlags = EnumSet.noneOf(Flag.class);
    if (sc.disqualified()) {
      blocking.add(Hit.rule("C-5"));
    }
    if (sc.twoPriors()) {
      blocking.add(Hit.rule("C-6"));
      if (blocking.size() == 1) {
        blockingFlags.add(Flag.TWO_PRIORS_UNSETTLED);
      }
    }
    if (sc.environmental()) {
      blocking.add(Hit.rule("C-7"));
    }
    Partial lowPlants =
        sc.tier() == AgeTier.AGE_21_PLUS
            ? Partial.of(Outcome.DISMISS_AND_SEAL, Hit.rule("C-1"))
            : x9(Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("C-3")), sc, true);
    if (!blocking.isEmpty()) {
      if (sixOrFewer && lowPlants.outcome() != Outcome.NOT_ELIGIBLE) {
        // 11358(d) is written for more than six plants; whether a prior or an environmental
        // violation can reach a 6-plant case is not settled by the spec: review, never a denial.
        EnumSet<Flag> fl = EnumSet.noneOf(Flag.class);
        if (sc.disqualified()) {
          fl.add(Flag.SUPER_STRIKE_UNSETTLED);
        }
        if (sc.twoPriors()) {
          fl.add(Flag.TWO_PRIORS_UNSETTLED);
        }
        return Partial.review(lowPlants.effective(), blocking.get(0))
            .plusHits(blocking)
            .plusHits(lowPlants.hits())
            .plusHits(List.of(Hit.reason("SIX_PLANTS_PRIOR_UNSETTLED")))
            .withFlags(fl)
            .withWhy("SIX_PLANTS_PRIOR_UNSETTLED");
      }
      return new Partial(Outcome.NOT_ELIGIBLE, null, blocking, blockingFlags, null)
          .plusHits(sixOrFewer ? lowPlants.hits() : List.of());
    }
    if (sixOrFewer) {
      return lowPlants;
    }
    Partial p = Partial.of(Outcome.REDUCE_TO_MISDEMEANOR, Hit.rule("C-2"));
    if (plants == null) {
      p = p.withFlags(Flag.PLANTS_UNKNOWN);
    }
    return x9(p, sc, true);
  }

  // ------------------------------------------------------------------ 11359

  /** S-1…S-7. */
  private static Partial possessionForSale(Scenario sc) {
    if (sc.tier() == AgeTier.UNDER_18) {
      return x9(Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("S-1")), sc, true);
    }
    List<Hit> blocking = new ArrayList<>();
    EnumSet<Flag> decisiveFlags = EnumSet.noneOf(Flag.class);
    if (sc.disqualified()) {
      blocking.add(Hit.rule("S-3"));
    }
    if (sc.twoPriors()) {
      if (blocking.isEmpty()) {
        decisiveFlags.add(Flag.TWO_PRIORS_UNSETTLED);
      }
      blocking.add(Hit.rule("S-4"));
    }
    if (sc.saleToMinor()) {
      blocking.add(Hit.rule("S-5"));
    }
    if (sc.tier() == AgeTier.AGE_21_PLUS && sc.useOfMinor()) {
      blocking.add(Hit.rule("S-6"));
    }
    if (sc.cur() == Level.M || sc.cur() == Level.I) {
      if (blocking.isEmpty()) {
        decisiveFlags.add(Flag.DATA_QUALITY);
      }
      blocking.add(Hit.rule("S-7"));
    }
    if (!blocking.isEmpty()) {
      return new Partial(Outcome.NOT_ELIGIBLE, null, blocking, decisiveFlags, null);
    }
    return Partial.of(
        Outcome.REDUCE_TO_MISDEMEANOR, Hit.rule("S-2"), Flag.COUNTY_POLICY_CANDIDATE);
  }

  // ------------------------------------------------------------------ 11360

  /** A-1…A-6 (11360(a)). */
  private static Partial saleTransport(Scenario sc, SupplementaryFacts f) {
    if (sc.tier() == AgeTier.UNDER_18) {
      return x9(Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("A-1")), sc, true);
    }
    List<Hit> blocking = new ArrayList<>();
    EnumSet<Flag> decisiveFlags = EnumSet.noneOf(Flag.class);
    if (sc.disqualified()) {
      blocking.add(Hit.rule("A-3"));
    }
    if (sc.twoPriors()) {
      if (blocking.isEmpty()) {
        decisiveFlags.add(Flag.TWO_PRIORS_UNSETTLED);
      }
      blocking.add(Hit.rule("A-4"));
    }
    if (sc.saleToMinor()) {
      blocking.add(Hit.rule("A-5"));
    }
    if (sc.importExport()) {
      blocking.add(Hit.rule("A-6"));
    }
    if (!blocking.isEmpty()) {
      return new Partial(Outcome.NOT_ELIGIBLE, null, blocking, decisiveFlags, null);
    }
    if (f.nonCommercialTransport() == Tri.TRUE) {
      return Partial.of(Outcome.DISMISS_AND_SEAL, Hit.rule("A-2", "SALE_TRANSPORT_NOT_FOR_SALE"));
    }
    if (f.giftToAdults() == Tri.TRUE && sc.tier() == AgeTier.AGE_21_PLUS) {
      Double g = f.grams();
      Double cg = f.concentrateGrams();
      boolean concentrateOk = cg == null || cg <= 8.0;
      if (g != null && g <= 28.5 && concentrateOk) {
        return Partial.of(Outcome.DISMISS_AND_SEAL, Hit.rule("A-2", "GIFT_TO_ADULTS_LAWFUL"));
      }
      if (g == null && concentrateOk) {
        return Partial.review(Outcome.DISMISS_AND_SEAL, Hit.rule("A-2", "GIFT_QUANTITY_UNKNOWN"));
      }
    }
    return x9(Partial.of(Outcome.REDUCE_TO_MISDEMEANOR, Hit.rule("A-2")), sc, true);
  }

  /**
   * A-7 without a usable subdivision: treated as 11360(a); but when the recorded level is M or I
   * (inconsistent with old 11360(a), a straight felony) the 11360(b) reading is plausible, so
   * review with the better of the two readings as candidate.
   */
  private static Partial saleTransportUnmapped(Scenario sc, SupplementaryFacts f) {
    if (sc.conv() == Level.M || sc.conv() == Level.I) {
      Partial asA = saleTransport(sc, f);
      Partial asB = transportGift(sc, f);
      Partial better = asB.favour() >= asA.favour() ? asB : asA;
      if (asA.key().equals(asB.key())) {
        return asA.withHitAfterDecisive(Hit.rule("A-7")).withFlags(Flag.SUBDIVISION_UNMAPPED);
      }
      return Partial.review(
              better.effective(), Hit.rule("A-7"), Flag.SUBDIVISION_UNMAPPED, Flag.DATA_QUALITY)
          .plusHits(asA.hits())
          .plusHits(asB.hits())
          .plusHits(List.of(Hit.reason("LEVEL_INCONSISTENT")))
          .withWhy("SUBDIVISION_UNMAPPED");
    }
    return saleTransport(sc, f)
        .withHitAfterDecisive(Hit.rule("A-7"))
        .withFlags(Flag.SUBDIVISION_UNMAPPED);
  }

  /** T-1, T-2 (11360(b)). */
  private static Partial transportGift(Scenario sc, SupplementaryFacts f) {
    if (sc.tier() == AgeTier.AGE_21_PLUS) {
      if (f.giftToUnder21() == Tri.TRUE) {
        return Partial.review(
            Outcome.DISMISS_AND_SEAL, Hit.rule("T-1", "GIFT_TO_UNDER_21"), Flag.MINOR_INDICATOR);
      }
      return Partial.of(Outcome.DISMISS_AND_SEAL, Hit.rule("T-1"));
    }
    if (sc.conv() == Level.I) {
      return Partial.of(Outcome.NOT_ELIGIBLE, Hit.rule("T-2", "ALREADY_INFRACTION"));
    }
    Partial p = Partial.of(Outcome.REDUCE_TO_INFRACTION, Hit.rule("T-2"));
    if (sc.conv() == Level.F) {
      p = p.withFlags(Flag.DATA_QUALITY).plusHits(List.of(Hit.reason("LEVEL_INCONSISTENT")));
    }
    return x9(p, sc, false);
  }

  // ------------------------------------------------------------------

  /**
   * a reduction row becomes NOT_ELIGIBLE when the current level is at or below its target.
   * Dismissal rows are unaffected. For straight-felony sections ({@code felonySection}) a level at
   * conviction already at or below the target is also a data anomaly ({@link Flag#DATA_QUALITY}).
   */
  static Partial x9(Partial p, Scenario sc, boolean felonySection) {
    Outcome target = p.outcome() == Outcome.NEEDS_REVIEW ? p.candidate() : p.outcome();
    if (target == null || !target.isReduction()) {
      return p;
    }
    Level targetLevel = target == Outcome.REDUCE_TO_MISDEMEANOR ? Level.M : Level.I;
    if (!sc.cur().isAtOrBelow(targetLevel)) {
      return p;
    }
    EnumSet<Flag> fl = EnumSet.noneOf(Flag.class);
    if (felonySection && sc.conv().isAtOrBelow(targetLevel)) {
      fl.add(Flag.DATA_QUALITY);
    }
    if (p.outcome() == Outcome.NEEDS_REVIEW) {
      return new Partial(Outcome.NEEDS_REVIEW, Outcome.NOT_ELIGIBLE, p.hits(), p.flags(), p.why())
          .plusHits(List.of(Hit.rule("X-9")))
          .withFlags(fl);
    }
    List<Hit> hits = new ArrayList<>();
    hits.add(Hit.rule("X-9"));
    hits.addAll(p.hits());
    return new Partial(Outcome.NOT_ELIGIBLE, null, hits, fl, null);
  }
}
