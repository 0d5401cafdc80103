package org.recordrelief.eligibility;

/**
 * Statutory outcome of one count ({@code prop64-rules.md} §2.2).
 *
 * <p>Two orders are defined. {@link #precedence()} is the X-10 order used to combine rows and
 * modifiers that fire together on <em>established</em> facts. {@link #reliefRank()} is the order of
 * relief to the person, used to pick the {@code candidateOutcome} "in the person's favour" and by
 * the monotonicity tests.
 */
public enum Outcome {
  DISMISS_AND_SEAL,
  REDUCE_TO_MISDEMEANOR,
  REDUCE_TO_INFRACTION,
  NOT_ELIGIBLE,
  NEEDS_REVIEW;

  /**
   * NOT_ELIGIBLE > NEEDS_REVIEW > DISMISS_AND_SEAL > REDUCE_TO_INFRACTION >
   * REDUCE_TO_MISDEMEANOR.
   */
  public int precedence() {
    return switch (this) {
      case NOT_ELIGIBLE -> 5;
      case NEEDS_REVIEW -> 4;
      case DISMISS_AND_SEAL -> 3;
      case REDUCE_TO_INFRACTION -> 2;
      case REDUCE_TO_MISDEMEANOR -> 1;
    };
  }

  /**
   * Relief to the person: DISMISS_AND_SEAL 3 > REDUCE_TO_INFRACTION 2 > REDUCE_TO_MISDEMEANOR 1 >
   * NOT_ELIGIBLE 0. NEEDS_REVIEW is not a relief level and ranks -1 (rank its candidate instead).
   */
  public int reliefRank() {
    return switch (this) {
      case DISMISS_AND_SEAL -> 3;
      case REDUCE_TO_INFRACTION -> 2;
      case REDUCE_TO_MISDEMEANOR -> 1;
      case NOT_ELIGIBLE -> 0;
      case NEEDS_REVIEW -> -1;
    };
  }

  /** DISMISS_AND_SEAL, REDUCE_TO_INFRACTION or REDUCE_TO_MISDEMEANOR. */
  public boolean isRelief() {
    return reliefRank() > 0;
  }

  /** REDUCE_TO_INFRACTION or REDUCE_TO_MISDEMEANOR. */
  public boolean isReduction() {
    return this == REDUCE_TO_INFRACTION || this == REDUCE_TO_MISDEMEANOR;
  }
}
