package org.recordrelief.eligibility;

/** Level of a conviction ({@code doj-input-format.md} §6.2): felony, misdemeanor, infraction. */
public enum Level {
  F,
  M,
  I,
  UNKNOWN;

  public boolean isKnown() {
    return this != UNKNOWN;
  }

  /** True when this level is at or below {@code target} (I below M below F); false when unknown. */
  public boolean isAtOrBelow(Level target) {
    if (!isKnown() || !target.isKnown()) {
      return false;
    }
    return severity() <= target.severity();
  }

  private int severity() {
    return switch (this) {
      case F -> 3;
      case M -> 2;
      case I -> 1;
      case UNKNOWN -> 0;
    };
  }
}
