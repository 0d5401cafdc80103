package org.recordrelief.eligibility;

import java.time.LocalDate;
import org.recordrelief.doj.DojDate;

/** Interval helpers for the evaluator (interval logic, {@code doj-input-format.md} §5). */
final class Dates {
  private Dates() {}

  /** Prop 64 effective date. */
  static final LocalDate AUMA = LocalDate.of(2016, 11, 9);

  /** Moscone Act effective date. */
  static final LocalDate MOSCONE = LocalDate.of(1976, 1, 1);

  /**
   * A closed interval of days; a null bound is unbounded.
   *
   * @param earliest first possible day, or null
   * @param latest last possible day, or null
   */
  record Interval(LocalDate earliest, LocalDate latest) {

    static final Interval UNBOUNDED = new Interval(null, null);

    static Interval of(DojDate d) {
      return d != null && d.isKnown() ? new Interval(d.earliest(), d.latest()) : UNBOUNDED;
    }

    boolean isExactDay() {
      return earliest != null && earliest.equals(latest);
    }

    /** The later of two dated events: every day each can be, taking the maximum. */
    static Interval later(Interval a, Interval b) {
      LocalDate e = a.earliest == null || b.earliest == null ? null : max(a.earliest, b.earliest);
      LocalDate l = a.latest == null || b.latest == null ? null : max(a.latest, b.latest);
      if (e == null && a.earliest != null) {
        e = a.earliest;
      }
      if (e == null && b.earliest != null) {
        e = b.earliest;
      }
      return new Interval(e, l);
    }

    private static LocalDate max(LocalDate x, LocalDate y) {
      return x.isAfter(y) ? x : y;
    }
  }

  /** Position of a dated conviction relative to the offense window. */
  enum Timing {
    /** Strictly before every possible offense day. */
    BEFORE,
    /** Never strictly before, possibly the same day: order unknown. */
    SAME_DAY,
    /** Strictly after every possible offense day. */
    AFTER,
    /** Possibly before and possibly not: imprecise dates. */
    UNCERTAIN
  }

  static Timing timing(Interval prior, Interval offense) {
    boolean canBefore =
        offense.latest() == null
            || prior.earliest() == null
            || prior.earliest().isBefore(offense.latest());
    boolean canNotBefore =
        offense.earliest() == null
            || prior.latest() == null
            || !prior.latest().isBefore(offense.earliest());
    if (!canNotBefore) {
      return Timing.BEFORE;
    }
    if (!canBefore) {
      boolean overlap = !prior.earliest().isAfter(offense.latest());
      return overlap ? Timing.SAME_DAY : Timing.AFTER;
    }
    return Timing.UNCERTAIN;
  }
}
