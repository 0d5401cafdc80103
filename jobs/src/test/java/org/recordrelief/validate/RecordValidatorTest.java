package org.recordrelief.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.config.Settings;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.testing.DojLine;

class RecordValidatorTest {
  private final RecordValidator v = new RecordValidator(IngestSettings.defaults());

  private ValidatedLine data(String line) {
    return v.validate(line, false, false, false);
  }

  @Test
  void validRecordKeepsRawValuesAndSubjectKey() {
    DojLine l = DojLine.conviction(" 123 ", "101002001000", "11358 HS-CULTIVATE")
        .set("SENT_TIME_DESCR", "MONTHS   ");
    ValidatedLine r = data(l.csv());
    assertEquals(LineKind.DATA, r.kind());
    assertEquals("123", r.subjectKey());
    assertEquals(" 123 ", r.fields()[DojColumns.SUBJECT_ID], "raw value kept byte for byte");
    assertEquals("MONTHS   ", r.fields()[DojColumns.SENT_TIME_DESCR]);
  }

  @Test
  void wrongFieldCountsAreQuarantined() {
    DojLine l = DojLine.conviction("1", "101002001000", "11358 HS");
    ValidatedLine short94 = data(l.csvShort());
    assertEquals(LineKind.QUARANTINED, short94.kind());
    assertEquals(QuarantineReason.FIELD_COUNT, short94.reason());
    assertEquals(94, short94.fieldCount());
    ValidatedLine long97 = data(l.csv() + ",x,y");
    assertEquals(QuarantineReason.FIELD_COUNT, long97.reason());
    assertEquals(97, long97.fieldCount());
  }

  @Test
  void trailingEmptyFieldAcceptedByDefaultAndRejectedWhenSwitchedOff() {
    String line = DojLine.conviction("1", "101002001000", "11358 HS").csv() + ",";
    ValidatedLine ok = data(line);
    assertEquals(LineKind.DATA, ok.kind());
    assertTrue(ok.issues().contains("TRAILING_EMPTY_FIELD"));
    IngestSettings strict = Settings.load(com.typesafe.config.ConfigFactory.parseString(
        "recordrelief.ingest.acceptTrailingEmptyField = false")).ingest();
    ValidatedLine rejected = new RecordValidator(strict).validate(line, false, false, false);
    assertEquals(QuarantineReason.FIELD_COUNT_TRAILING_COMMA, rejected.reason());
  }

  @Test
  void headerOnLineOneIsDetectedAndCheckedWithTrailingComma() {
    ValidatedLine h = v.validate(DojLine.header(), true, false, false);
    assertEquals(LineKind.HEADER, h.kind());
    assertFalse(h.headerMismatch());
    ValidatedLine h96 = v.validate(DojLine.header() + ",", true, false, false);
    assertEquals(LineKind.HEADER, h96.kind());
    assertFalse(h96.headerMismatch());
    ValidatedLine lower = v.validate(DojLine.header().toLowerCase(), true, false, false);
    assertFalse(lower.headerMismatch(), "names compare case-insensitively");
  }

  @Test
  void headerWithWrongNamesIsAMismatch() {
    List<String> names = new ArrayList<>(DojColumns.NAMES);
    Collections.swap(names, 5, 6);
    ValidatedLine h = v.validate(String.join(",", names), true, false, false);
    assertEquals(LineKind.HEADER, h.kind());
    assertTrue(h.headerMismatch());
    ValidatedLine h94 = v.validate(String.join(",", names.subList(0, 94)), true, false, false);
    assertTrue(h94.headerMismatch());
    assertTrue(h94.detail().contains("94"));
  }

  @Test
  void headerLikeLineWithoutRecordIdIsAMismatchOnLineOne() {
    // Like the Los Angeles bad.csv: starts at SUBJECT_STATUS, ends with an empty field.
    List<String> names = new ArrayList<>(DojColumns.NAMES.subList(1, 95));
    names.add("");
    ValidatedLine h = v.validate(String.join(",", names), true, false, false);
    assertEquals(LineKind.HEADER, h.kind());
    assertTrue(h.headerMismatch());
  }

  @Test
  void headerAfterLineOneIsEmbedded() {
    ValidatedLine h = data(DojLine.header());
    assertEquals(QuarantineReason.EMBEDDED_HEADER, h.reason());
  }

  @Test
  void personKeys() {
    ValidatedLine none = data(DojLine.conviction("", "101002001000", "11358 HS")
        .set("CII_NUMBER", "  ").csv());
    assertEquals(QuarantineReason.NO_PERSON_KEY, none.reason());
    ValidatedLine cii = data(DojLine.conviction("", "101002001000", "11358 HS")
        .set("CII_NUMBER", "A123456781").csv());
    assertEquals(LineKind.DATA, cii.kind());
    assertEquals("CII:A123456781", cii.subjectKey());
    assertTrue(cii.issues().contains("BLANK_SUBJECT_ID"));
    ValidatedLine badCii = data(DojLine.conviction("7", "101002001000", "11358 HS")
        .set("CII_NUMBER", "12-34").csv());
    assertTrue(badCii.issues().contains("CII_FORMAT"));
  }

  @Test
  void quotingProblems() {
    String good = DojLine.conviction("1", "101002001000", "11358 HS").csv();
    assertEquals(QuarantineReason.MALFORMED_QUOTE, data(good.replaceFirst(",1,", ",1\"x,")).reason());
    String open = good.substring(0, good.length() - 1) + "\"#"; // last field opens a quote
    assertEquals(QuarantineReason.QUOTED_LINE_BREAK, data(open).reason());
    assertEquals(QuarantineReason.TRUNCATED_FINAL_RECORD,
        v.validate(open, false, true, false).reason());
  }

  @Test
  void blankLinesAreNotRecords() {
    assertEquals(LineKind.BLANK, data("").kind());
    assertEquals(LineKind.BLANK, data("  \t ").kind());
  }

  @Test
  void valueIssuesAreWarningsNotRejections() {
    DojLine l = DojLine.conviction("1", "101002001000", "11358 HS")
        .set("CYC_DATE", "20150231")
        .set("STP_EVENT_DATE", "19900000")
        .set("PRI_DOB", "19000101")
        .set("OFN", "NULL  ")
        .set("COMMENT_TEXT", "A\u0000B");
    ValidatedLine r = data(l.csv());
    assertEquals(LineKind.DATA, r.kind());
    assertTrue(r.issues().contains("DATE_INVALID:CYC_DATE"), r.issues().toString());
    assertTrue(r.issues().contains("DATE_PARTIAL:STP_EVENT_DATE"));
    assertTrue(r.issues().contains("DATE_PLACEHOLDER:PRI_DOB"));
    assertTrue(r.issues().contains("LITERAL_NULL:OFN"));
    assertTrue(r.issues().contains("CONTROL_CHARACTERS:COMMENT_TEXT"));
  }

  @Test
  void nonUtf8IsKeptWithAWarningOrRejectedBySwitch() {
    String line = DojLine.conviction("1", "101002001000", "11358 HS").csv();
    ValidatedLine kept = v.validate(line, false, false, true);
    assertEquals(LineKind.DATA, kept.kind());
    assertTrue(kept.issues().contains("NON_UTF8_BYTES"));
    IngestSettings strict = Settings.load(com.typesafe.config.ConfigFactory.parseString(
        "recordrelief.ingest.acceptNonUtf8 = false")).ingest();
    assertEquals(QuarantineReason.NON_UTF8_BYTES,
        new RecordValidator(strict).validate(line, false, false, true).reason());
  }

  @Test
  void ciiShape() {
    assertTrue(RecordValidator.isCiiShape("1008675309"));
    assertTrue(RecordValidator.isCiiShape("A123456781"));
    assertFalse(RecordValidator.isCiiShape("AB23456781"));
    assertFalse(RecordValidator.isCiiShape("123"));
    assertNull(RecordValidator.headerMismatch(DojColumns.NAMES));
  }
}
