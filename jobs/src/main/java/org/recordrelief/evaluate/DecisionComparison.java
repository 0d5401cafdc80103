package org.recordrelief.evaluate;

import java.util.List;

/**
 * Compares a published statutory outcome with the generator's expected outcome of the same
 * conviction ({@code entity-resolution.md} §10.5), with the relief order DISMISS_AND_SEAL >
 * REDUCE_TO_INFRACTION > REDUCE_TO_MISDEMEANOR > NOT_ELIGIBLE and NEEDS_REVIEW apart.
 */
public final class DecisionComparison {
  private DecisionComparison() {}

  public static final String AGREE = "AGREE";
  public static final String WRONGLY_GRANTED = "WRONGLY_GRANTED";
  public static final String WRONGLY_DENIED = "WRONGLY_DENIED";
  public static final String ROUTED_TO_REVIEW = "ROUTED_TO_REVIEW";
  public static final String MISSED_REVIEW = "MISSED_REVIEW";
  /** The conviction has an expected outcome but no published determination. */
  public static final String NO_DETERMINATION = "NO_DETERMINATION";

  /** Every category, in report order. */
  public static final List<String> CATEGORIES =
      List.of(AGREE, WRONGLY_GRANTED, WRONGLY_DENIED, ROUTED_TO_REVIEW, MISSED_REVIEW,
          NO_DETERMINATION);

  private static final String REVIEW = "NEEDS_REVIEW";

  /** Relief rank of a definite outcome: higher is more relief. */
  static int rank(String outcome) {
    return switch (outcome) {
      case "DISMISS_AND_SEAL" -> 3;
      case "REDUCE_TO_INFRACTION" -> 2;
      case "REDUCE_TO_MISDEMEANOR" -> 1;
      case "NOT_ELIGIBLE" -> 0;
      default -> throw new IllegalArgumentException("not an outcome: " + outcome);
    };
  }

  /**
   * The category of one conviction.
   *
   * @param expected the truth-based outcome (never null or blank: such convictions are not
   *     compared)
   * @param actual the published outcome, or null when none was published
   */
  public static String category(String expected, String actual) {
    if (actual == null || actual.isEmpty()) {
      return NO_DETERMINATION;
    }
    boolean expReview = REVIEW.equals(expected);
    boolean actReview = REVIEW.equals(actual);
    if (expReview || actReview) {
      return expReview == actReview ? AGREE : actReview ? ROUTED_TO_REVIEW : MISSED_REVIEW;
    }
    int d = Integer.compare(rank(actual), rank(expected));
    return d == 0 ? AGREE : d > 0 ? WRONGLY_GRANTED : WRONGLY_DENIED;
  }

  /** Whether an agreeing definite outcome was reached on another track (resentence/redesignate). */
  public static boolean trackDiffers(String expected, String actual, String expectedTrack,
      String actualTrack) {
    if (actual == null || !expected.equals(actual) || "NOT_ELIGIBLE".equals(expected)
        || REVIEW.equals(expected)) {
      return false;
    }
    String e = expectedTrack == null ? "" : expectedTrack;
    String a = actualTrack == null ? "" : actualTrack;
    return !e.equals(a);
  }
}
