package org.recordrelief.eligibility.policy;

/**
 * What a county policy decides for a count ({@code prop64-rules.md} §9.2), with the string
 * gogen's export used for it.
 */
public enum PolicyDetermination {
  DISMISSAL("Eligible for Dismissal"),
  REDUCTION("Eligible for Reduction"),
  NOT_ELIGIBLE("Not eligible"),
  MAYBE_FLAG_FOR_REVIEW("Maybe Eligible - Flag for Review"),
  HAND_REVIEW("Hand Review"),
  CITY_ATTORNEY_REVIEW("To be reviewed by City Attorneys"),
  /** No rule decided and the fallback is empty (gogen's blank determination). */
  NONE("");

  private final String gogenString;

  PolicyDetermination(String gogenString) {
    this.gogenString = gogenString;
  }

  /** The text gogen wrote in its "Eligibility Determination" column. */
  public String gogenString() {
    return gogenString;
  }
}
