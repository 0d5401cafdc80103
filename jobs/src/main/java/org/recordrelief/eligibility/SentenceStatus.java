package org.recordrelief.eligibility;

/**
 * Whether the sentence of a count extends past the evaluation date ({@code prop64-rules.md} §2.1).
 */
public enum SentenceStatus {
  SERVING,
  COMPLETED,
  UNKNOWN
}
