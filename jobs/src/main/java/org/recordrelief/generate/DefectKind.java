package org.recordrelief.generate;

/**
 * Deliberate defects injected into data rows, with the reason or issue code the reader must report
 * ({@code doj-input-format.md} §9.2, §5).
 */
public enum DefectKind {
  /** 94 fields, or 96 fields with a non-empty last field: quarantined as FIELD_COUNT. */
  FIELD_COUNT("FIELD_COUNT", true),
  /** SUBJECT_ID and CII_NUMBER both blank: quarantined as NO_PERSON_KEY. */
  NO_PERSON_KEY("NO_PERSON_KEY", true),
  /** A stray quote inside a field or text after a closing quote: quarantined as MALFORMED_QUOTE. */
  MALFORMED_QUOTE("MALFORMED_QUOTE", true),
  /** An impossible date in a date column: the row is kept with the warning DATE_INVALID. */
  DATE_INVALID("DATE_INVALID", false);

  private final String code;
  private final boolean quarantined;

  DefectKind(String code, boolean quarantined) {
    this.code = code;
    this.quarantined = quarantined;
  }

  /** The quarantine reason (quarantined kinds) or row issue code (kept kinds). */
  public String code() {
    return code;
  }

  /** Whether the reader must reject the row. */
  public boolean quarantined() {
    return quarantined;
  }
}
