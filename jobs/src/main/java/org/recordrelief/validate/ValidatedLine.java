package org.recordrelief.validate;

import java.util.List;

/**
 * The verdict on one physical line.
 *
 * @param kind DATA, HEADER, BLANK or QUARANTINED
 * @param reason why it was quarantined (QUARANTINED only)
 * @param detail specifics for people: observed field count, mismatching header names, …
 * @param fieldCount fields found by the strict parser, or null when parsing failed early
 * @param fields the 95 raw values (DATA only), byte for byte
 * @param subjectKey person grouping key: trimmed SUBJECT_ID, or {@code CII:<cii>} (DATA only)
 * @param issues warning/info codes, as {@code CODE} or {@code CODE:COLUMN}, in column order
 * @param headerMismatch HEADER only: the names differ from the DOJ layout
 */
public record ValidatedLine(
    LineKind kind,
    QuarantineReason reason,
    String detail,
    Integer fieldCount,
    String[] fields,
    String subjectKey,
    List<String> issues,
    boolean headerMismatch) {

  static ValidatedLine blank() {
    return new ValidatedLine(LineKind.BLANK, null, null, null, null, null, List.of(), false);
  }

  static ValidatedLine header(int fieldCount, boolean mismatch, String detail, List<String> issues) {
    return new ValidatedLine(
        LineKind.HEADER, null, detail, fieldCount, null, null, issues, mismatch);
  }

  static ValidatedLine quarantined(
      QuarantineReason reason, String detail, Integer fieldCount, List<String> issues) {
    return new ValidatedLine(
        LineKind.QUARANTINED, reason, detail, fieldCount, null, null, issues, false);
  }
}
