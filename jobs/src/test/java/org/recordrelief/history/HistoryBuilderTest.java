package org.recordrelief.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.config.RuleSettings;
import org.recordrelief.config.Settings;
import org.recordrelief.doj.DatePrecision;
import org.recordrelief.testing.DojLine;

class HistoryBuilderTest {
  private final HistoryBuilder builder =
      new HistoryBuilder(RuleSettings.defaults(), IngestSettings.defaults());

  private static int line = 0;

  private static DojRow row(DojLine l) {
    line++;
    return new DojRow("f.csv", 0, line, "sha" + l.csv().hashCode(), l.fields(), List.of());
  }

  private SubjectHistory build(DojLine... lines) {
    List<DojRow> rows = new ArrayList<>();
    for (DojLine l : lines) {
      rows.add(row(l));
    }
    return builder.build("S1", rows);
  }

  private static CountFacts only(SubjectHistory h) {
    List<CountFacts> c = h.convictions();
    assertEquals(1, c.size());
    return c.get(0);
  }

  @Test
  void sameCountOrderUnderTwoSubjectIdsOfOneResolvedPersonIsTwoCounts() {
    // CNT_ORDER numbering restarts per SUBJECT_ID; a merged person holds several.
    DojLine a = DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("OFN", "CASE-A").set("SENT_LENGTH", "10").set("SENT_TIME_CODE", "D");
    DojLine b = DojLine.conviction("S2", "101002001000", "459 PC")
        .set("OFN", "CASE-B").set("STP_EVENT_DATE", "20120505");
    SubjectHistory h = build(a, b);
    assertEquals(2, h.convictions().size());
    for (CountFacts c : h.convictions()) {
      assertEquals(1, c.rowCount());
      assertEquals(c.subjectKey().equals("S1") ? "CASE-A" : "CASE-B", c.caseNumber());
    }
  }

  @Test
  void repeatedCountOrderIsOneConvictionWithAllSentenceParts() {
    DojLine jail = DojLine.conviction("S1", "102002001000", "11358 HS-CULTIVATE CANNABIS")
        .set("SENT_LOC_DESCR", "JAIL").set("SENT_LENGTH", "30").set("SENT_TIME_CODE", "D")
        .set("STP_EVENT_DATE", "19810411");
    DojLine prob = DojLine.conviction("S1", "102002001000", "11358 HS-CULTIVATE CANNABIS")
        .set("SENT_LOC_DESCR", "PROBATION").set("SENT_LENGTH", "6").set("SENT_TIME_CODE", "M")
        .set("STP_EVENT_DATE", "19810411");
    CountFacts c = only(build(jail, prob));
    assertEquals(2, c.sentenceParts().size());
    assertEquals(2, c.rowCount());
    assertEquals(LocalDate.of(1981, 10, 11), c.sentenceEnd(), "MAX: 6 months after conviction");
    assertTrue(c.issues().contains("SENTENCE_COMBINATION_ASSUMED"));
    HistoryBuilder sum = new HistoryBuilder(
        Settings.load(com.typesafe.config.ConfigFactory.parseString(
            "recordrelief.rules.sentencePartCombination = SUM")).rules(),
        IngestSettings.defaults());
    CountFacts s = sum.build("S1", List.of(row(jail), row(prob))).convictions().get(0);
    assertEquals(LocalDate.of(1981, 11, 11), s.sentenceEnd(), "SUM: 30 days then 6 months");
  }

  @Test
  void rowOrderDoesNotMatter() {
    DojLine a = DojLine.conviction("S1", "101002001000", "11357(C) HS").set("OFN", "A1");
    DojLine b = DojLine.conviction("S1", "101002001000", "11357(C) HS")
        .set("SENT_LENGTH", "3").set("SENT_TIME_CODE", "Y").set("OFN", "B2");
    List<DojRow> rows = new ArrayList<>(List.of(row(a), row(b)));
    SubjectHistory h1 = builder.build("S1", rows);
    Collections.reverse(rows);
    SubjectHistory h2 = builder.build("S1", rows);
    assertEquals(h1.convictions(), h2.convictions());
  }

  @Test
  void offenseTextSelectionAndCitation() {
    CountFacts conv = only(build(DojLine.conviction("S1", "101002001000", "11359 HS-POSS FOR SALE")
        .set("CONV_OFFENSE_DESCR", "11357(C) HS-POSSESS OVER 28.5 GRAMS")));
    assertEquals("CONVICTED", conv.offenseSource());
    assertEquals("11357", conv.citation().section());
    assertTrue(conv.issues().contains("CONVICTED_OFFENSE_DIFFERS"));

    CountFacts comment = only(build(DojLine.conviction("S1", "101002001000",
        "SEE COMMENT FOR CHARGE").set("COMMENT_TEXT", "CHRG 11358 HS")));
    assertEquals("COMMENT", comment.offenseSource());
    assertEquals("11358", comment.citation().section());

    CountFacts mislabel = only(build(DojLine.conviction("S1", "101002001000", "11359 PC-SALE")));
    assertEquals("HS", mislabel.citation().code());
    assertTrue(mislabel.issues().contains("CODE_LABEL_MISMATCH"));

    CountFacts other = only(build(DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("COMMENT_TEXT", "11359 HS-POSSESS FOR SALE")));
    assertTrue(other.issues().contains("POSSIBLE_OTHER_P64_CHARGE"));

    CountFacts unparsed = only(build(DojLine.conviction("S1", "101002001000", "MYSTERY")));
    assertTrue(unparsed.issues().contains("OFFENSE_UNPARSED"));
    assertFalse(unparsed.citation().isProp64Section());
  }

  @Test
  void levelFollowsConvictionStatusThenTypeOfCharge() {
    assertEquals("M", only(build(DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("CONV_STAT_DESCR", "MISDEMEANOR").set("OFFENSE_TOC", "F"))).level());
    CountFacts toc = only(build(DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("CONV_STAT_DESCR", "").set("OFFENSE_TOC", "F")));
    assertEquals("F", toc.level());
    assertEquals("OFFENSE_TOC", toc.levelSource());
    CountFacts unknown = only(build(DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("CONV_STAT_DESCR", "WOBBLY").set("OFFENSE_TOC", "F")));
    assertEquals("UNKNOWN", unknown.level());
    assertTrue(unknown.issues().contains("LEVEL_UNKNOWN"));
  }

  @Test
  void offenseDateFallsBackFromCycleToArrestStepToConviction() {
    DojLine arrest = DojLine.conviction("S1", "103001001000", "11359 HS")
        .set("STP_TYPE_DESCR", "ARREST/DETAINED/CITED").set("DISP_DESCR", "")
        .set("STP_EVENT_DATE", "20050101").set("CYC_DATE", "");
    DojLine court = DojLine.conviction("S1", "103002001000", "11359 HS")
        .set("STP_EVENT_DATE", "20050505").set("CYC_DATE", "");
    CountFacts viaArrest = only(build(arrest, court));
    assertEquals("ARREST_STEP", viaArrest.offenseDateSource());
    assertEquals(LocalDate.of(2005, 1, 1), viaArrest.offenseDate().value());

    CountFacts viaConviction = only(build(court));
    assertEquals("CONVICTION", viaConviction.offenseDateSource());
    assertTrue(viaConviction.issues().contains("OFFENSE_DATE_FROM_CONVICTION"));

    CountFacts viaCycle = only(build(court.set("CYC_DATE", "20041231")));
    assertEquals("CYCLE", viaCycle.offenseDateSource());
  }

  @Test
  void aRecordedCycleAgeInAnotherTierMakesTheTierUnknown() {
    DojLine c = DojLine.conviction("S1", "101002001000", "11359 HS")
        .set("CYC_DATE", "19950301").set("STP_EVENT_DATE", "19950505")
        .set("PRI_DOB", "19800615");
    CountFacts agree = only(build(c.set("CYC_AGE", "14")));
    assertEquals("UNDER_18", agree.ageTier());
    assertFalse(agree.issues().contains("CYC_AGE_MISMATCH"));
    // DOB says 14, the DOJ recorded 24 at the cycle: the DOB may be keyed wrong.
    CountFacts conflict = only(build(c.set("CYC_AGE", "24")));
    assertEquals("UNKNOWN", conflict.ageTier());
    assertTrue(conflict.issues().contains("CYC_AGE_MISMATCH"));
    // More than a year off but in the same tier: recorded, the tier stands.
    CountFacts sameTier = only(build(c.set("CYC_AGE", "30").set("PRI_DOB", "19700615")));
    assertEquals("21_PLUS", sameTier.ageTier());
    assertTrue(sameTier.issues().contains("CYC_AGE_MISMATCH"));
  }

  @Test
  void partialDatesKeepTheirPrecisionAndAgesAreIntervals() {
    CountFacts c = only(build(DojLine.conviction("S1", "101002001000", "11357(B) HS")
        .set("CYC_DATE", "19950000").set("STP_EVENT_DATE", "19950600")
        .set("PRI_DOB", "19770615")));
    assertEquals(DatePrecision.YEAR, c.offenseDate().precision());
    assertNull(c.offenseDate().value(), "never turned into a wrong full date");
    assertEquals(DatePrecision.MONTH, c.convictionDate().precision());
    assertEquals(17, c.ageMin());
    assertEquals(18, c.ageMax());
    assertEquals("UNKNOWN", c.ageTier(), "17 or 18: the tier is not known");
    assertEquals("ABSENT", c.sentenceEndBasis());
    CountFacts withPart = only(build(DojLine.conviction("S1", "101002001000", "11357(B) HS")
        .set("STP_EVENT_DATE", "19950600").set("SENT_LENGTH", "1").set("SENT_TIME_CODE", "Y")));
    assertEquals("DATE_UNKNOWN", withPart.sentenceEndBasis(), "no exact start: no exact end");
    assertNull(withPart.sentenceEnd());
    assertEquals(LocalDate.of(1996, 6, 1), withPart.sentenceEndRange().earliest(),
        "June 1995 + 1 year ends in June 1996");
    assertEquals(LocalDate.of(1996, 6, 30), withPart.sentenceEndRange().latest());
    CountFacts spans = only(build(DojLine.conviction("S1", "101002001000", "11357(B) HS")
        .set("STP_EVENT_DATE", "19700000").set("SENT_LENGTH", "6").set("SENT_TIME_CODE", "M")));
    assertEquals(LocalDate.of(1970, 7, 1), spans.sentenceEndRange().earliest());
    assertEquals(LocalDate.of(1971, 6, 30), spans.sentenceEndRange().latest(),
        "an interval across two years is still an interval");
  }

  @Test
  void partialConvictionDateGivesAnIntervalSentenceEnd() {
    // Convicted some day in June 1995: 30 days' jail and 1 year's probation end between
    // 1996-06-01 and 1996-06-30 (MAX), however the day falls.
    DojLine jail = DojLine.conviction("S1", "101002001000", "11357(B) HS")
        .set("STP_EVENT_DATE", "19950600").set("SENT_LOC_DESCR", "JAIL")
        .set("SENT_LENGTH", "30").set("SENT_TIME_CODE", "D").set("SENT_ORDER", "1");
    DojLine probation = DojLine.conviction("S1", "101002001000", "11357(B) HS")
        .set("STP_EVENT_DATE", "19950600").set("SENT_LOC_DESCR", "PROBATION")
        .set("SENT_LENGTH", "1").set("SENT_TIME_CODE", "Y").set("SENT_ORDER", "2");
    CountFacts c = only(build(jail, probation));
    assertEquals("DATE_UNKNOWN", c.sentenceEndBasis());
    assertNull(c.sentenceEnd(), "no exact end");
    assertEquals(LocalDate.of(1996, 6, 1), c.sentenceEndRange().earliest());
    assertEquals(LocalDate.of(1996, 6, 30), c.sentenceEndRange().latest());
    assertEquals(DatePrecision.MONTH, c.sentenceEndRange().precision());

    CountFacts exact = only(build(jail.set("STP_EVENT_DATE", "19950610"),
        probation.set("STP_EVENT_DATE", "19950610")));
    assertEquals(LocalDate.of(1996, 6, 10), exact.sentenceEnd());
    assertEquals(DatePrecision.DAY, exact.sentenceEndRange().precision());
    assertEquals(exact.sentenceEnd(), exact.sentenceEndRange().value());

    CountFacts unknown = only(build(jail.set("STP_EVENT_DATE", ""),
        probation.set("STP_EVENT_DATE", "")));
    assertEquals("DATE_UNKNOWN", unknown.sentenceEndBasis());
    assertFalse(unknown.sentenceEndRange().isKnown(), "no conviction day at all: no end");
  }

  @Test
  void countyAndCaseNumber() {
    CountFacts c = only(build(
        DojLine.conviction("S1", "101002001000", "11357 HS").set("OFN", "NULL  ")
            .set("STP_ORI_CNTY_NAME", " san  joaquin "),
        DojLine.conviction("S1", "101002002000", "459 PC").set("OFN", "12 140189-B")
            .set("DISP_DESCR", "DISMISSED/CHARGE DROPPED")));
    assertEquals("san-joaquin", c.countySlug());
    assertEquals("12 140189-B", c.caseNumber(), "case numbers come from the case's court rows");
    CountFacts unknown = only(build(DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("STP_ORI_CNTY_NAME", "CLARK NV")));
    assertEquals("unknown", unknown.countySlug());
    assertTrue(unknown.issues().contains("COUNTY_UNKNOWN"));
  }

  @Test
  void sentenceProblems() {
    CountFacts invalid = only(build(DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("SENT_LENGTH", "6").set("SENT_TIME_CODE", "N")));
    assertEquals("INVALID", invalid.sentenceEndBasis());
    assertNull(invalid.sentenceEnd());
    assertTrue(invalid.issues().contains("SENTENCE_INVALID"));
    CountFacts absent = only(build(DojLine.conviction("S1", "101002001000", "11357 HS")));
    assertEquals("ABSENT", absent.sentenceEndBasis());
    assertTrue(absent.issues().contains("SENTENCE_ABSENT"));
  }

  @Test
  void duplicateRowsWithSentenceOrderAddNoSecondPart() {
    DojLine l = DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("SENT_ORDER", "1").set("SENT_LENGTH", "10").set("SENT_TIME_CODE", "D");
    CountFacts c = only(build(l, l));
    assertEquals(1, c.sentenceParts().size());
    assertTrue(c.issues().contains("DUPLICATE_ROW"));
    DojLine noOrder = DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("SENT_LENGTH", "10").set("SENT_TIME_CODE", "D");
    CountFacts d = only(build(noOrder, noOrder));
    assertEquals(2, d.sentenceParts().size());
    assertTrue(d.issues().contains("POSSIBLE_DUPLICATE_SENTENCE_PART"));
  }

  @Test
  void eventsAndPersonAttributes() {
    SubjectHistory h = build(
        DojLine.conviction("S1", "101002001000", "11357 HS").set("PRI_DOB", "19700101"),
        DojLine.conviction("S1", "102001001000", "290 PC-REGISTRATION OF SEX OFFENDER")
            .set("STP_TYPE_DESCR", "REGISTRATION").set("DISP_DESCR", "")
            .set("PRI_DOB", "19700101"),
        DojLine.conviction("S1", "103001001000", "").set("STP_TYPE_DESCR", "DECEASED")
            .set("DISP_DESCR", "").set("STP_EVENT_DATE", "20200101").set("PRI_DOB", "19710101"));
    assertTrue(h.pc290Registration());
    assertTrue(h.deceased());
    assertEquals(LocalDate.of(1970, 1, 1), h.dob().value(), "most frequent DOB");
    assertTrue(h.issues().contains("DOB_CONFLICT"));
    assertEquals(1, h.convictions().size(), "registration and death are events, not convictions");
  }

  @Test
  void juvenileCourtDetection() {
    CountFacts c = only(build(DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("STP_ORI_TYPE_DESCR", "JUVENILE COURT")));
    assertTrue(c.juvenileCourt());
    CountFacts adult = only(build(DojLine.conviction("S1", "101002001000", "11357 HS")
        .set("STP_ORI_DESCR", "CASCJUVENTUS")));
    assertFalse(adult.juvenileCourt(), "tokens, not substrings");
  }

  @Test
  void invalidCountOrderGetsASyntheticKey() {
    CountFacts c = only(build(DojLine.conviction("S1", "1234", "11357 HS")));
    assertTrue(c.countKey().startsWith("SYN:"));
    assertNull(c.caseKey());
    assertTrue(c.issues().contains("CNT_ORDER_INVALID"));
  }
}
