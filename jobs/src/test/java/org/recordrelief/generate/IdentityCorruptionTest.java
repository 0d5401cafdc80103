package org.recordrelief.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.doj.DojColumns;

/** Identity corruption, population traps and the adversarial set of the generator. */
class IdentityCorruptionTest {

  @TempDir static Path tmp;

  private static Path corrupt;
  private static GenerationSummary corruptSummary;
  private static Map<String, List<String>> corruptLines;
  private static List<Map<String, String>> rows;
  private static List<Map<String, String>> log;
  private static Map<String, Map<String, String>> persons;

  @BeforeAll
  static void generate() throws IOException {
    corrupt = tmp.resolve("corrupt");
    corruptSummary =
        Generator.generate(
            GeneratorSettings.defaults()
                .withOverrides(Map.of("people", 1500, "seed", 11L, "identity.adversarialPeople", 60)),
            corrupt);
    corruptLines = new TreeMap<>();
    corruptLines.put("doj-extract-0001.csv", TestCsv.lines(corrupt.resolve("doj/doj-extract-0001.csv")));
    rows = TestCsv.table(corrupt.resolve("truth/rows.csv"));
    log = TestCsv.table(corrupt.resolve("truth/identity_corruptions.csv"));
    persons = new HashMap<>();
    for (Map<String, String> p : TestCsv.table(corrupt.resolve("truth/persons.csv"))) {
      persons.put(p.get("truth_person_id"), p);
    }
  }

  private static List<String> fields(String file, String line) {
    return TestCsv.split(corruptLines.get(file).get(Integer.parseInt(line) - 1));
  }

  @Test
  void defaultRatesGiveRealisticShares() {
    long people = corruptSummary.people();
    assertEquals(1560, people, "1500 people and 60 adversarial ones");
    double dup = corruptSummary.personsWithDuplicates() / (double) people;
    assertTrue(dup > 0.07 && dup < 0.17, "share with a second identity snapshot: " + dup);
    Map<String, Set<String>> byOperator = new HashMap<>();
    for (Map<String, String> c : log) {
      byOperator.computeIfAbsent(c.get("operator"), k -> new HashSet<>()).add(c.get("truth_person_id"));
    }
    double split = byOperator.getOrDefault("SPLIT_CII", Set.of()).size() / (double) people;
    double shared =
        (byOperator.getOrDefault("SHARED_CII", Set.of()).size()
                + byOperator.getOrDefault("CII_TYPO_COLLISION", Set.of()).size())
            / (double) people;
    assertTrue(split > 0.003 && split < 0.05, "split CII share " + split);
    assertTrue(shared < 0.015, "shared CII share " + shared);
    for (String op :
        List.of("NEW_SUBJECT_ID", "SPLIT_CII", "TYPO", "NICKNAME", "MIDDLE_NAME", "DOB_MISSING",
            "KEYPAD_TYPO", "SHIFT", "ID_TYPO", "ROW_NAME_TYPO")) {
      assertTrue(byOperator.containsKey(op), op + " occurs at default rates: " + byOperator.keySet());
    }
  }

  @Test
  void everyLoggedChangeIsWhatTheRowCarriesAndUnloggedRowsCarryTheTruth() {
    Map<String, Map<String, String>> afterByRowField = new HashMap<>();
    for (Map<String, String> c : log) {
      afterByRowField
          .computeIfAbsent(c.get("file") + ":" + c.get("line_number"), k -> new HashMap<>())
          .put(c.get("field"), c.get("after"));
    }
    String[] columns = {"SUBJECT_ID", "CII_NUMBER", "PRI_NAME", "PRI_DOB"};
    int[] index = {DojColumns.SUBJECT_ID, DojColumns.CII_NUMBER, DojColumns.PRI_NAME, DojColumns.PRI_DOB};
    String[] truthColumn = {"subject_id", "cii", "name", "dob"};
    int checked = 0;
    int corrupted = 0;
    for (Map<String, String> r : rows) {
      if (!r.get("defect").isEmpty()) {
        continue; // a defect may rewrite the row
      }
      List<String> f = fields(r.get("file"), r.get("line_number"));
      Map<String, String> changes = afterByRowField.getOrDefault(
          r.get("file") + ":" + r.get("line_number"), Map.of());
      Map<String, String> person = persons.get(r.get("truth_person_id"));
      assertEquals(r.get("written_subject_id"), f.get(DojColumns.SUBJECT_ID));
      assertEquals(r.get("written_cii"), f.get(DojColumns.CII_NUMBER));
      for (int i = 0; i < columns.length; i++) {
        String expected = changes.getOrDefault(columns[i], person.get(truthColumn[i]));
        assertEquals(expected, f.get(index[i]), columns[i] + " of " + r.get("line_number"));
      }
      checked++;
      corrupted += changes.isEmpty() ? 0 : 1;
    }
    assertTrue(checked > 20_000 && corrupted > 500, checked + " rows, " + corrupted + " corrupted");
  }

  @Test
  void rowsOfOneSnapshotShareOneSubjectAndEveryDuplicateIsUsed() {
    Map<String, Set<String>> subjectsBySnapshot = new HashMap<>();
    Map<String, Set<String>> snapshotsByPerson = new HashMap<>();
    for (Map<String, String> r : rows) {
      if (!r.get("defect").equals("NO_PERSON_KEY")) {
        subjectsBySnapshot
            .computeIfAbsent(r.get("truth_person_id") + "#" + r.get("identity_snapshot"), k -> new HashSet<>())
            .add(r.get("written_subject_id"));
      }
      snapshotsByPerson.computeIfAbsent(r.get("truth_person_id"), k -> new HashSet<>())
          .add(r.get("identity_snapshot"));
      assertEquals(r.get("subject_id"), persons.get(r.get("truth_person_id")).get("subject_id"),
          "truth rows keep the true SUBJECT_ID");
    }
    subjectsBySnapshot.forEach((k, v) -> assertEquals(1, v.size(), k + " " + v));
    for (Map<String, String> p : persons.values()) {
      Set<String> used = snapshotsByPerson.getOrDefault(p.get("truth_person_id"), Set.of());
      for (int d = 1; d < Integer.parseInt(p.get("identity_snapshots")); d++) {
        assertTrue(used.contains(Integer.toString(d)), p.get("truth_person_id") + " uses duplicate " + d);
      }
    }
  }

  @Test
  void corruptionLeavesHistoriesAndExpectedOutcomesUnchanged() throws IOException {
    // Without traps, identity corruption must not change a single non-identity value.
    Map<String, Object> base = Map.of("people", 400, "seed", 12L, "identity.twinRate", 0.0,
        "identity.juniorRate", 0.0, "identity.sameNameDobRate", 0.0,
        "identity.duplicateRate", 0.5);
    Path on = tmp.resolve("id-on");
    Path off = tmp.resolve("id-off");
    GeneratorSettings s = GeneratorSettings.defaults().withOverrides(base);
    GenerationSummary a = Generator.generate(s, on);
    GenerationSummary b = Generator.generate(s.withOverrides(Map.of("identity.enabled", false)), off);
    assertEquals(a.rows(), b.rows());
    assertTrue(a.corruptedRows() > 1000, "corruption happened: " + a.corruptedRows());
    assertEquals(0, b.corruptedRows());
    assertEquals(TestCsv.lines(off.resolve("truth/convictions.csv")),
        TestCsv.lines(on.resolve("truth/convictions.csv")), "expected outcomes on the true person");
    List<String> x = TestCsv.lines(on.resolve("doj/doj-extract-0001.csv"));
    List<String> y = TestCsv.lines(off.resolve("doj/doj-extract-0001.csv"));
    assertEquals(y.size(), x.size());
    int[] identity = {DojColumns.SUBJECT_ID, DojColumns.CII_NUMBER, DojColumns.PRI_NAME,
        DojColumns.GENDER, DojColumns.PRI_DOB, DojColumns.PRI_SSN, DojColumns.PRI_CDL,
        DojColumns.FBI_NUMBER, DojColumns.RACE_CODE, DojColumns.RACE_DESCR};
    for (int i = 0; i < x.size(); i++) {
      List<String> fx = TestCsv.split(x.get(i));
      List<String> fy = TestCsv.split(y.get(i));
      if (fx.size() != DojColumns.COUNT || fy.size() != DojColumns.COUNT) {
        continue;
      }
      for (int c : identity) {
        fx.set(c, "");
        fy.set(c, "");
      }
      assertEquals(fy, fx, "line " + (i + 1) + " differs outside the identity columns");
    }
  }

  @Test
  void adversarialPairsAreDistinctLookAlikes() throws IOException {
    List<Map<String, String>> pairs = TestCsv.table(corrupt.resolve("truth/adversarial_pairs.csv"));
    long adversarial = pairs.stream().filter(p -> p.get("adversarial").equals("true")).count();
    assertEquals(30, adversarial, "every second adversarial person imitates the one before");
    assertEquals(corruptSummary.trapPairs(), pairs.size());
    Set<String> kinds = new HashSet<>();
    for (Map<String, String> pair : pairs) {
      Map<String, String> a = persons.get(pair.get("truth_person_id_a"));
      Map<String, String> b = persons.get(pair.get("truth_person_id_b"));
      assertNotNull(a);
      assertNotNull(b);
      assertNotEquals(a.get("cii"), b.get("cii"));
      assertNotEquals(a.get("subject_id"), b.get("subject_id"));
      String kind = pair.get("trap_kind");
      kinds.add(kind);
      String lastA = a.get("name").substring(0, a.get("name").indexOf(','));
      String lastB = b.get("name").substring(0, b.get("name").indexOf(','));
      assertEquals(lastA, lastB, kind + " keeps the surname");
      switch (kind) {
        case "TWIN" -> {
          assertEquals(a.get("dob"), b.get("dob"));
          assertNotEquals(first(a), first(b));
        }
        case "JR_SR" -> {
          assertEquals(first(a), first(b));
          assertNotEquals(a.get("dob"), b.get("dob"));
          assertEquals("M", b.get("sex"));
        }
        case "SAME_NAME_SAME_DOB" -> {
          assertEquals(first(a), first(b));
          assertEquals(a.get("dob"), b.get("dob"));
        }
        default -> {
          assertEquals("SAME_NAME_NEAR_DOB", kind);
          assertEquals(first(a), first(b));
        }
      }
    }
    assertEquals(Set.of("TWIN", "JR_SR", "SAME_NAME_SAME_DOB", "SAME_NAME_NEAR_DOB"), kinds);
  }

  private static String first(Map<String, String> person) {
    String rest = person.get("name").substring(person.get("name").indexOf(',') + 1).strip();
    int sp = rest.indexOf(' ');
    return sp < 0 ? rest : rest.substring(0, sp);
  }

  // ------------------------------------------------------------------ operators and settings

  @Test
  void operatorsChangeValuesTheWayTheySay() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      String t = CorruptingIdentity.keypadTypo("19780315", rng);
      if (t != null) {
        assertNotEquals("19780315", t);
        LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
            Integer.parseInt(t.substring(6)));
      }
      assertNotEquals("GARCIA", CorruptingIdentity.typo("GARCIA", rng));
      String p = CorruptingIdentity.phonetic("GONZALEZ", rng);
      assertNotNull(p);
      assertNotEquals("GONZALEZ", p);
      String d = CorruptingIdentity.digitTypo("123456789", 0, 9, rng);
      assertEquals(8, countSame(d, "123456789"));
    }
    assertTrue(Nicknames.variants("ROBERT").contains("BOB"));
    assertTrue(Nicknames.variants("BOB").contains("ROBERT"));
    assertTrue(Nicknames.variants("FRANCISCO").contains("PANCHO"));
    assertTrue(Nicknames.variants("GUADALUPE").contains("LUPE"));
  }

  private static int countSame(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      n += a.charAt(i) == b.charAt(i) ? 1 : 0;
    }
    return n;
  }

  @Test
  void corruptionRampsFromStartToEnd() {
    IdentitySettings s = GeneratorSettings.defaults().identity();
    assertEquals(s.startProbCorrupt(), s.probCorrupt(1), 1e-12);
    assertEquals(s.endProbCorrupt(), s.probCorrupt(s.maxSnapshots() - 1), 1e-12);
    assertTrue(s.probCorrupt(2) > s.probCorrupt(1));
    assertEquals(s.endProbNull(), s.probNull(s.maxSnapshots() - 1), 1e-12);
  }

  @Test
  void badIdentitySettingsAreRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeneratorSettings.defaults().withOverrides(Map.of("identity.duplicateRate", 1.5)));
    assertTrue(e.getMessage().contains("identity.duplicateRate"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> GeneratorSettings.defaults().withOverrides(Map.of("identity.bogus", 1)));
    assertTrue(e.getMessage().contains("identity.bogus"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> GeneratorSettings.defaults().withOverrides(Map.of("identity.nameOperators.TYPO", -1)));
    assertTrue(e.getMessage().contains("TYPO"), e.getMessage());
    assertFalse(GeneratorSettings.defaults().withOverrides(Map.of("identity.enabled", "false"))
        .identity().enabled());
  }
}
