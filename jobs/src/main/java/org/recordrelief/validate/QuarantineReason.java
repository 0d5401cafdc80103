package org.recordrelief.validate;

/** Why a record was rejected into {@code quarantine/} ({@code doj-input-format.md} §9.2). */
public enum QuarantineReason {
  /** Field count other than 95. */
  FIELD_COUNT,
  /** 96 fields, last empty, while {@code acceptTrailingEmptyField} is off. */
  FIELD_COUNT_TRAILING_COMMA,
  /** A stray quote inside an unquoted field, or text after a closing quote. */
  MALFORMED_QUOTE,
  /** The line ends inside a quoted field (a quoted line break): rejected, never split silently. */
  QUOTED_LINE_BREAK,
  /** The file ends inside a quoted field. */
  TRUNCATED_FINAL_RECORD,
  /** A header (or header-like) record after line 1, e.g. from concatenated files. */
  EMBEDDED_HEADER,
  /** SUBJECT_ID and CII_NUMBER both blank: cannot be attributed to anyone. */
  NO_PERSON_KEY,
  /** Bytes that are not UTF-8 while {@code acceptNonUtf8} is off. */
  NON_UTF8_BYTES,
  /** A physical record longer than the configured byte limit. */
  RECORD_TOO_LONG
}
