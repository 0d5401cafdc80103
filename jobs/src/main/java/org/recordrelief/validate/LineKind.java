package org.recordrelief.validate;

/** What a physical line of an input file turned out to be. */
public enum LineKind {
  /** A valid data record (possibly with warnings). */
  DATA,
  /** The detected header on line 1 (not a record). */
  HEADER,
  /** Empty or whitespace-only (not a record, counted). */
  BLANK,
  /** A rejected record (in {@code quarantine/}). */
  QUARANTINED
}
