package org.recordrelief.eligibility;

/** Age tier at the offense (a person is N on their N-th birthday). */
public enum AgeTier {
  UNDER_18,
  AGE_18_TO_20,
  AGE_21_PLUS;

  public static AgeTier ofAge(int years) {
    if (years < 18) {
      return UNDER_18;
    }
    return years < 21 ? AGE_18_TO_20 : AGE_21_PLUS;
  }

  public boolean isAdult() {
    return this != UNDER_18;
  }

  /** Words for reason texts (no PII). */
  String words() {
    return switch (this) {
      case UNDER_18 -> "under 18 at the offense";
      case AGE_18_TO_20 -> "age 18 to 20 at the offense";
      case AGE_21_PLUS -> "age 21 or older at the offense";
    };
  }
}
