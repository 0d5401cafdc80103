package org.recordrelief.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.recordrelief.doj.Citation;

/**
 * Decides whether one conviction's citation is a super strike (§7.2) or a PC 290(c) offense (§7.3)
 * on its own, with anchored matching. Dating (prior / same day / later), registration events and
 * gang pairs across rows of a case are the evaluator's business; this class only reads one
 * citation. Public so the gogen-compatible export can list a person's super-strike and PC 290
 * sections with the same semantics.
 *
 * <ul>
 *   <li>Attempted homicide (PC 664 with a listed section in 187–191.5) is a super strike.
 *   <li>Attempts of other listed offenses follow {@code attemptedNonHomicideSuperStrike} / {@code
 *       attemptedPc290Offense}.
 *   <li>A listed offense with the 186.22(b)(4) enhancement in the same citation is a super strike.
 *   <li>PC 182 conspiracy to commit a listed offense is not in the baseline list: unsettled.
 *   <li>A listed section without a code label is unsettled ({@link
 *       DisqualifierCause#CODE_LABEL_UNKNOWN}).
 * </ul>
 */
public final class DisqualifierMatcher {

  /** What a citation was matched as. */
  public enum Kind {
    SUPER_STRIKE,
    PC290
  }

  /**
   * Result for one citation.
   *
   * @param definite disqualifies on its own (when dated before the offense)
   * @param causes why a non-definite match is unsettled (empty for definite or no match)
   * @param kinds which lists matched (empty = no match)
   */
  public record Result(boolean definite, Set<DisqualifierCause> causes, Set<Kind> kinds) {
    public static final Result NONE = new Result(false, Set.of(), Set.of());

    public Result {
      causes = Collections.unmodifiableSet(copy(causes, DisqualifierCause.class));
      kinds = Collections.unmodifiableSet(copy(kinds, Kind.class));
      if (definite) {
        causes = Set.of();
      }
    }

    private static <E extends Enum<E>> EnumSet<E> copy(Set<E> in, Class<E> type) {
      EnumSet<E> s = EnumSet.noneOf(type);
      if (in != null) {
        s.addAll(in);
      }
      return s;
    }

    /** True when the citation matched a list at all (definitely or not). */
    public boolean matched() {
      return definite || !causes.isEmpty();
    }
  }

  private static final BigDecimal HOMICIDE_LOW = new BigDecimal("187");
  private static final BigDecimal HOMICIDE_HIGH = new BigDecimal("191.5");

  private final StatutorySettings settings;
  private final StatutoryLists lists;
  /** Memo of results by citation; an instance is meant for one thread (one person at a time). */
  private final java.util.Map<Citation, Result> memo = new java.util.HashMap<>();

  public DisqualifierMatcher(StatutorySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.lists = settings.lists();
  }

  /** True when {@code other} would give the same results (same lists and attempt switches). */
  boolean sameRules(StatutorySettings other) {
    return other.lists().equals(lists)
        && other.attemptedNonHomicideSuperStrike() == settings.attemptedNonHomicideSuperStrike()
        && other.attemptedPc290Offense() == settings.attemptedPc290Offense();
  }

  /** Match one citation (the convicted offense of a prior). Not thread-safe (memoizes). */
  public Result match(Citation c) {
    if (c == null || !c.isParsed()) {
      return Result.NONE;
    }
    Result cached = memo.get(c);
    if (cached != null) {
      return cached;
    }
    Result r;
    if (c.conspiracy()) {
      r = conspiracy(c);
    } else {
      Acc acc = new Acc();
      plain(c, acc);
      r = acc.result();
    }
    memo.put(c, r);
    return r;
  }

  /** True when the citation is a super strike on its own, definitely (no date logic). */
  public boolean isDefiniteSuperStrike(Citation c) {
    Result r = match(c);
    return r.definite() && r.kinds().contains(Kind.SUPER_STRIKE);
  }

  /** True when the citation is a PC 290(c) offense on its own, definitely (no date logic). */
  public boolean isDefinitePc290(Citation c) {
    Result r = match(c);
    return r.definite() && r.kinds().contains(Kind.PC290);
  }

  private Result conspiracy(Citation c) {
    List<Citation> targets = new ArrayList<>();
    for (Citation t : c.attached()) {
      targets.add(inheritCode(t, c.code()));
    }
    if (!"182".equals(c.section())) {
      targets.add(c);
    }
    EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (Citation t : targets) {
      Acc acc = new Acc();
      plain(t, acc);
      kinds.addAll(acc.kinds);
    }
    return kinds.isEmpty()
        ? Result.NONE
        : new Result(false, EnumSet.of(DisqualifierCause.CONSPIRACY_UNSETTLED), kinds);
  }

  private void plain(Citation c, Acc acc) {
    SectionRule.Match ss = lists.superStrikes().match(c).max(gangInCitation(c));
    SectionRule.Match ssReview = lists.superStrikesReview().match(c);
    SectionRule.Match p290 = lists.pc290().match(c);
    SectionRule.Match p290Review = lists.pc290Review().match(c);

    if (ss.any()) {
      acc.kinds.add(Kind.SUPER_STRIKE);
      if (!c.attempt() || isHomicideSection(c.section())) {
        acc.add(ss);
      } else {
        acc.attempt(ss, settings.attemptedNonHomicideSuperStrike());
      }
    } else if (ssReview.any()) {
      acc.review(c.attempt(), settings.attemptedNonHomicideSuperStrike(), Kind.SUPER_STRIKE);
    }
    if (p290.any()) {
      acc.kinds.add(Kind.PC290);
      if (!c.attempt()) {
        acc.add(p290);
      } else {
        acc.attempt(p290, settings.attemptedPc290Offense());
      }
    } else if (p290Review.any()) {
      acc.review(c.attempt(), settings.attemptedPc290Offense(), Kind.PC290);
    }
  }

  /** Offense of the gang-pair list with a 186.22(b)(4) enhancement in the same citation. */
  private SectionRule.Match gangInCitation(Citation c) {
    SectionRule.Match best = SectionRule.Match.NONE;
    SectionRule.Match offense = lists.gangPairOffenses().match(c);
    SectionRule.Match enh = lists.gangEnhancement().match(c);
    for (Citation a0 : c.attached()) {
      Citation a = inheritCode(a0, c.code());
      if (offense.any()) {
        best = best.max(weaker(offense, lists.gangEnhancement().match(a)));
      }
      if (enh.any()) {
        best = best.max(weaker(enh, lists.gangPairOffenses().match(a)));
      }
    }
    return best;
  }

  private static SectionRule.Match weaker(SectionRule.Match a, SectionRule.Match b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** An attached citation without its own label takes the label of the citation it belongs to. */
  static Citation inheritCode(Citation a, String parentCode) {
    if (a.code() != null
        && !a.code().isBlank()
        && !Citation.UNKNOWN_CODE.equals(a.code())) {
      return a;
    }
    return new Citation(
        a.raw(),
        parentCode,
        a.section(),
        a.subdivisions(),
        a.attempt(),
        a.conspiracy(),
        a.attached(),
        a.description(),
        a.parseStatus(),
        a.codeLabelMismatch());
  }

  /** 187 ≤ section ≤ 191.5, numeric sections only (PC 187–191.5, category IV). */
  static boolean isHomicideSection(String section) {
    if (section == null || !section.matches("[0-9]+(\\.[0-9]+)?")) {
      return false;
    }
    BigDecimal v = new BigDecimal(section);
    return v.compareTo(HOMICIDE_LOW) >= 0 && v.compareTo(HOMICIDE_HIGH) <= 0;
  }

  private static final class Acc {
    boolean definite;
    final EnumSet<DisqualifierCause> causes = EnumSet.noneOf(DisqualifierCause.class);
    final EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);

    void add(SectionRule.Match m) {
      if (m == SectionRule.Match.MATCH) {
        definite = true;
      } else if (m == SectionRule.Match.POSSIBLE) {
        causes.add(DisqualifierCause.CODE_LABEL_UNKNOWN);
      }
    }

    void attempt(SectionRule.Match m, StatutorySettings.UnsettledMode mode) {
      switch (mode) {
        case DISQUALIFY -> add(m);
        case NEEDS_REVIEW -> {
          causes.add(DisqualifierCause.ATTEMPT_UNSETTLED);
          if (m == SectionRule.Match.POSSIBLE) {
            causes.add(DisqualifierCause.CODE_LABEL_UNKNOWN);
          }
        }
        case IGNORE -> {
          // an attempt of this list's offenses does not disqualify
        }
      }
    }

    void review(boolean attempt, StatutorySettings.UnsettledMode attemptMode, Kind kind) {
      if (attempt && attemptMode == StatutorySettings.UnsettledMode.IGNORE) {
        return;
      }
      kinds.add(kind);
      causes.add(DisqualifierCause.REVIEW_LIST);
      if (attempt) {
        causes.add(DisqualifierCause.ATTEMPT_UNSETTLED);
      }
    }

    Result result() {
      if (!definite && causes.isEmpty()) {
        return Result.NONE;
      }
      return new Result(definite, causes, kinds);
    }
  }
}
