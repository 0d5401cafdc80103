package org.recordrelief.gogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.eligibility.policy.PolicyDetermination;
import org.recordrelief.eligibility.policy.PolicyResult;
import org.recordrelief.gogen.GogenFixtures.FixtureSet;
import org.recordrelief.testing.RepoPaths;

/**
 * Conformance of the gogen-compatible export with every derived fixture set of
 * {@code anchor-data/gogen/README.md}: the model is built from the input file, the export is
 * produced, and every file is compared row by row, column by column with gogen's expected file.
 * The two decision columns come from a test-only oracle that reads them from the expected file
 * (the policy engine is tested elsewhere); every other column — the 95 echoed input columns and
 * the 16/15/10 fact columns — is computed here and must match exactly, except for the differences
 * documented, row by row, in {@code conf/policy/presets/DEVIATIONS-export.md}.
 */
class GogenConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<FixtureSet> sets() {
    return GogenFixtures.sets().stream();
  }

  /** One cell that differs from gogen's expected file. */
  record Difference(String set, String file, int row, String column, String expected, String actual) {
    String key() {
      return set + " | " + file + " | " + row + " | " + column;
    }
  }

  private static GogenExport export(FixtureSet set, List<List<String>> expectedFull) throws IOException {
    List<String[]> rows = GogenInput.read(set.inputPath());
    return GogenExport.forFile(rows, set.settings(), GogenFixtures.oracle(expectedFull));
  }

  /** Every cell of the three files, compared with the expected files. */
  static List<Difference> differences(FixtureSet set) throws IOException {
    List<List<String>> expectedFull = GogenFixtures.readCsv(set.expected(set.full()));
    GogenExport export = export(set, expectedFull);
    List<Difference> diffs = new ArrayList<>();
    compare(set, set.full(), expectedFull, export.allResults(), diffs);
    compare(set, set.condensed(), GogenFixtures.readCsv(set.expected(set.condensed())), export.condensedResults(), diffs);
    if (set.convictions() != null) {
      compare(set, set.convictions(), GogenFixtures.readCsv(set.expected(set.convictions())), export.convictionResults(), diffs);
    }
    return diffs;
  }

  private static void compare(
      FixtureSet set, String file, List<List<String>> expected, List<List<String>> actual, List<Difference> diffs) {
    List<String> header = expected.get(0);
    int rows = Math.max(expected.size(), actual.size());
    for (int r = 0; r < rows; r++) {
      List<String> e = r < expected.size() ? expected.get(r) : List.of();
      List<String> a = r < actual.size() ? actual.get(r) : List.of();
      int cols = Math.max(e.size(), a.size());
      for (int c = 0; c < cols; c++) {
        String ev = c < e.size() ? e.get(c) : "<missing>";
        String av = c < a.size() ? a.get(c) : "<missing>";
        if (!ev.equals(av)) {
          String col = c < header.size() ? header.get(c) : "#" + c;
          diffs.add(new Difference(set.name(), file, r, col, ev, av));
        }
      }
    }
  }

  /** The documented deviations: table rows of DEVIATIONS-export.md, keyed like {@link Difference#key()}. */
  static Map<String, String[]> documentedDeviations() throws IOException {
    Path md = RepoPaths.root().resolve("conf/policy/presets/DEVIATIONS-export.md");
    Map<String, String[]> out = new TreeMap<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(md, StandardCharsets.UTF_8)) {
      if (line.contains("<!-- deviations:begin -->")) {
        inTable = true;
        continue;
      }
      if (line.contains("<!-- deviations:end -->")) {
        inTable = false;
        continue;
      }
      if (!inTable || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| Set ")) {
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip().replace("`", "");
      }
      // | Set | File | Row | Column | Expected | Actual | Reason |
      out.put(cells[0] + " | " + cells[1] + " | " + cells[2] + " | " + cells[3], cells);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void everyCellMatchesExceptDocumentedDeviations(FixtureSet set) throws IOException {
    List<Difference> diffs = differences(set);
    Map<String, String[]> documented = new TreeMap<>(documentedDeviations());
    documented.keySet().removeIf(k -> !k.startsWith(set.name() + " | "));
    List<String> undocumented = new ArrayList<>();
    for (Difference d : diffs) {
      String[] doc = documented.remove(d.key());
      if (doc == null || !doc[4].equals(d.expected()) || !doc[5].equals(d.actual())) {
        undocumented.add(d.key() + ": expected [" + d.expected() + "] actual [" + d.actual() + "]");
      }
    }
    assertTrue(undocumented.isEmpty(), "undocumented differences:\n" + String.join("\n", undocumented));
    assertTrue(documented.isEmpty(), "documented deviations that no longer occur: " + documented.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void filesAreByteIdenticalWhenNoDeviationIsDocumented(FixtureSet set) throws IOException {
    boolean anyDocumented =
        documentedDeviations().keySet().stream().anyMatch(k -> k.startsWith(set.name() + " | "));
    if (anyDocumented) {
      return;
    }
    List<List<String>> expectedFull = GogenFixtures.readCsv(set.expected(set.full()));
    GogenExport export = export(set, expectedFull);
    assertEquals(read(set.expected(set.full())), GogenExport.toCsv(export.allResults()), set.full());
    assertEquals(
        read(set.expected(set.condensed())), GogenExport.toCsv(export.condensedResults()), set.condensed());
    if (set.convictions() != null) {
      assertEquals(
          read(set.expected(set.convictions())),
          GogenExport.toCsv(export.convictionResults()),
          set.convictions());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void evaluatedRowsAreExactlyTheRowsGogenDecided(FixtureSet set) throws IOException {
    List<List<String>> expectedFull = GogenFixtures.readCsv(set.expected(set.full()));
    GogenExport export = export(set, expectedFull);
    List<Integer> decidedByGogen = new ArrayList<>();
    for (int r = 1; r < expectedFull.size(); r++) {
      List<String> rec = expectedFull.get(r);
      if (!rec.get(rec.size() - 2).isEmpty() || !rec.get(95 + 1).isEmpty()) {
        decidedByGogen.add(r - 1);
      }
    }
    List<Integer> evaluated = export.evaluated().stream().map(e -> e.conviction().row().index()).toList();
    assertEquals(decidedByGogen, evaluated);
  }

  // --- summary JSON -------------------------------------------------------------------------

  static Stream<FixtureSet> jsonSets() {
    return sets().filter(s -> s.json() != null);
  }

  private static JsonNode expectedJson(FixtureSet set) throws IOException {
    return MAPPER.readTree(read(set.expected(set.json())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonSets")
  void summaryFieldsThatDoNotDependOnDecisions(FixtureSet set) throws IOException {
    // decisions deliberately absent: these fields must not depend on them
    GogenExport export =
        GogenExport.forFile(
            GogenInput.read(set.inputPath()),
            set.settings(),
            v -> new PolicyResult("none", "fallback", PolicyDetermination.NONE, ""));
    JsonNode expected = expectedJson(set);
    JsonNode actual = MAPPER.readTree(export.summaryJson());
    for (String key :
        List.of(
            "county",
            "earliestConviction",
            "lineCount",
            "reliefWithDismissAllProp64",
            "prop64ConvictionsCountInCountyByCodeSection",
            "subjectsWithProp64ConvictionCountInCounty",
            "prop64FelonyConvictionsCountInCounty",
            set.settings().profile() == GogenProfile.GOGEN_2020
                ? "prop64NonFelonyConvictionsCountInCounty"
                : "prop64MisdemeanorConvictionsCountInCounty")) {
      assertNotNull(expected.get(key), key);
      assertEquals(expected.get(key), actual.get(key), key);
    }
    if (set.settings().profile() == GogenProfile.GOGEN_PILOTS_LA_2019_10) {
      assertEquals(expected.get("individualDismissAge"), actual.get("individualDismissAge"));
      assertEquals(expected.get("yearsConvictionFree"), actual.get("yearsConvictionFree"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonSets")
  void summaryJsonWithOracleDecisionsIsByteIdentical(FixtureSet set) throws IOException {
    List<List<String>> expectedFull = GogenFixtures.readCsv(set.expected(set.full()));
    GogenExport export = export(set, expectedFull);
    assertEquals(read(set.expected(set.json())), export.summaryJson());
  }

  @Test
  void processingTimeIsWrittenAfterLineCountWhenGiven() throws IOException {
    FixtureSet set = GogenFixtures.sets().get(0);
    List<List<String>> expectedFull = GogenFixtures.readCsv(set.expected(set.full()));
    GogenExport export =
        GogenExport.forFile(
            GogenInput.read(set.inputPath()),
            set.settings().withProcessingTime(0.25),
            GogenFixtures.oracle(expectedFull));
    String json = export.summaryJson();
    assertTrue(json.contains("\"lineCount\": 38,\n  \"processingTimeInSeconds\": 0.25,\n  \"reliefWith"), json);
    JsonNode withoutTime = MAPPER.readTree(json);
    ((com.fasterxml.jackson.databind.node.ObjectNode) withoutTime).remove("processingTimeInSeconds");
    assertEquals(expectedJson(set), withoutTime);
  }

  @Test
  void writesFilesUnderEachVersionsNames(@TempDir Path tmp) throws IOException {
    for (FixtureSet set : GogenFixtures.sets()) {
      List<List<String>> expectedFull = GogenFixtures.readCsv(set.expected(set.full()));
      Path out = tmp.resolve(set.name().replaceAll("[^A-Za-z0-9_.-]", "_"));
      List<Path> written = export(set, expectedFull).writeTo(out, null, null);
      List<String> names = new ArrayList<>();
      for (Path p : written) {
        names.add(out.relativize(p).toString());
        if (p.getFileName().toString().endsWith(".csv")) {
          String expectedName = "expected_" + p.getFileName();
          Path expected = set.expected(expectedName);
          if (Files.exists(expected)) {
            assertEquals(read(expected), Files.readString(p), p.toString());
          }
        }
      }
      switch (set.settings().profile()) {
        case GOGEN_2020 -> assertEquals(
            List.of("All_Results.csv", "All_Results_Condensed.csv", "Prop64_Results.csv", "gogen.json"), names);
        case GOGEN_PILOTS_LA_2019_10 -> assertEquals(
            List.of(
                "DOJ_Input_File_1_Results/doj_results_1.csv",
                "DOJ_Input_File_1_Results/doj_results_condensed_1.csv",
                "DOJ_Input_File_1_Results/doj_results_convictions_1.csv",
                "gogen_pilots.json"),
            names);
        case GOGEN_PILOTS_2019_07 -> assertEquals(
            List.of("doj_results.csv", "doj_results_condensed.csv", "doj_results_convictions.csv"), names);
      }
    }
  }

  @Test
  void summariesOfSeveralFilesAddUp() throws IOException {
    FixtureSet set = GogenFixtures.sets().get(0);
    List<List<String>> expectedFull = GogenFixtures.readCsv(set.expected(set.full()));
    GogenSummary one = export(set, expectedFull).summary();
    GogenSummary two = one.plus(one);
    assertEquals(76, two.lineCount());
    assertEquals(one.earliestConviction(), two.earliestConviction());
    assertEquals(24, two.subjectsWithProp64ConvictionCountInCounty());
    assertEquals(Map.of("11357", 6, "11358", 14, "11359", 16), two.prop64ConvictionsCountInCountyByCodeSection());
    assertEquals(
        new GogenSummary.Relief(10, 8, 4), two.reliefWithCurrentEligibilityChoices());
    assertEquals(Map.of("11359", 2, "11360", 0), two.convictionReductionCountByCodeSection());
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unused")
  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
