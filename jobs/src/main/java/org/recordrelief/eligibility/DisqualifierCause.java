package org.recordrelief.eligibility;

/**
 * Why a possible disqualifier (super strike, PC 290(c) offense, registration, or a prior counted
 * toward two priors) is not settled. Each cause routes the count to review only when it changes the
 * outcome.
 */
public enum DisqualifierCause {
  /** Attempt of a listed non-homicide offense ({@code attemptedNonHomicideSuperStrike}, {@code
   * attemptedPc290Offense}); or, for two priors, an attempt prior under {@code attemptMode =
   * STRICT}. */
  ATTEMPT_UNSETTLED("ATTEMPTED_DISQUALIFIER", Flag.SUPER_STRIKE_UNSETTLED),
  /** PC 182 conspiracy to commit a listed offense (not in the baseline list). */
  CONSPIRACY_UNSETTLED("CONSPIRACY_DISQUALIFIER", Flag.SUPER_STRIKE_UNSETTLED),
  /** The listed section has no code label on the record. */
  CODE_LABEL_UNKNOWN("DISQUALIFIER_CODE_UNKNOWN", Flag.SUPER_STRIKE_UNSETTLED),
  /** A review entry of {@link ReferenceLists} matched. */
  REVIEW_LIST("DISQUALIFIER_LIST_REVIEW", Flag.SUPER_STRIKE_UNSETTLED),
  /** The prior itself was relieved, vacated or reversed. */
  PRIOR_RELIEVED("PRIOR_RELIEVED", Flag.SUPER_STRIKE_UNSETTLED),
  /** The prior is a juvenile adjudication (not a criminal conviction). */
  JUVENILE_PRIOR("JUVENILE_PRIOR", Flag.SUPER_STRIKE_UNSETTLED),
  /** Gang pair whose 186.22(b)(4) row has a blank disposition. */
  ENHANCEMENT_UNPROVEN("ENHANCEMENT_UNPROVEN", Flag.SUPER_STRIKE_UNSETTLED),
  /** Dated the same day as the offense. */
  SAME_DAY("DISQUALIFIER_SAME_DAY", Flag.TIMING_SAME_DAY),
  /** Imprecise dates: possibly before the offense, possibly not. */
  DATE_IMPRECISE("PRIOR_DATE_IMPRECISE", Flag.DATE_IMPRECISE),
  /** A PC 290 registration without a 290(c) conviction before the offense. */
  REGISTRATION_ONLY("REGISTRATION_ONLY", Flag.REGISTRATION_ONLY),
  /** A prior with an invalid {@code CNT_ORDER} may or may not be a separate case (two priors). */
  COUNT_ORDER_INVALID("COUNT_ORDER_INVALID", Flag.DATA_QUALITY);

  private final String reasonCode;
  private final Flag flag;

  DisqualifierCause(String reasonCode, Flag flag) {
    this.reasonCode = reasonCode;
    this.flag = flag;
  }

  public String reasonCode() {
    return reasonCode;
  }

  /** Flag raised when this cause decides a review (super-strike context). */
  public Flag flag() {
    return flag;
  }
}
