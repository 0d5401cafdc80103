package org.recordrelief.eligibility;

/**
 * Why a convicted count is in (or out of) the determination output. The output has one row per
 * relevant count; {@link #NOT_RELEVANT} counts (e.g. burglary) and non-convictions (G1) get none.
 */
public enum Relevance {
  /** HS 11357–11360 (any label, any subdivision) or an attempt of one: full decision (§3–§5). */
  PROP64(true),
  /** Former HS 11530 / 11530.5 / 11531 (pre-1973 numbering): G3, NEEDS_REVIEW. */
  PREDECESSOR(true),
  /** HS 11357.5, HS 11361, PC 4573.6, PC 4573.8: G2, NOT_ELIGIBLE. */
  OTHER_MARIJUANA_SECTION(true),
  /** PC 182 conspiracy with an HS 11357–11360 target: G2, NOT_ELIGIBLE. */
  CONSPIRACY(true),
  /** §7.4 related charge (PC 647(f), 602, 466, 148, …): G2, NOT_ELIGIBLE. */
  RELATED_CHARGE(true),
  /** G2 plea-bargain substitute not in §7.4 (PC 32, HS 11366): G2, NOT_ELIGIBLE. */
  PLEA_SUBSTITUTE(true),
  /** Charged under HS 11357–11360 but convicted of another section: G2, NOT_ELIGIBLE. */
  CHARGED_PROP64(true),
  /** Convicted offense text could not be parsed while the charge was HS 11357–11360: review. */
  OFFENSE_UNPARSED(true),
  /** Any other conviction: no determination row. */
  NOT_RELEVANT(false);

  private final boolean relevant;

  Relevance(boolean relevant) {
    this.relevant = relevant;
  }

  public boolean isRelevant() {
    return relevant;
  }
}
