package org.recordrelief.eligibility;

/**
 * Determination flags, in the order of {@code prop64-rules.md} §2.4. A determination holds them as
 * a sorted set in this declaration order.
 */
public enum Flag {
  /**
   * Quantity unknown; the statutory presumption (11361.8(b),(f)) was applied in the person's
   * favour.
   */
  QTY_PRESUMED,
  /** 11358 plant count unknown; a lower outcome was given than 6 plants or fewer would give. */
  PLANTS_UNKNOWN,
  /** The count is an attempt (PC 664) of the target offense. */
  ATTEMPT,
  /** Resentencing track: the prosecutor may challenge on unreasonable risk to public safety. */
  RISK_REVIEW,
  /** A disqualifier is dated the same day as the offense/conviction; order unknown. */
  TIMING_SAME_DAY,
  /** The outcome depends on an unsettled two-priors reading (§6). */
  TWO_PRIORS_UNSETTLED,
  /** No (further) statutory relief, but a county policy might grant it. */
  COUNTY_POLICY_CANDIDATE,
  /** The person is recorded as deceased. No legal effect. */
  DECEASED,
  /** Prior 11361.8 relief, vacatur or reversal found. */
  ALREADY_RELIEVED,
  /** Age tier at the offense unknown. */
  AGE_UNKNOWN,
  /** A PC 290 registration event without a 290(c) conviction before the offense. */
  REGISTRATION_ONLY,
  /** The record is inconsistent or incomplete in a way that affects the decision. */
  DATA_QUALITY,
  /** Juvenile-court adjudication (G7). */
  JUVENILE,
  /** Possession conviction before the Moscone Act (1976); HS 11361.5(b) may apply. */
  PRE_1976,
  /** A partial or invalid date prevents a firm decision. */
  DATE_IMPRECISE,
  /** No arrest/cycle date; the conviction date was used as the offense date. */
  OFFENSE_DATE_FROM_CONVICTION,
  /** A Prop 64 section carried a code label other than HS. */
  CODE_LABEL_MISMATCH,
  /** Sale to / use of a minor is indicated but not proven (S-5, S-6, A-5). */
  MINOR_INDICATOR,
  /** Import/export above the threshold is indicated but not proven. */
  IMPORT_INDICATOR,
  /** An environmental violation is indicated but not proven (C-7). */
  ENVIRONMENTAL_INDICATOR,
  /** A prior might be a disqualifier (super strike or 290(c) offense) but the law is unsettled. */
  SUPER_STRIKE_UNSETTLED,
  /** A super strike or 290(c) conviction dated after the offense (risk review only). */
  LATER_DISQUALIFIER,
  /**
   * The conviction was set aside under PC 1203.4 and related sections. No effect on eligibility.
   */
  PC1203_DISMISSED,
  /** 11357 or 11360 without a subdivision that the description could not map. */
  SUBDIVISION_UNMAPPED,
  /** Sentence status could not be determined. */
  SENTENCE_UNKNOWN,
  /** Comment text names a different Prop 64 section. */
  POSSIBLE_OTHER_P64_CHARGE,
  /** The outcome depends on an unresolved identity question (set by the identity layer). */
  IDENTITY_SENSITIVE
}
