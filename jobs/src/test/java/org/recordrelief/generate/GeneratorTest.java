package org.recordrelief.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.doj.DatePrecision;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.doj.DojDate;

class GeneratorTest {

  @TempDir static Path tmp;

  private static GeneratorSettings settings;
  private static GenerationSummary summary;
  private static Path out;
  /** file name -> physical lines (index 0 = line 1). */
  private static Map<String, List<String>> lines;

  private static List<Map<String, String>> truthRows;
  private static List<Map<String, String>> convictions;
  private static List<Map<String, String>> persons;

  @BeforeAll
  static void generateDefaultSample() throws IOException {
    // One true identity per person here; identity corruption has its own tests.
    settings = GeneratorSettings.defaults()
        .withOverrides(Map.of("people", 2000, "seed", 42L, "identity.enabled", false));
    out = tmp.resolve("default");
    summary = Generator.generate(settings, out);
    lines = readDoj(out);
    truthRows = TestCsv.table(out.resolve("truth/rows.csv"));
    convictions = TestCsv.table(out.resolve("truth/convictions.csv"));
    persons = TestCsv.table(out.resolve("truth/persons.csv"));
  }

  private static Map<String, List<String>> readDoj(Path dir) throws IOException {
    Map<String, List<String>> m = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("doj"))) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        m.put(p.getFileName().toString(), TestCsv.lines(p));
      }
    }
    return m;
  }

  private static List<String> fields(Map<String, String> truthRow) {
    String line =
        lines.get(truthRow.get("file")).get(Integer.parseInt(truthRow.get("line_number")) - 1);
    return TestCsv.split(line);
  }

  // ------------------------------------------------------------------ determinism

  @Test
  void sameSeedGivesIdenticalBytesAndDifferentSeedDiffers() throws IOException {
    GeneratorSettings s = GeneratorSettings.defaults().withPeopleAndSeed(300, 7);
    Path a = tmp.resolve("det-a");
    Path b = tmp.resolve("det-b");
    Path c = tmp.resolve("det-c");
    Generator.generate(s, a);
    Generator.generate(s, b);
    Generator.generate(s.withPeopleAndSeed(300, 8), c);
    for (String f :
        List.of(
            "doj/doj-extract-0001.csv",
            "truth/rows.csv",
            "truth/convictions.csv",
            "truth/persons.csv",
            "truth/identity_corruptions.csv",
            "truth/adversarial_pairs.csv",
            "generation.json")) {
      assertArrayEquals(
          Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs");
    }
    assertFalse(
        java.util.Arrays.equals(
            Files.readAllBytes(a.resolve("doj/doj-extract-0001.csv")),
            Files.readAllBytes(c.resolve("doj/doj-extract-0001.csv"))),
        "a different seed must give different data");
  }

  @Test
  void personsArePrefixStable() throws IOException {
    // Person i depends only on (seed, i): the first 100 persons of a 300-person run equal a
    // 100-person run.
    Path a = tmp.resolve("prefix-a");
    Path b = tmp.resolve("prefix-b");
    GeneratorSettings s = GeneratorSettings.defaults().withPeopleAndSeed(300, 5);
    Generator.generate(s, a);
    Generator.generate(s.withPeopleAndSeed(100, 5), b);
    List<String> small = TestCsv.lines(b.resolve("truth/persons.csv"));
    List<String> big = TestCsv.lines(a.resolve("truth/persons.csv"));
    assertEquals(small, big.subList(0, small.size()));
  }

  @Test
  void defectRatesDoNotChangeHistories() throws IOException {
    Path a = tmp.resolve("nodefect");
    GeneratorSettings s =
        settings.withOverrides(
            Map.of(
                "people", 200,
                "wrongFieldCountRate", 0.0,
                "blankSubjectAndCiiRate", 0.0,
                "malformedQuoteRate", 0.0,
                "invalidDateRate", 0.0));
    GenerationSummary clean = Generator.generate(s, a);
    for (long v : clean.defects().values()) {
      assertEquals(0L, v);
    }
    Path b = tmp.resolve("manydefects");
    GenerationSummary dirty =
        Generator.generate(s.withOverrides(Map.of("wrongFieldCountRate", 0.05)), b);
    assertEquals(clean.rows(), dirty.rows(), "defects replace rows, they do not add or drop any");
    assertTrue(dirty.defects().get(DefectKind.FIELD_COUNT) > 0);
  }

  // ------------------------------------------------------------------ layout

  @Test
  void everyDataLineHas95FieldsExceptFieldCountDefects() {
    Set<String> fieldCountLines = new HashSet<>();
    for (Map<String, String> r : truthRows) {
      if ("FIELD_COUNT".equals(r.get("defect"))) {
        fieldCountLines.add(r.get("file") + ":" + r.get("line_number"));
      }
    }
    long data = 0;
    for (Map.Entry<String, List<String>> e : lines.entrySet()) {
      List<String> ls = e.getValue();
      assertEquals(String.join(",", DojColumns.NAMES), ls.get(0), "header line");
      for (int i = 1; i < ls.size(); i++) {
        data++;
        List<String> f = TestCsv.split(ls.get(i));
        String key = e.getKey() + ":" + (i + 1);
        if (f == null) {
          continue; // malformed quote, checked separately
        }
        if (fieldCountLines.contains(key)) {
          assertTrue(f.size() == 94 || f.size() == 96, key);
          assertFalse(f.get(f.size() - 1).isEmpty(), "last field of a FIELD_COUNT row is non-empty");
        } else {
          assertEquals(95, f.size(), key);
        }
      }
    }
    assertEquals(summary.rows(), data);
    assertEquals(summary.rows(), truthRows.size());
  }

  @Test
  void truthRowsPointAtTheirLines() {
    for (Map<String, String> r : truthRows) {
      List<String> f = fields(r);
      String defect = r.get("defect");
      if (defect.equals("MALFORMED_QUOTE")) {
        assertNull(f, "a malformed-quote line must not split cleanly: " + r);
        assertEquals("MALFORMED_QUOTE", r.get("expected_reason"));
        continue;
      }
      assertNotNull(f, r.toString());
      if (f.size() != 95) {
        assertEquals("FIELD_COUNT", r.get("expected_reason"));
        continue;
      }
      assertEquals(r.get("cnt_order"), f.get(DojColumns.CNT_ORDER));
      if (defect.equals("NO_PERSON_KEY")) {
        assertEquals("", f.get(DojColumns.SUBJECT_ID));
        assertEquals("", f.get(DojColumns.CII_NUMBER));
        assertEquals("NO_PERSON_KEY", r.get("expected_reason"));
      } else {
        assertEquals(r.get("subject_id"), f.get(DojColumns.SUBJECT_ID));
      }
      if (defect.equals("DATE_INVALID")) {
        assertEquals("", r.get("expected_reason"));
        assertEquals("DATE_INVALID", r.get("expected_issue"));
        int col = DojColumns.NAMES.indexOf(r.get("defect_detail"));
        assertEquals(DojDate.DATE_INVALID, DojDate.parse(f.get(col)).issue(), r.toString());
      }
      String kind = r.get("row_kind");
      String stepType = f.get(DojColumns.STP_TYPE_DESCR);
      switch (kind) {
        case "ARREST":
          assertEquals("ARREST/DETAINED/CITED", stepType);
          break;
        case "COURT":
          assertEquals("COURT ACTION", stepType);
          break;
        default:
          assertEquals(kind, stepType);
      }
    }
  }

  @Test
  void identifiersHaveTheRealShapes() {
    Set<String> subjects = new HashSet<>();
    Set<String> ciis = new HashSet<>();
    for (Map<String, String> p : persons) {
      String sid = p.get("subject_id");
      assertTrue(sid.matches("[1-9][0-9]{7}"), sid);
      assertTrue(subjects.add(sid), "duplicate SUBJECT_ID " + sid);
      String cii = p.get("cii");
      assertTrue(cii.matches("[0-9A-Z][0-9]{9}"), cii);
      assertTrue(ciis.add(cii), "duplicate CII " + cii);
      assertTrue(p.get("name").matches("[A-Z' -]+, ?[A-Z ]+"), p.get("name"));
      assertTrue(p.get("sex").equals("M") || p.get("sex").equals("F"));
    }
    assertEquals(settings.people(), persons.size());
    Ids ids = new Ids(123);
    Set<String> many = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      assertTrue(many.add(ids.subjectId(i)));
    }
  }

  @Test
  void cntOrderIsTwelveDigitsWithCycleFrom101() {
    for (Map<String, String> r : truthRows) {
      String c = r.get("cnt_order");
      assertTrue(c.matches("[1-9][0-9]{8}000"), c);
      assertTrue(Integer.parseInt(c.substring(0, 3)) >= 101);
      assertTrue(Integer.parseInt(c.substring(3, 6)) >= 1);
      assertTrue(Integer.parseInt(c.substring(6, 9)) >= 1);
    }
  }

  @Test
  void datesLieBetweenFirstYearAndExtractDate() {
    LocalDate first = LocalDate.of(settings.firstYear(), 1, 1);
    LocalDate extract = settings.extractDate();
    int partial = 0;
    for (Map<String, String> r : truthRows) {
      if (!r.get("defect").isEmpty()) {
        continue;
      }
      List<String> f = fields(r);
      for (int col : new int[] {DojColumns.CYC_DATE, DojColumns.STP_EVENT_DATE, DojColumns.DISP_DATE}) {
        DojDate d = DojDate.parse(f.get(col));
        if (d.precision() == DatePrecision.NONE) {
          assertEquals("", f.get(col), "only blank or valid dates outside defects");
          continue;
        }
        if (d.precision() != DatePrecision.DAY) {
          partial++;
        }
        assertFalse(d.earliest().isBefore(first), f.get(col));
        assertTrue(d.latest().isBefore(extract) || d.precision() != DatePrecision.DAY, f.get(col));
      }
      DojDate dob = DojDate.parse(f.get(DojColumns.PRI_DOB));
      if (dob.precision() != DatePrecision.NONE) {
        assertTrue(dob.earliest().getYear() >= 1930 && dob.latest().getYear() <= 2005);
      }
    }
    assertTrue(partial > 0, "partial dates must occur");
  }

  @Test
  void noStepAfterDeath() {
    Map<String, String> deathDate = new HashMap<>();
    Map<String, String> lastEvent = new HashMap<>();
    for (Map<String, String> r : truthRows) {
      if (!r.get("defect").isEmpty()) {
        continue;
      }
      List<String> f = fields(r);
      String d = f.get(DojColumns.STP_EVENT_DATE);
      String sid = f.get(DojColumns.SUBJECT_ID);
      if (r.get("row_kind").equals("DECEASED")) {
        deathDate.put(sid, d);
      } else if (d.compareTo(lastEvent.getOrDefault(sid, "")) > 0) {
        lastEvent.put(sid, d);
      }
    }
    assertFalse(deathDate.isEmpty(), "deceased persons present");
    for (Map.Entry<String, String> e : deathDate.entrySet()) {
      String last = lastEvent.getOrDefault(e.getKey(), "");
      assertTrue(
          last.substring(0, Math.min(4, last.length())).compareTo(e.getValue().substring(0, 4)) <= 0,
          "event after death for subject " + e.getKey());
    }
  }

  // ------------------------------------------------------------------ truth consistency

  @Test
  void everyTruthConvictionHasConvictedRowsMatchingItsFacts() {
    // kept rows grouped by (subject, cnt_order)
    Map<String, List<List<String>>> byCount = new HashMap<>();
    for (Map<String, String> r : truthRows) {
      if (!r.get("expected_reason").isEmpty()) {
        continue;
      }
      byCount
          .computeIfAbsent(r.get("subject_id") + "|" + r.get("cnt_order"), k -> new ArrayList<>())
          .add(fields(r));
    }
    assertFalse(convictions.isEmpty());
    for (Map<String, String> c : convictions) {
      List<List<String>> rows = byCount.get(c.get("subject_id") + "|" + c.get("cnt_order"));
      assertNotNull(rows, "no rows for conviction " + c);
      assertTrue(
          rows.stream().anyMatch(f -> f.get(DojColumns.DISP_DESCR).startsWith("CONVICTED")),
          "no CONVICTED row for " + c);
      assertEquals(Integer.parseInt(c.get("sentence_parts")), rows.size(), c.toString());
      List<String> first = rows.get(0);
      assertEquals(c.get("conviction_date"), first.get(DojColumns.STP_EVENT_DATE));
      assertEquals(c.get("offense_date"), first.get(DojColumns.CYC_DATE));
      assertEquals(
          c.get("county_slug"),
          org.recordrelief.doj.Counties.lookup(first.get(DojColumns.STP_ORI_CNTY_NAME))
              .orElseThrow()
              .slug());
      assertEquals(expectedLevel(first), c.get("level"), c.toString());
      String text;
      switch (c.get("offense_source")) {
        case "CONVICTED":
          text = first.get(DojColumns.CONV_OFFENSE_DESCR);
          break;
        case "COMMENT":
          text = first.get(DojColumns.COMMENT_TEXT);
          String od = first.get(DojColumns.OFFENSE_DESCR).trim();
          assertTrue(od.isEmpty() || od.equals("SEE COMMENT FOR CHARGE"), od);
          assertTrue(text.contains("CHRG "), text);
          break;
        default:
          text = first.get(DojColumns.OFFENSE_DESCR);
      }
      String cite = c.get("expected_section") + c.get("expected_subdivisions");
      assertTrue(
          text.toUpperCase(Locale.ROOT).contains(cite), "text " + text + " should cite " + cite);
      boolean p64 = Set.of("11357", "11358", "11359", "11360").contains(c.get("expected_section"));
      assertEquals(String.valueOf(p64), c.get("is_prop64"));
      if (p64) {
        assertEquals("HS", c.get("expected_code"));
      }
      if (Boolean.parseBoolean(c.get("attempt"))) {
        assertTrue(text.contains("664"), text);
      }
    }
    // and every convicted count with a kept row is in the truth
    Set<String> truthKeys = new HashSet<>();
    for (Map<String, String> c : convictions) {
      truthKeys.add(c.get("subject_id") + "|" + c.get("cnt_order"));
    }
    for (Map.Entry<String, List<List<String>>> e : byCount.entrySet()) {
      boolean convicted =
          e.getValue().stream().anyMatch(f -> f.get(DojColumns.DISP_DESCR).startsWith("CONVICTED"));
      assertEquals(convicted, truthKeys.contains(e.getKey()), e.getKey());
    }
  }

  /** doj-input-format.md §6.2 applied to a row. */
  private static String expectedLevel(List<String> f) {
    switch (f.get(DojColumns.CONV_STAT_DESCR).trim()) {
      case "FELONY":
        return "F";
      case "MISDEMEANOR":
        return "M";
      case "INFRACTION":
        return "I";
      default:
        break;
    }
    if (!f.get(DojColumns.CONV_OFFENSE_DESCR).trim().isEmpty()
        && !f.get(DojColumns.CONV_OFFENSE_TOC).trim().isEmpty()) {
      return f.get(DojColumns.CONV_OFFENSE_TOC).trim();
    }
    String toc = f.get(DojColumns.OFFENSE_TOC).trim();
    return toc.isEmpty() ? "UNKNOWN" : toc;
  }

  @Test
  void expectedOutcomesAreConsistentAndCoverEveryProp64Conviction() {
    Map<String, Integer> outcomes = new TreeMap<>();
    for (Map<String, String> c : convictions) {
      String outcome = c.get("expected_legal_outcome");
      String candidate = c.get("expected_candidate_outcome");
      String track = c.get("expected_track");
      String rule = c.get("expected_rule_id");
      if (outcome.isEmpty()) {
        assertEquals("", candidate + track + rule, c.toString());
        assertEquals("false", c.get("is_prop64"), "every Prop 64 count has a determination");
        assertFalse(
            c.get("offense_category").equals("LOOKALIKE")
                && c.get("offense_source").equals("CHARGED")
                && !c.get("expected_section").equals("182")
                && !c.get("expected_section").equals("11362.3"),
            "11357.5, 11361 and 4573.6 get a G2 row: " + c);
        continue;
      }
      outcomes.merge(outcome, 1, Integer::sum);
      assertFalse(rule.isEmpty(), c.toString());
      assertEquals(outcome.equals("NOT_ELIGIBLE"), track.isEmpty(), "track unless NOT_ELIGIBLE");
      if (!outcome.equals("NEEDS_REVIEW")) {
        assertEquals("", candidate, "a candidate only with NEEDS_REVIEW");
      }
      if (c.get("offense_category").matches("SUPER_STRIKE|PC290|SUPER_STRIKE_PC290")
          && c.get("offense_source").equals("CHARGED")) {
        throw new AssertionError("a super strike or PC 290 offense has no determination: " + c);
      }
      DojDate offense = DojDate.parse(c.get("offense_date"));
      if (Boolean.parseBoolean(c.get("is_prop64"))
          && offense.isOnOrAfter(LocalDate.of(2016, 11, 9)).isTrue()) {
        assertEquals("NOT_ELIGIBLE", outcome, "offense under AUMA (G4): " + c);
        assertEquals("G4", rule, c.toString());
      }
    }
    assertEquals(
        List.of(
            "DISMISS_AND_SEAL",
            "NEEDS_REVIEW",
            "NOT_ELIGIBLE",
            "REDUCE_TO_INFRACTION",
            "REDUCE_TO_MISDEMEANOR"),
        new ArrayList<>(outcomes.keySet()),
        "every outcome occurs: " + outcomes);
  }

  @Test
  void personTruthMatchesRowsAndConvictions() {
    Map<String, Integer> rowsPerPerson = new HashMap<>();
    for (Map<String, String> r : truthRows) {
      rowsPerPerson.merge(r.get("truth_person_id"), 1, Integer::sum);
    }
    Map<String, Integer> convPerPerson = new HashMap<>();
    for (Map<String, String> c : convictions) {
      convPerPerson.merge(c.get("truth_person_id"), 1, Integer::sum);
    }
    for (Map<String, String> p : persons) {
      String id = p.get("truth_person_id");
      assertEquals(rowsPerPerson.getOrDefault(id, 0), Integer.parseInt(p.get("row_count")), id);
      assertEquals(convPerPerson.getOrDefault(id, 0), Integer.parseInt(p.get("conviction_count")), id);
    }
  }

  // ------------------------------------------------------------------ rates and realism

  @Test
  void rowsPerPersonIsAboutTwenty() {
    double perPerson = summary.rowsPerPerson();
    assertTrue(perPerson >= 15 && perPerson <= 25, "rows/person " + perPerson);
  }

  @Test
  void ruleRelevantFactsOccur() {
    Map<String, Integer> categories = new HashMap<>();
    int multiPart = 0;
    int comment = 0;
    int convicted = 0;
    int attempts = 0;
    int juvenile = 0;
    int post2016 = 0;
    Map<String, Integer> p64PerPerson = new HashMap<>();
    for (Map<String, String> c : convictions) {
      categories.merge(c.get("offense_category"), 1, Integer::sum);
      if (Integer.parseInt(c.get("sentence_parts")) > 1) {
        multiPart++;
      }
      switch (c.get("offense_source")) {
        case "COMMENT":
          comment++;
          break;
        case "CONVICTED":
          convicted++;
          break;
        default:
          break;
      }
      if (Boolean.parseBoolean(c.get("attempt"))) {
        attempts++;
      }
      if (Boolean.parseBoolean(c.get("juvenile_court"))) {
        juvenile++;
      }
      if (Boolean.parseBoolean(c.get("is_prop64"))) {
        p64PerPerson.merge(c.get("truth_person_id"), 1, Integer::sum);
        if (c.get("offense_date").compareTo("20161109") >= 0) {
          post2016++;
        }
      }
    }
    assertTrue(categories.getOrDefault("PROP64", 0) >= settings.people(), categories.toString());
    assertTrue(
        categories.getOrDefault("SUPER_STRIKE", 0) + categories.getOrDefault("SUPER_STRIKE_PC290", 0)
            > 10,
        categories.toString());
    assertTrue(categories.getOrDefault("PC290", 0) > 10, categories.toString());
    assertTrue(categories.getOrDefault("LOOKALIKE", 0) > 5, categories.toString());
    assertTrue(multiPart > 100, "multi-part sentences: " + multiPart);
    assertTrue(comment > 5, "comment-only charges: " + comment);
    assertTrue(convicted > 5, "CONV_OFFENSE_DESCR convictions: " + convicted);
    assertTrue(attempts > 5, "attempts: " + attempts);
    assertTrue(juvenile > 5, "juvenile court: " + juvenile);
    assertTrue(post2016 > 50, "post-2016 Prop 64: " + post2016);
    assertTrue(
        p64PerPerson.values().stream().filter(n -> n >= 3).count() > 50,
        "persons with two or more Prop 64 priors");

    int registration = 0;
    int labelMismatch = 0;
    int fused = 0;
    int lowerSub = 0;
    int infraction = 0;
    Map<String, Integer> counties = new HashMap<>();
    for (Map<String, String> r : truthRows) {
      if (!r.get("defect").isEmpty()) {
        continue;
      }
      List<String> f = fields(r);
      String text = f.get(DojColumns.OFFENSE_DESCR);
      if (r.get("row_kind").equals("REGISTRATION") && text.startsWith("290 PC-")) {
        registration++;
        assertEquals("", f.get(DojColumns.DISP_DESCR), "registration is not a conviction");
      }
      if (text.matches("1135[789].* PC.*|11360.* PC.*")) {
        labelMismatch++;
      }
      if (text.matches("1135[789]HS.*")) {
        fused++;
      }
      if (text.matches("11357\\([a-e]\\).*")) {
        lowerSub++;
      }
      if (f.get(DojColumns.OFFENSE_TOC).equals("I")) {
        infraction++;
      }
      counties.merge(f.get(DojColumns.STP_ORI_CNTY_NAME), 1, Integer::sum);
    }
    assertTrue(registration > 10, "290 registrations: " + registration);
    assertTrue(labelMismatch > 10, "11357-11360 labelled PC: " + labelMismatch);
    assertTrue(fused > 0, "fused code: " + fused);
    assertTrue(lowerSub > 0, "lower-case subdivision: " + lowerSub);
    assertTrue(infraction > 10, "infractions: " + infraction);
    String top =
        counties.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertEquals("LOS ANGELES", top);
    double la = counties.get("LOS ANGELES") / (double) truthRows.size();
    assertTrue(la > 0.18 && la < 0.32, "LA share " + la);
    assertTrue(counties.size() >= 45, "counties seen: " + counties.size());
  }

  @Test
  void partialAndMissingDatesOfBirth() {
    long partial = persons.stream().filter(p -> p.get("dob").matches("[0-9]{4}(0000|[0-9]{2}00)")).count();
    long missing = persons.stream().filter(p -> p.get("dob").isEmpty()).count();
    assertTrue(partial > 0, "partial DOBs");
    assertTrue(missing > 0, "missing DOBs");
  }

  @Test
  void quarantineDefectsStayUnderTheRejectThreshold() {
    for (GenerationSummary.FileRows f : summary.files()) {
      long threshold = Math.max(100, f.rows() / 1000);
      assertTrue(summary.quarantineExpected() <= threshold);
    }
    assertEquals(
        summary.defects().values().stream().mapToLong(Long::longValue).sum(),
        truthRows.stream().filter(r -> !r.get("defect").isEmpty()).count());
  }

  // ------------------------------------------------------------------ defects at high rates

  @Test
  void everyDefectKindIsDetectableAsTruthSays() throws IOException {
    GeneratorSettings s =
        settings.withOverrides(
            Map.of(
                "people", 300,
                "wrongFieldCountRate", 0.01,
                "blankSubjectAndCiiRate", 0.01,
                "malformedQuoteRate", 0.01,
                "invalidDateRate", 0.01));
    Path dir = tmp.resolve("defects");
    GenerationSummary sum = Generator.generate(s, dir);
    Map<String, List<String>> doj = readDoj(dir);
    int checked = 0;
    for (Map<String, String> r : TestCsv.table(dir.resolve("truth/rows.csv"))) {
      String line = doj.get(r.get("file")).get(Integer.parseInt(r.get("line_number")) - 1);
      List<String> f = TestCsv.split(line);
      switch (r.get("defect")) {
        case "FIELD_COUNT":
          assertNotNull(f);
          assertTrue(f.size() == 94 || f.size() == 96);
          assertEquals(String.valueOf(f.size()), r.get("defect_detail"));
          checked++;
          break;
        case "MALFORMED_QUOTE":
          assertNull(f, line);
          checked++;
          break;
        case "NO_PERSON_KEY":
          assertEquals("", f.get(DojColumns.SUBJECT_ID));
          assertEquals("", f.get(DojColumns.CII_NUMBER));
          checked++;
          break;
        case "DATE_INVALID":
          assertEquals(95, f.size());
          checked++;
          break;
        default:
          assertNotNull(f);
          assertEquals(95, f.size());
      }
    }
    for (DefectKind k : DefectKind.values()) {
      assertTrue(sum.defects().get(k) > 0, k + " injected");
    }
    assertEquals(sum.defects().values().stream().mapToLong(Long::longValue).sum(), checked);
    // quarantined rows contribute no truth conviction parts
    for (Map<String, String> c : TestCsv.table(dir.resolve("truth/convictions.csv"))) {
      assertTrue(Integer.parseInt(c.get("sentence_parts")) >= 1);
    }
  }

  // ------------------------------------------------------------------ files and options

  @Test
  void filesSplitAtRowsPerFileWithHeadersAndCrlf() throws IOException {
    GeneratorSettings s =
        settings.withOverrides(Map.of("people", 150, "rowsPerFile", 1000, "lineEnding", "CRLF"));
    Path dir = tmp.resolve("split");
    GenerationSummary sum = Generator.generate(s, dir);
    assertTrue(sum.files().size() >= 2, "several files");
    long total = 0;
    for (int i = 0; i < sum.files().size(); i++) {
      GenerationSummary.FileRows fr = sum.files().get(i);
      assertEquals(DojFileWriter.fileName(i + 1), fr.file());
      assertTrue(fr.rows() <= 1000);
      if (i < sum.files().size() - 1) {
        assertEquals(1000, fr.rows());
      }
      String text = Files.readString(dir.resolve("doj").resolve(fr.file()));
      assertTrue(text.startsWith("RECORD_ID,"));
      assertEquals(fr.rows() + 1, text.split("\r\n", -1).length - 1, "CRLF lines");
      assertFalse(text.replace("\r\n", "").contains("\n"));
      total += fr.rows();
    }
    assertEquals(sum.rows(), total);
    assertEquals("doj-extract-0001.csv", sum.files().get(0).file());

    // a smaller run into the same directory removes the stale extra files
    GenerationSummary again = Generator.generate(s.withOverrides(Map.of("people", 5)), dir);
    try (Stream<Path> files = Files.list(dir.resolve("doj"))) {
      assertEquals(again.files().size(), files.count());
    }
  }

  @Test
  void noHeaderAndNoRowTruth() throws IOException {
    GeneratorSettings s =
        settings.withOverrides(Map.of("people", 20, "header", false, "writeRowTruth", false));
    Path dir = tmp.resolve("noheader");
    GenerationSummary sum = Generator.generate(s, dir);
    List<String> ls = TestCsv.lines(dir.resolve("doj/doj-extract-0001.csv"));
    assertEquals(sum.rows(), ls.size());
    assertFalse(ls.get(0).startsWith("RECORD_ID"));
    assertFalse(Files.exists(dir.resolve("truth/rows.csv")));
    assertTrue(Files.exists(dir.resolve("truth/convictions.csv")));
  }

  @Test
  void zeroPeopleStillWritesAnEmptyExtract() throws IOException {
    Path dir = tmp.resolve("empty");
    GenerationSummary sum = Generator.generate(settings.withPeopleAndSeed(0, 1), dir);
    assertEquals(0, sum.rows());
    assertEquals(1, TestCsv.lines(dir.resolve("doj/doj-extract-0001.csv")).size());
  }

  @Test
  void generationJsonEchoesSettingsWithoutTimestamps() throws IOException {
    String json = Files.readString(out.resolve("generation.json"));
    assertTrue(json.contains("\"people\": 2000"));
    assertTrue(json.contains("\"extractDate\": \"2026-06-30\""));
    assertTrue(json.contains("\"rows\": " + summary.rows()));
    assertTrue(json.contains("\"FIELD_COUNT\": " + summary.defects().get(DefectKind.FIELD_COUNT)));
    assertFalse(json.toLowerCase(Locale.ROOT).contains("elapsed"));
    assertFalse(json.contains(LocalDate.now().toString()), "no wall-clock date");
  }

  @Test
  void cliRunsTheGenerator() throws IOException {
    Path dir = tmp.resolve("cli");
    GenerationSummary sum =
        GeneratorCli.run(
            new String[] {
              "--people", "10", "--seed", "3", "--output", dir.toString(), "--set", "deceasedRate=1.0"
            });
    assertEquals(10, sum.people());
    assertTrue(Files.readString(dir.resolve("truth/persons.csv")).contains(",true,"));
    assertTrue(GeneratorCli.summaryLine(sum).startsWith("generated 10 people"));
  }

  @Test
  void packageDoesNotImportSpark() throws IOException {
    Path src = Path.of("src/main/java/org/recordrelief/generate");
    try (Stream<Path> files = Files.list(src)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        assertFalse(Files.readString(p).contains("import org.apache.spark"), p + " imports Spark");
      }
    }
  }
}
