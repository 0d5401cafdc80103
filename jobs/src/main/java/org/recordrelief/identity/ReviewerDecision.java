package org.recordrelief.identity;

import java.io.Serializable;

/**
 * A reviewer's answer to an identity question ({@code schemas/reviewer_decisions.avsc}): two
 * profiles are one person, or are not. The pair is kept in profile-id order.
 *
 * @param profileA the smaller profile id
 * @param profileB the larger profile id
 * @param decision MUST_LINK or CANNOT_LINK
 * @param reviewer who decided
 * @param decidedAt when (ISO-8601, as written)
 * @param reason why, or null
 */
public record ReviewerDecision(String profileA, String profileB, Kind decision, String reviewer,
    String decidedAt, String reason) implements Serializable {

  /** The two answers a reviewer can give. */
  public enum Kind {
    MUST_LINK,
    CANNOT_LINK
  }

  public ReviewerDecision {
    if (profileA.compareTo(profileB) > 0) {
      String t = profileA;
      profileA = profileB;
      profileB = t;
    }
  }

  /** The pair key {@code a~b} (the review queue's item id for an edge). */
  public String pair() {
    return pairKey(profileA, profileB);
  }

  /** The pair key of two profile ids, in either order. */
  public static String pairKey(String x, String y) {
    return x.compareTo(y) <= 0 ? x + "~" + y : y + "~" + x;
  }
}
