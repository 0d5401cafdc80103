package org.recordrelief.eligibility;

/** Where a count's offense date came from ({@code doj-input-format.md} §6.4). */
public enum OffenseDateSource {
  /** {@code CYC_DATE} of the conviction's cycle. */
  CYCLE,
  /** Latest arrest step date of the same cycle on or before the conviction date. */
  ARREST_STEP,
  /** Fallback: the conviction date (flag {@link Flag#OFFENSE_DATE_FROM_CONVICTION}). */
  CONVICTION,
  /** Neither an offense nor a conviction date is known. */
  UNKNOWN;

  /** True for a real offense-date proxy (cycle or arrest step), false for the fallbacks. */
  public boolean isRealOffenseDate() {
    return this == CYCLE || this == ARREST_STEP;
  }
}
