package org.recordrelief.eligibility;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recordrelief.doj.Citation;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.Dates.Interval;
import org.recordrelief.eligibility.Dates.Timing;

/**
 * Statewide prior analysis for one count: super-strike / PC 290(c) disqualifiers (§1.5, X-4, X-5,
 * X-6, §7.2 gang pairs) and the two-priors test (§6). "Prior" means dated strictly before the
 * offense date of the count under test; a prior is dated by its conviction date (a gang pair by the
 * later of its two rows).
 *
 * <p>The offense window: a real offense date (cycle / arrest step) is its interval. When the
 * offense date is the conviction-date fallback, the true offense lies somewhere on or before the
 * conviction date, so the window is unbounded below: a conviction dated before the conviction date
 * may or may not be prior to the offense and is never treated as a definite prior (it routes to
 * review instead of denying relief on a proxy date).
 */
final class PriorAnalysis {

  /**
   * Disqualifier assessment.
   *
   * @param definite a definite disqualifier is dated before the offense
   * @param causes why further possible disqualifiers are unsettled
   * @param later a super strike / 290(c) conviction is dated after the offense
   * @param unparsedPrior a conviction with unreadable offense text may predate the offense
   */
  record Disqualifiers(
      boolean definite, Set<DisqualifierCause> causes, boolean later, boolean unparsedPrior) {
    boolean possible() {
      return !definite && !causes.isEmpty();
    }
  }

  /**
   * Two-priors assessment under one reading of the §6 switches.
   *
   * @param definite at least two units for certain
   * @param possible two units only if unsettled priors count
   * @param causes why the unsettled priors are unsettled
   */
  record TwoPriors(boolean definite, boolean possible, Set<DisqualifierCause> causes) {
    static final TwoPriors NONE = new TwoPriors(false, false, Set.of());
  }

  private final PersonHistory history;
  private final ConvictionFacts count;
  private final StatutorySettings settings;
  private final Interval window;
  private final List<CountFacts> allCounts;
  private final List<ConvictionFacts> others;

  PriorAnalysis(PersonHistory history, ConvictionFacts count, StatutorySettings settings) {
    this.history = history;
    this.count = count;
    this.settings = settings;
    this.window = offenseWindow(count);
    this.allCounts = history.allCounts();
    List<ConvictionFacts> o = new ArrayList<>();
    for (ConvictionFacts p : history.convictions()) {
      if (!p.key().equals(count.key())) {
        o.add(p);
      }
    }
    this.others = List.copyOf(o);
  }

  static Interval offenseWindow(ConvictionFacts c) {
    return switch (c.offenseDateSource()) {
      case CYCLE, ARREST_STEP -> Interval.of(c.offenseDate());
      case CONVICTION -> new Interval(null, c.convictionDate().latest());
      case UNKNOWN -> Interval.UNBOUNDED;
    };
  }

  private List<ConvictionFacts> others() {
    return others;
  }

  /**
   * True when {@code other} is in the same court case as the count under test: a conviction of the
   * same proceeding is never a "prior" to it (it is concurrent, i.e. not before the offense).
   */
  private boolean sameCase(CountFacts other) {
    Optional<GroupKey> mine = count.caseKey();
    return mine.isPresent() && mine.equals(other.caseKey());
  }

  // ---------------------------------------------------------------- disqualifiers

  Disqualifiers disqualifiers(DisqualifierMatcher matcher) {
    Acc acc = new Acc();
    for (ConvictionFacts p : others()) {
      DisqualifierMatcher.Result m = matcher.match(p.offense());
      Interval when = Interval.of(p.convictionDate());
      Timing t = sameCase(p) ? Timing.AFTER : Dates.timing(when, window);
      if (!m.matched()) {
        if (!p.offense().isParsed() && t != Timing.AFTER) {
          acc.unparsedPrior = true;
        }
        continue;
      }
      boolean is290 = m.kinds().contains(DisqualifierMatcher.Kind.PC290);
      consider(acc, m.definite(), m.causes(), t, when, p.alreadyRelieved(), p.juvenileCourt(),
          is290);
    }
    gangPairsAcrossRows(acc, matcher);
    if (history.hasPc290Registration() && !acc.has290Before) {
      switch (settings.registrationOnly()) {
        case NEEDS_REVIEW -> acc.causes.add(DisqualifierCause.REGISTRATION_ONLY);
        case DISQUALIFY -> acc.definite = true;
        case IGNORE -> {
          // registration alone is disregarded
        }
      }
    }
    return new Disqualifiers(acc.definite, EnumSet.copyOf(withNone(acc.causes)), acc.later,
        acc.unparsedPrior);
  }

  private static Set<DisqualifierCause> withNone(Set<DisqualifierCause> s) {
    return s.isEmpty() ? EnumSet.noneOf(DisqualifierCause.class) : s;
  }

  private void consider(
      Acc acc,
      boolean definiteMatch,
      Set<DisqualifierCause> matchCauses,
      Timing t,
      Interval when,
      boolean relieved,
      boolean juvenile,
      boolean is290) {
    EnumSet<DisqualifierCause> extra = EnumSet.noneOf(DisqualifierCause.class);
    if (relieved) {
      extra.add(DisqualifierCause.PRIOR_RELIEVED);
    }
    if (juvenile) {
      extra.add(DisqualifierCause.JUVENILE_PRIOR);
    }
    boolean firm = definiteMatch && extra.isEmpty();
    switch (t) {
      case AFTER -> acc.later = true;
      case BEFORE -> {
        if (firm) {
          acc.definite = true;
          if (is290) {
            acc.has290Before = true;
          }
        } else {
          acc.causes.addAll(matchCauses);
          acc.causes.addAll(extra);
        }
      }
      case SAME_DAY -> {
        switch (settings.sameDayDisqualifier()) {
          case IGNORE -> {
            // same-day disqualifiers are disregarded
          }
          case DISQUALIFY -> {
            if (firm) {
              acc.definite = true;
            } else {
              acc.causes.addAll(matchCauses);
              acc.causes.addAll(extra);
            }
          }
          case NEEDS_REVIEW -> {
            acc.causes.add(DisqualifierCause.SAME_DAY);
            if (!(when.isExactDay() && window.isExactDay())) {
              acc.causes.add(DisqualifierCause.DATE_IMPRECISE);
            }
            acc.causes.addAll(matchCauses);
            acc.causes.addAll(extra);
          }
        }
      }
      case UNCERTAIN -> {
        acc.causes.add(DisqualifierCause.DATE_IMPRECISE);
        acc.causes.addAll(matchCauses);
        acc.causes.addAll(extra);
      }
    }
  }

  /**
   * §7.2 (Los Angeles flow, D-05 corrected): a gang-pair offense on one row and a 186.22(b)(4) row
   * in the same case form a super strike, dated by the later row. A convicted enhancement row is
   * definite; a blank-disposition row is unsettled; an explicitly non-convicted row is ignored.
   */
  private void gangPairsAcrossRows(Acc acc, DisqualifierMatcher matcher) {
    StatutoryLists lists = settings.lists();
    Map<GroupKey, List<CountFacts>> byCase = new LinkedHashMap<>();
    for (CountFacts cf : allCounts) {
      if (cf.key().equals(count.key())) {
        continue;
      }
      Optional<GroupKey> k = cf.caseKey();
      k.ifPresent(g -> byCase.computeIfAbsent(g, x -> new ArrayList<>()).add(cf));
    }
    for (List<CountFacts> rows : byCase.values()) {
      for (CountFacts offenseRow : rows) {
        if (!(offenseRow instanceof ConvictionFacts pair)) {
          continue;
        }
        SectionRule.Match om = lists.gangPairOffenses().match(pair.offense());
        if (!om.any()) {
          continue;
        }
        for (CountFacts enhRow : rows) {
          if (enhRow == offenseRow) {
            continue;
          }
          SectionRule.Match em = lists.gangEnhancement().match(enhRow.offense());
          if (!em.any()) {
            continue;
          }
          EnumSet<DisqualifierCause> causes = EnumSet.noneOf(DisqualifierCause.class);
          Interval enhDate;
          if (enhRow instanceof ConvictionFacts enhConv) {
            enhDate = Interval.of(enhConv.convictionDate());
          } else {
            ChargeFacts ch = (ChargeFacts) enhRow;
            if (ch.disposition() == ChargeFacts.Disposition.NOT_CONVICTED
                || ch.stepKind() == ChargeFacts.StepKind.ARREST) {
              continue;
            }
            causes.add(DisqualifierCause.ENHANCEMENT_UNPROVEN);
            enhDate = Interval.of(ch.stepDate());
          }
          if (om == SectionRule.Match.POSSIBLE || em == SectionRule.Match.POSSIBLE) {
            causes.add(DisqualifierCause.CODE_LABEL_UNKNOWN);
          }
          boolean definite = causes.isEmpty();
          if (pair.offense().attempt()) {
            switch (settings.attemptedNonHomicideSuperStrike()) {
              case IGNORE -> {
                continue;
              }
              case NEEDS_REVIEW -> {
                causes.add(DisqualifierCause.ATTEMPT_UNSETTLED);
                definite = false;
              }
              case DISQUALIFY -> {
                // follows the offense
              }
            }
          }
          Interval when = Interval.later(Interval.of(pair.convictionDate()), enhDate);
          Timing t = sameCase(pair) ? Timing.AFTER : Dates.timing(when, window);
          consider(acc, definite, causes, t, when, pair.alreadyRelieved(), pair.juvenileCourt(),
              false);
        }
      }
    }
  }

  private static final class Acc {
    boolean definite;
    boolean later;
    boolean unparsedPrior;
    boolean has290Before;
    final EnumSet<DisqualifierCause> causes = EnumSet.noneOf(DisqualifierCause.class);
  }

  // ---------------------------------------------------------------- two priors

  /**
   * Two or more prior convictions under the same new-law subdivision (11358(c), 11359(b),
   * 11360(a)(2)), counted under {@code s}'s reading of the three §6 switches. Returns {@link
   * TwoPriors#NONE} for families without a priors tier.
   */
  TwoPriors twoPriors(OffenseKind.Family family, StatutorySettings s) {
    if (!family.hasPriorsTier()) {
      return TwoPriors.NONE;
    }
    EnumSet<DisqualifierCause> causes = EnumSet.noneOf(DisqualifierCause.class);
    Set<Object> certainUnits = new HashSet<>();
    Set<Object> allUnits = new HashSet<>();
    int certainInvalid = 0;
    int allInvalid = 0;
    for (ConvictionFacts p : others()) {
      OffenseKind k = OffenseKind.of(p.offense(), s.lists());
      if (k == null || !counts(k.family(), family, s) || sameCase(p)) {
        continue;
      }
      EnumSet<DisqualifierCause> why = EnumSet.noneOf(DisqualifierCause.class);
      Interval when = Interval.of(p.convictionDate());
      Timing t = Dates.timing(when, window);
      switch (t) {
        case AFTER -> {
          continue;
        }
        case BEFORE -> {
          // a prior
        }
        case SAME_DAY -> {
          if (s.sameDayDisqualifier() == StatutorySettings.UnsettledMode.IGNORE) {
            continue;
          }
          if (s.sameDayDisqualifier() == StatutorySettings.UnsettledMode.NEEDS_REVIEW) {
            why.add(DisqualifierCause.SAME_DAY);
          }
        }
        case UNCERTAIN -> why.add(DisqualifierCause.DATE_IMPRECISE);
      }
      if (!s.twoPriorsOldLawConvictionsCount()) {
        Tri oldLaw = p.offenseDate().isBefore(Dates.AUMA);
        if (oldLaw == Tri.TRUE) {
          continue;
        }
        if (oldLaw == Tri.UNKNOWN) {
          why.add(DisqualifierCause.DATE_IMPRECISE);
        }
      }
      if (p.offense().attempt() && s.attemptMode() == StatutorySettings.AttemptMode.STRICT) {
        why.add(DisqualifierCause.ATTEMPT_UNSETTLED);
      }
      if (p.alreadyRelieved()) {
        why.add(DisqualifierCause.PRIOR_RELIEVED);
      }
      if (p.juvenileCourt()) {
        why.add(DisqualifierCause.JUVENILE_PRIOR);
      }
      Optional<Object> unit = unit(p, s.twoPriorsUnit());
      if (unit.isEmpty()) {
        causes.add(DisqualifierCause.COUNT_ORDER_INVALID);
        allInvalid++;
        if (why.isEmpty()) {
          certainInvalid++;
        }
      } else {
        allUnits.add(unit.get());
        if (why.isEmpty()) {
          certainUnits.add(unit.get());
        }
      }
      causes.addAll(why);
    }
    int min = certainUnits.size() + (certainUnits.isEmpty() && certainInvalid > 0 ? 1 : 0);
    int max = allUnits.size() + allInvalid;
    boolean definite = min >= 2;
    boolean possible = !definite && max >= 2;
    return new TwoPriors(definite, possible, possible ? causes : Set.of());
  }

  private static boolean counts(
      OffenseKind.Family prior, OffenseKind.Family current, StatutorySettings s) {
    return switch (s.twoPriorsSections()) {
      case SAME_SECTION -> prior == current;
      case ANY_PROP64_FELONY_SECTION -> prior.hasPriorsTier();
    };
  }

  private static Optional<Object> unit(ConvictionFacts p, StatutorySettings.TwoPriorsUnit u) {
    return switch (u) {
      case COUNT -> Optional.of(p.key());
      case CASE -> p.caseKey().map(g -> g);
      case CYCLE -> p.cycleKey().map(g -> g);
    };
  }

  /** True when a same-case / same-cycle co-count (convicted or not) matches the list. */
  boolean coCountMatches(SectionRuleList list) {
    Optional<GroupKey> mine =
        settings.aggravatorIndicatorScope() == StatutorySettings.IndicatorScope.CASE
            ? count.caseKey()
            : count.cycleKey();
    if (mine.isEmpty()) {
      return false;
    }
    for (CountFacts cf : allCounts) {
      if (cf.key().equals(count.key())) {
        continue;
      }
      Optional<GroupKey> theirs =
          settings.aggravatorIndicatorScope() == StatutorySettings.IndicatorScope.CASE
              ? cf.caseKey()
              : cf.cycleKey();
      if (!mine.equals(theirs)) {
        continue;
      }
      for (Citation c : cf.citations()) {
        if (list.match(c).any()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when another row of the same cycle (arrest or court, convicted or not) names 11357–11360.
   */
  boolean sameCycleHasProp64Charge() {
    Optional<GroupKey> mine = count.cycleKey();
    if (mine.isEmpty()) {
      return false;
    }
    for (CountFacts cf : allCounts) {
      if (cf.key().equals(count.key()) || !mine.equals(cf.cycleKey())) {
        continue;
      }
      for (Citation c : cf.citations()) {
        if (c.isParsed() && c.isProp64Section()) {
          return true;
        }
      }
    }
    return false;
  }
}
