package org.recordrelief.gogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.policy.PolicyDetermination;
import org.recordrelief.eligibility.policy.PolicyResult;
import org.recordrelief.eligibility.policy.PolicyView;
import org.recordrelief.testing.DojLine;
import org.recordrelief.testing.RepoPaths;

/** The per-file model, gogen's sentence arithmetic and per-subject facts, on small in-code rows. */
class GogenModelTest {
  private static final LocalDate NOW = LocalDate.of(2019, 11, 11);

  private static DojLine conv(String subject, String cnt, String date, String offense) {
    return DojLine.conviction(subject, cnt, offense).set("STP_EVENT_DATE", date);
  }

  private static DojLine sentence(DojLine l, String length, String unit) {
    return l.set("SENT_LENGTH", length).set("SENT_TIME_CODE", unit);
  }

  private static GogenFile file(GogenProfile profile, DojLine... lines) {
    List<String[]> rows = new ArrayList<>();
    for (DojLine l : lines) {
      rows.add(l.fields());
    }
    return GogenFile.build(rows, profile);
  }

  private static GogenFile file(DojLine... lines) {
    return file(GogenProfile.GOGEN_2020, lines);
  }

  // --- sentence arithmetic (D-08) -------------------------------------------------------------

  @Test
  void sentenceUnitsAreDayMonthOf30Point5DaysAndYearOf366Days() {
    assertEquals(24, GogenRow.sentenceHours("1", "D"));
    assertEquals(6 * 732, GogenRow.sentenceHours("6", "M"));
    assertEquals(2 * 366 * 24, GogenRow.sentenceHours("2", "Y"));
    assertEquals(0, GogenRow.sentenceHours("6", "N"), "unknown unit = 0");
    assertEquals(0, GogenRow.sentenceHours("", "M"), "blank length = 0");
    assertEquals(0, GogenRow.sentenceHours("six", "M"), "unparseable length = 0");
    assertEquals(90 * 24, GogenRow.sentenceHours(" 90 ", "D "), "padding trimmed");
  }

  @Test
  void partsAreSummedAndStartAtTheConvictionDate() {
    GogenFile f =
        file(
            sentence(conv("1", "101002001000", "20150101", "11358 HS-X"), "6", "M"),
            sentence(conv("1", "101002001000", "20150101", "11358 HS-X"), "1", "Y"));
    GogenConviction c = f.subjects().get("1").convictions().get(0);
    assertEquals(6 * 732 + 366 * 24, c.sentenceHours());
    // 6 × 30.5 days = 183 days, + 366 days = 549 days after 2015-01-01
    assertEquals(LocalDateTime.of(2016, 7, 3, 0, 0), c.sentenceEnd());
    assertEquals(1, f.subjects().get("1").convictions().size(), "de-duplicated by CNT_ORDER");
  }

  @Test
  void halfDaysFromMonthsAreKept() {
    GogenFile f = file(sentence(conv("1", "101002001000", "20150101", "11358 HS-X"), "1", "M"));
    assertEquals(LocalDateTime.of(2015, 1, 31, 12, 0), f.subjects().get("1").convictions().get(0).sentenceEnd());
  }

  @Test
  void aRepeatedRowAddsItsLengthToTheMostRecentlyAppendedConviction() {
    GogenFile f =
        file(
            sentence(conv("1", "101002001000", "20150101", "11358 HS-X"), "10", "D"),
            sentence(conv("1", "101002002000", "20150101", "503 VC-Y"), "5", "D"),
            sentence(conv("1", "101002001000", "20150101", "11358 HS-X"), "100", "D"));
    List<GogenConviction> cs = f.subjects().get("1").convictions();
    assertEquals(2, cs.size());
    assertEquals(10 * 24, cs.get(0).sentenceHours(), "its own CNT_ORDER is not credited");
    assertEquals(105 * 24, cs.get(1).sentenceHours(), "the last appended conviction is");
  }

  @Test
  void noSentenceEndsOnTheConvictionDate() {
    GogenFile f = file(conv("1", "101002001000", "20191111", "11358 HS-X"));
    GogenConviction c = f.subjects().get("1").convictions().get(0);
    assertEquals(NOW.atStartOfDay(), c.sentenceEnd());
    GogenPolicyView v = new GogenPolicyView(f.subjects().get("1"), c, GogenProfile.GOGEN_2020, NOW);
    assertEquals(Tri.TRUE, v.allSentencesCompleted(), "ends at, not after, the evaluation date");
    assertEquals(Tri.FALSE, v.thisSentenceCompleted(), "does not end before it");
  }

  // --- rows and subjects ----------------------------------------------------------------------

  @Test
  void codeSectionIsTheTrimmedTextBeforeTheFirstHyphenD07() {
    GogenFile f =
        file(
            conv("1", "101002001000", "20150101", "664-11357(C) HS-POSSESS"),
            conv("1", "101002002000", "20150101", " 148 PC - RESISTING"),
            conv("1", "101002003000", "20150101", "SEE COMMENT FOR CHARGE").set("COMMENT_TEXT", "CHRG 11358 HS"),
            conv("1", "101002004000", "20150101", "  ").set("COMMENT_TEXT", "11359 - SALE"));
    List<GogenRow> rows = f.rows();
    assertEquals("664", rows.get(0).codeSection());
    assertNull(rows.get(0).prop64Key(), "the attempt hides the Prop 64 charge");
    assertEquals("148 PC", rows.get(1).codeSection());
    assertEquals("CHRG 11358 HS", rows.get(2).codeSection());
    assertEquals("11358", rows.get(2).prop64Key());
    assertEquals("11359", rows.get(3).codeSection());
  }

  @Test
  void felonyRule() {
    GogenFile f =
        file(
            conv("1", "101002001000", "20150101", "11358 HS-X"),
            conv("1", "101002002000", "20150101", "11358 HS-X").set("CONV_STAT_DESCR", "").set("OFFENSE_TOC", "F"),
            conv("1", "101002003000", "20150101", "11358 HS-X").set("CONV_STAT_DESCR", "").set("OFFENSE_TOC", "M"),
            conv("1", "101002004000", "20150101", "11358 HS-X").set("CONV_STAT_DESCR", "MISDEMEANOR").set("OFFENSE_TOC", "F"),
            conv("1", "101002005000", "20150101", "11358 HS-X").set("CONV_STAT_DESCR", "FELONY ").set("OFFENSE_TOC", "F"));
    assertEquals(List.of(true, true, false, false, false), f.rows().stream().map(GogenRow::isFelony).toList());
  }

  @Test
  void convictionIsAnUntrimmedPrefixTest() {
    GogenFile f =
        file(
            conv("1", "101002001000", "20150101", "11358 HS-X").set("DISP_DESCR", "CONVICTED-JAIL"),
            conv("1", "101002002000", "20150101", "11358 HS-X").set("DISP_DESCR", " CONVICTED-JAIL"),
            conv("1", "101002003000", "20150101", "11358 HS-X").set("DISP_DESCR", "DISMISSED/CHARGE DROPPED"));
    assertEquals(List.of(true, false, false), f.rows().stream().map(GogenRow::isConviction).toList());
  }

  @Test
  void subjectsAreTrimmedIdsAndBlankIdsBelongToNone() {
    GogenFile f =
        file(
            conv(" 7 ", "101002001000", "20150101", "11358 HS-X").set("PRI_DOB", "19800101"),
            conv("7", "101002002000", "20150101", "11359 HS-X").set("PRI_DOB", "19900101"),
            conv("  ", "1", "20150101", "11359 HS-X"));
    assertEquals(List.of("7"), List.copyOf(f.subjects().keySet()));
    GogenSubject s = f.subjects().get("7");
    assertEquals(2, s.convictions().size());
    assertEquals(LocalDate.of(1980, 1, 1), s.dob(), "DOB of the subject's first row");
    assertNull(f.subjectOf(f.rows().get(2)));
    assertEquals(3, f.rows().size());
  }

  @Test
  void shortCntOrderFailsTheFileAsGogenDidD17() {
    GogenInputException e =
        assertThrows(GogenInputException.class, () -> file(conv("1", "10100", "20150101", "11358 HS-X")));
    assertTrue(e.getMessage().contains("D-17"));
  }

  @Test
  void caseNumbersAreOfnsOfCourtActionRowsOfTheCaseVerbatimFirstSeen() {
    GogenFile f =
        file(
            conv("1", "101001001000", "20150101", "503 VC-X").set("STP_TYPE_DESCR", "ARREST/DETAINED/CITED").set("OFN", "111"),
            conv("1", "101002001000", "20150101", "632 PC-X").set("OFN", "NULL  "),
            conv("1", "101002002000", "20150101", "11358 HS-X").set("OFN", "222").set("DISP_DESCR", ""),
            conv("1", "101002003000", "20150101", "11358 HS-X").set("OFN", "NULL  "),
            conv("1", "101002004000", "20150101", "11358 HS-X").set("OFN", "   "),
            conv("1", "101001005000", "20150101", "11358 HS-X").set("OFN", "333"));
    GogenSubject s = f.subjects().get("1");
    assertEquals("NULL  ; 222", s.caseNumbers("101002"));
    assertEquals("333", s.caseNumbers("101001"), "arrest rows are not court actions");
    assertEquals("", s.caseNumbers("999999"));
  }

  @Test
  void superstrikesPc290RegistrationDeceasedAndMostRecent() {
    GogenFile f =
        file(
            conv("1", "101001001000", "19980504", "11358 HS-X"),
            conv("1", "101001002000", "19980504", "220 PC- COMMIT MAYHEM"),
            conv("1", "101001003000", "20000101", "288A(C)(1) PC-LEWD"),
            conv("1", "101001004000", "20150101", "632 PC-X"),
            conv("1", "101001005000", "20160101", "290 PC-REGISTRATION").set("STP_TYPE_DESCR", "REGISTRATION").set("DISP_DESCR", ""),
            conv("1", "101001006000", "20170101", "555 PC-X").set("STP_TYPE_DESCR", "DECEASED").set("DISP_DESCR", ""));
    GogenSubject s = f.subjects().get("1");
    assertEquals(List.of("220 PC", "288A(C)(1) PC"), s.superstrikes());
    assertEquals(LocalDate.of(1998, 5, 4), s.earliestSuperstrikeDate());
    assertEquals(List.of("288A(C)(1) PC"), s.pc290Sections());
    assertTrue(s.pc290Registration());
    assertTrue(s.deceased());
    assertEquals(LocalDate.of(2015, 1, 1), s.mostRecentConvictionDate());
    assertEquals(4, s.convictions().size());
    assertEquals(1, s.prop64Count());
    assertEquals(1, s.prop64Count("11358"));
  }

  @Test
  void losAngelesSameCasePairIsASuperstrikeWithZeroDateD05() {
    DojLine[] lines = {
      conv("1", "101001022000", "20150214", "136.1 PC-SPYING ON CATS"),
      conv("1", "101001023000", "20150519", "11358 HS-CULTIVATE CANNABIS"),
      conv("1", "101001024000", "20151031", "186.22(B)(4) PC- GANG STUFF"),
      conv("1", "102001024000", "20151031", "246 PC-OTHER CASE")
    };
    GogenSubject la = file(GogenProfile.GOGEN_PILOTS_LA_2019_10, lines).subjects().get("1");
    assertEquals(List.of("136.1 PC + 186.22(B)(4) PC"), la.superstrikes(), "246 is in another case");
    assertEquals(GogenDates.ZERO, la.earliestSuperstrikeDate());
    GogenPolicyView v = new GogenPolicyView(la, la.convictions().get(1), GogenProfile.GOGEN_PILOTS_LA_2019_10, NOW);
    assertEquals(Tri.TRUE, v.earlierSuperstrike(), "the pair's zero date is before everything");

    GogenSubject fin = file(GogenProfile.GOGEN_2020, lines).subjects().get("1");
    assertEquals(List.of(), fin.superstrikes(), "final gogen has no same-case pair rule");
  }

  @Test
  void registrationAloneDisqualifiesEveryDateInLosAngelesD06() {
    GogenFile f =
        file(
            GogenProfile.GOGEN_PILOTS_LA_2019_10,
            conv("1", "101001001000", "19900101", "11358 HS-X"),
            conv("1", "101001002000", "20100101", "290 PC-REGISTRATION").set("STP_TYPE_DESCR", "REGISTRATION").set("DISP_DESCR", ""));
    GogenSubject s = f.subjects().get("1");
    GogenPolicyView v = new GogenPolicyView(s, s.convictions().get(0), GogenProfile.GOGEN_PILOTS_LA_2019_10, NOW);
    assertEquals(Tri.TRUE, v.earlierPc290(), "registered in 2010, yet disqualifies the 1990 conviction");
  }

  @Test
  void ageTwentyOneMeansAgeNowInLosAngelesD02() {
    GogenFile f =
        file(
            GogenProfile.GOGEN_PILOTS_LA_2019_10,
            conv("1", "101001001000", "19910411", "11359 HS-X").set("PRI_DOB", "19890314"));
    GogenSubject s = f.subjects().get("1");
    GogenPolicyView v = new GogenPolicyView(s, s.convictions().get(0), GogenProfile.GOGEN_PILOTS_LA_2019_10, NOW);
    assertEquals(Tri.TRUE, v.convictedBeforeAge(21), "aged 2 at conviction");
    assertEquals(Tri.FALSE, v.ageAtEvaluationAtMost(21), "30 at the evaluation date");
  }

  @Test
  void twoPriorsCountPerCountByFirstFiveCharactersD12() {
    GogenFile f =
        file(
            GogenProfile.GOGEN_PILOTS_LA_2019_10,
            conv("1", "101001001000", "19910411", "11359 HS-X").set("STP_ORI_CNTY_NAME", "YOLO"),
            conv("1", "101001002000", "19910411", "11359(A) HS-X"),
            conv("1", "101001003000", "20140512", "11359 HS-X"),
            conv("2", "101001001000", "19910411", "664/11359 HS-X"),
            conv("2", "101001002000", "19920411", "11359 HS-X"),
            conv("2", "101001003000", "20140512", "11359 HS-X"));
    GogenSubject one = f.subjects().get("1");
    assertEquals(Tri.TRUE, view(one, 2).twoPriorsSameSection(), "same day, same case: still two");
    assertEquals(Tri.FALSE, view(one, 1).twoPriorsSameSection(), "only strictly earlier priors count");
    GogenSubject two = f.subjects().get("2");
    assertEquals(Tri.FALSE, view(two, 2).twoPriorsSameSection(), "664/11359 compares as 664/1");
  }

  private static GogenPolicyView view(GogenSubject s, int i) {
    return new GogenPolicyView(s, s.convictions().get(i), GogenProfile.GOGEN_PILOTS_LA_2019_10, NOW);
  }

  @Test
  void noConvictionWithinYearsBoundaryPerProfile() {
    GogenFile f = file(conv("1", "101001001000", "20091111", "11358 HS-X"));
    GogenSubject s = f.subjects().get("1");
    GogenConviction c = s.convictions().get(0);
    assertEquals(Tri.FALSE, new GogenPolicyView(s, c, GogenProfile.GOGEN_2020, NOW).noConvictionWithinYears(10));
    assertEquals(Tri.TRUE,
        new GogenPolicyView(s, c, GogenProfile.GOGEN_PILOTS_LA_2019_10, NOW).noConvictionWithinYears(10));
    assertEquals(Tri.TRUE, new GogenPolicyView(s, c, GogenProfile.GOGEN_2020, NOW).convictedAtLeastYearsAgo(10));
  }

  @Test
  void sectionInPerProfile() {
    GogenFile f =
        file(
            conv("1", "101001001000", "20150101", "11357(C)HS-X"),
            conv("1", "101001002000", "20150101", "11358 PC-X"));
    GogenSubject s = f.subjects().get("1");
    GogenConviction hs = s.convictions().get(0);
    GogenConviction pc = s.convictions().get(1);
    assertEquals(Tri.TRUE, new GogenPolicyView(s, hs, GogenProfile.GOGEN_2020, NOW).sectionIn(List.of("11357")));
    assertEquals(Tri.TRUE, new GogenPolicyView(s, pc, GogenProfile.GOGEN_2020, NOW).sectionIn(List.of("11358")));
    assertEquals(Tri.TRUE,
        new GogenPolicyView(s, hs, GogenProfile.GOGEN_PILOTS_2019_07, NOW).sectionIn(List.of("11357(C)")));
    assertEquals(Tri.FALSE,
        new GogenPolicyView(s, pc, GogenProfile.GOGEN_PILOTS_2019_07, NOW).sectionIn(List.of("11358")),
        "July 2019: the key must be followed by HS");
    assertEquals(Tri.FALSE,
        new GogenPolicyView(s, hs, GogenProfile.GOGEN_2020, NOW).rawSectionStartsWith("11357(c)"),
        "case-sensitive prefix");
  }

  @Test
  void possibleOtherP64Charges() {
    GogenFile f =
        file(
            conv("1", "101001001000", "20150101", "11358 HS-X").set("COMMENT_TEXT", "11359 - other"),
            conv("1", "101001002000", "20150101", "11357(B) HS-X").set("COMMENT_TEXT", "11357(D) - other group"),
            conv("1", "101001003000", "20150101", "11357(C) HS-X").set("COMMENT_TEXT", "11357(D) - same group"),
            conv("1", "101001004000", "20150101", "11357 HS-X").set("COMMENT_TEXT", "11357(A) - only comment"),
            conv("1", "101001005000", "20150101", "11357(A) HS-X").set("COMMENT_TEXT", "11357 - only charge"),
            conv("1", "101001006000", "20150101", "466 PC-X").set("COMMENT_TEXT", "11358 - none in charge"),
            conv("1", "101001007000", "20150101", "SEE COMMENT FOR CHARGE").set("COMMENT_TEXT", "11358 HS-X"),
            conv("1", "101001008000", "20150101", "11358 HS-X").set("COMMENT_TEXT", "11358 - same"),
            conv("1", "101001009000", "20150101", "466 PC-X").set("COMMENT_TEXT", "NOTHING"));
    assertEquals(
        List.of("11359 - other", "11357(D) - other group", "", "11357(A) - only comment", "",
            "11358 - none in charge", "", "", ""),
        f.rows().stream().map(GogenRow::possibleOtherP64Charges).toList());
  }

  // --- the view never answers UNKNOWN ---------------------------------------------------------

  @Test
  void everyPredicateAnswersTrueOrFalseEvenOnZeroDatesAndMissingDob() throws Exception {
    GogenFile f =
        file(
            GogenProfile.GOGEN_PILOTS_LA_2019_10,
            conv("1", "101001001000", "19700000", "11358 HS-X").set("PRI_DOB", ""),
            conv("1", "101001002000", "", "SEE COMMENT FOR CHARGE").set("SENT_TIME_CODE", "N"));
    GogenSubject s = f.subjects().get("1");
    for (GogenProfile p : GogenProfile.values()) {
      for (GogenConviction c : s.convictions()) {
        PolicyView v = new GogenPolicyView(s, c, p, NOW);
        for (Method m : PolicyView.class.getMethods()) {
          if (m.getReturnType() != Tri.class) {
            continue;
          }
          Object[] args = Stream.of(m.getParameterTypes()).map(GogenModelTest::sample).toArray();
          Tri t = (Tri) m.invoke(v, args);
          assertTrue(t == Tri.TRUE || t == Tri.FALSE, p + " " + m.getName());
        }
      }
    }
  }

  private static Object sample(Class<?> type) {
    if (type == int.class) {
      return 10;
    }
    if (type == LocalDate.class) {
      return GogenPolicyView.AUMA_DATE;
    }
    if (type == List.class) {
      return List.of("11357", "11358");
    }
    return "11357";
  }

  @Test
  void decisionFunctionIsCalledOncePerEvaluatedConvictionInFileOrder() {
    List<String> asked = new ArrayList<>();
    List<String[]> rows =
        List.of(
            conv("2", "101001001000", "20150101", "11358 HS-X").fields(),
            conv("1", "101001001000", "20150101", "11359 HS-X").fields(),
            conv("1", "101001001000", "20150101", "11359 HS-X").fields(),
            conv("1", "101001002000", "20150101", "11360 HS-X").set("STP_ORI_CNTY_NAME", "YOLO").fields(),
            conv("2", "101001002000", "20150101", "503 VC-X").fields(),
            conv("2", "101001003000", "20150101", "148 PC-X").fields());
    GogenExport e =
        GogenExport.forFile(
            rows,
            "LOS ANGELES",
            NOW,
            GogenProfile.GOGEN_2020,
            v -> {
              asked.add(((GogenPolicyView) v).subject().id() + ":" + v.rawSection());
              return new PolicyResult("p", "r", PolicyDetermination.DISMISSAL, "why");
            });
    assertEquals(List.of("2:11358 HS", "1:11359 HS"), asked);
    assertEquals(2, e.evaluated().size());
    asked.clear();
    GogenExport.forFile(
        rows,
        GogenRunSettings.of("LOS ANGELES", NOW, GogenProfile.GOGEN_PILOTS_2019_07).withScope(GogenScope.PROP64_AND_RELATED),
        v -> {
          asked.add(v.rawSection());
          return null;
        });
    assertEquals(List.of("11358 HS", "11359 HS", "148 PC"), asked);
  }

  @Test
  void nullDecisionIsWrittenAsTheBlankFallback() {
    GogenExport e =
        GogenExport.forFile(
            List.<String[]>of(conv("1", "101001001000", "20150101", "11358 HS-X").fields()),
            "LOS ANGELES", NOW, GogenProfile.GOGEN_2020, v -> null);
    List<String> rec = e.allResults().get(1);
    assertEquals("", rec.get(rec.size() - 1));
    assertEquals("", rec.get(rec.size() - 2));
    assertEquals("1", rec.get(96), "facts are still written");
    assertEquals(2, e.convictionResults().size(), "the row is still in the convictions file");
  }

  // --- gogen's reader --------------------------------------------------------------------------

  @Test
  void readerAcceptsCrlfHeaderWithTrailingCommaAndNoHeader() throws IOException {
    Path g = RepoPaths.gogenAnchor().resolve("codeforamerica-gogen/test_fixtures");
    List<String[]> extra = GogenInput.read(g.resolve("extra_comma.csv"));
    List<String[]> none = GogenInput.read(g.resolve("no_headers.csv"));
    assertEquals(38, extra.size());
    assertEquals(38, none.size());
    for (int i = 0; i < 38; i++) {
      assertEquals(List.of(extra.get(i)), List.of(none.get(i)));
    }
  }

  @Test
  void readerFailsTheFileOnTheFirstWrongFieldCountWithGogensMessage() {
    Path g = RepoPaths.gogenAnchor();
    GogenInputException a =
        assertThrows(GogenInputException.class,
            () -> GogenInput.read(g.resolve("codeforamerica-gogen/test_fixtures/bad.csv")));
    assertEquals("record on line 1: wrong number of fields", a.getMessage());
    assertEquals(GogenInputException.ErrorType.PARSING, a.errorType());
    GogenInputException b =
        assertThrows(GogenInputException.class,
            () -> GogenInput.read(g.resolve("codeforamerica-gogen_pilots/los_angeles@a9d59d1/test_fixtures/bad.csv")));
    assertEquals("record on line 2: wrong number of fields", b.getMessage());
  }

  // --- package rules ---------------------------------------------------------------------------

  @Test
  void packageImportsNoSpark() throws IOException {
    Path src = RepoPaths.root().resolve("jobs/src/main/java/org/recordrelief/gogen");
    try (Stream<Path> files = Files.list(src)) {
      List<Path> all = files.toList();
      assertFalse(all.isEmpty());
      for (Path p : all) {
        assertFalse(Files.readString(p).contains("org.apache.spark"), p + " mentions Spark");
      }
    }
  }

  @Test
  void packageDoesNotUseTheProjectCitationParser() throws IOException {
    Path src = RepoPaths.root().resolve("jobs/src/main/java/org/recordrelief/gogen");
    try (Stream<Path> files = Files.list(src)) {
      for (Path p : files.toList()) {
        String text = Files.readString(p);
        assertFalse(text.contains("CitationParser") || text.contains("SectionList") || text.contains("SectionPattern"),
            p + " must match with gogen's own unanchored patterns");
      }
    }
  }
}
