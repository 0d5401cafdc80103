package org.recordrelief.eligibility.policy;

/**
 * The overlay's result compared with the statutory baseline ({@code policyVsBaseline}, {@code
 * prop64-rules.md} §9.1), in the relief order dismissal &gt; reduction &gt; not eligible.
 */
public enum PolicyComparison {
  /** Same relief level as the statute. */
  SAME,
  /** The county grants more relief than the statute requires. */
  MORE_RELIEF,
  /** The county grants less relief than the statute: in effect a challenge; always reported. */
  LESS_RELIEF,
  /** One side asks for review (statutory NEEDS_REVIEW, or a review determination). */
  REVIEW,
  /**
   * No comparison is possible: no policy result (NONE), no or unknown statutory outcome, or a
   * referral to another office (CITY_ATTORNEY_REVIEW).
   */
  NOT_COMPARABLE
}
