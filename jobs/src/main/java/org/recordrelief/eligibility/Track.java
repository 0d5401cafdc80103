package org.recordrelief.eligibility;

/** Procedural track of a count with relief or review ({@code prop64-rules.md} §2.2, X-2, X-3). */
public enum Track {
  /**
   * Currently serving (custody, probation, parole, PRCS, mandatory supervision): HS 11361.8(a)–(d).
   */
  RESENTENCE_11361_8_A_D,
  /** Sentence completed: HS 11361.8(e)–(h); no public-safety risk test. */
  REDESIGNATE_11361_8_E_H,
  /** Sentence status unknown (flag {@link Flag#SENTENCE_UNKNOWN}). */
  UNDETERMINED
}
