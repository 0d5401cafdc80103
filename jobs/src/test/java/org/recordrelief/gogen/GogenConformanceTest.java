package org.recordrelief.gogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.policy.Policy;
import org.recordrelief.eligibility.policy.PolicyDetermination;
import org.recordrelief.eligibility.policy.PolicyEvaluator;
import org.recordrelief.eligibility.policy.PolicyException;
import org.recordrelief.eligibility.policy.PolicyLoader;
import org.recordrelief.eligibility.policy.PolicyResult;
import org.recordrelief.gogen.GogenFixtures.FixtureSet;
import org.recordrelief.testing.RepoPaths;

/**
 * Conformance with every derived fixture set of {@code anchor-data/gogen/README.md} ({@code
 * prop64-rules.md} §9.8): for each set the matching SHIPPED preset is loaded by {@link
 * PolicyLoader} (the configurable presets from the fixture's options JSON), every in-scope
 * conviction is decided by {@code PolicyEvaluator.evaluate(preset, view)} over the preset's gogen
 * profile ({@link GogenPolicyView}), and every cell of every output file — the 95 echoed input
 * columns, the fact columns and the two decision columns — and every line of the summary JSON is
 * compared with gogen's expected file. The differences found must be exactly the rows of the
 * table in {@code conf/policy/presets/DEVIATIONS.md} (each a documented gogen defect), nothing
 * more and nothing less; a set with no listed row must be byte-identical.
 */
class GogenConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The one place where the presets' deviations are documented. */
  static final Path DEVIATIONS = RepoPaths.root().resolve("conf/policy/presets/DEVIATIONS.md");

  static Stream<FixtureSet> sets() {
    return GogenFixtures.sets().stream();
  }

  /** One cell (or JSON line) that differs from gogen's expected file. */
  record Difference(
      String set, String file, int row, String column, String expected, String actual) {
    String key() {
      return set + " | " + file + " | " + row + " | " + column;
    }
  }

  /** The export of the set's input under its shipped preset, decided by the policy engine. */
  static GogenExport export(FixtureSet set) throws IOException {
    Policy preset = set.policy();
    return GogenExport.forFile(
        GogenInput.read(set.inputPath()),
        set.settings(),
        v -> PolicyEvaluator.evaluate(preset, v));
  }

  /** Every cell of the three files and every line of the summary JSON, against the expected. */
  static List<Difference> differences(FixtureSet set) throws IOException {
    GogenExport export = export(set);
    List<Difference> diffs = new ArrayList<>();
    compare(set, set.full(), GogenFixtures.readCsv(set.expected(set.full())), export.allResults(), diffs);
    compare(
        set,
        set.condensed(),
        GogenFixtures.readCsv(set.expected(set.condensed())),
        export.condensedResults(),
        diffs);
    if (set.convictions() != null) {
      compare(
          set,
          set.convictions(),
          GogenFixtures.readCsv(set.expected(set.convictions())),
          export.convictionResults(),
          diffs);
    }
    if (set.json() != null) {
      List<String> e = Arrays.asList(read(set.expected(set.json())).split("\n", -1));
      List<String> a = Arrays.asList(export.summaryJson().split("\n", -1));
      for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
        String ev = i < e.size() ? e.get(i) : "<missing>";
        String av = i < a.size() ? a.get(i) : "<missing>";
        if (!ev.equals(av)) {
          diffs.add(new Difference(set.name(), set.json(), i + 1, "line", ev.strip(), av.strip()));
        }
      }
    }
    return diffs;
  }

  private static void compare(
      FixtureSet set,
      String file,
      List<List<String>> expected,
      List<List<String>> actual,
      List<Difference> diffs) {
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

  /**
   * The documented row-by-row deviations: the table between {@code <!-- deviations:begin -->}
   * and {@code <!-- deviations:end -->} in DEVIATIONS.md, keyed like {@link Difference#key()}.
   * Columns: Set | File | Row | Column | Expected | Actual | Deviation | Reason.
   */
  static Map<String, String[]> documentedDeviations() throws IOException {
    Map<String, String[]> out = new TreeMap<>();
    boolean inTable = false;
    boolean sawTable = false;
    for (String line : Files.readAllLines(DEVIATIONS, StandardCharsets.UTF_8)) {
      if (line.contains("<!-- deviations:begin -->")) {
        inTable = true;
        sawTable = true;
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
      assertEquals(8, cells.length, "DEVIATIONS.md row: " + line);
      assertFalse(cells[6].isEmpty() || cells[7].isEmpty(), "deviation and reason required: " + line);
      out.put(cells[0] + " | " + cells[1] + " | " + cells[2] + " | " + cells[3], cells);
    }
    assertTrue(sawTable, "DEVIATIONS.md has no row-by-row table");
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
    assertTrue(
        undocumented.isEmpty(), "undocumented differences:\n" + String.join("\n", undocumented));
    assertTrue(
        documented.isEmpty(), "documented deviations that no longer occur: " + documented.keySet());
  }

  @Test
  void deviationTableNamesOnlyKnownSets() throws IOException {
    List<String> names = GogenFixtures.sets().stream().map(FixtureSet::name).toList();
    for (String[] row : documentedDeviations().values()) {
      assertTrue(names.contains(row[0]), "unknown set in DEVIATIONS.md: " + row[0]);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void filesAreByteIdenticalWhenNoDeviationIsDocumented(FixtureSet set) throws IOException {
    boolean anyDocumented =
        documentedDeviations().keySet().stream().anyMatch(k -> k.startsWith(set.name() + " | "));
    if (anyDocumented) {
      return;
    }
    GogenExport export = export(set);
    assertEquals(read(set.expected(set.full())), GogenExport.toCsv(export.allResults()), set.full());
    assertEquals(
        read(set.expected(set.condensed())),
        GogenExport.toCsv(export.condensedResults()),
        set.condensed());
    if (set.convictions() != null) {
      assertEquals(
          read(set.expected(set.convictions())),
          GogenExport.toCsv(export.convictionResults()),
          set.convictions());
    }
    if (set.json() != null) {
      assertEquals(read(set.expected(set.json())), export.summaryJson(), set.json());
    }
  }

  // --- the presets and the run ------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void presetDescribesGogensRun(FixtureSet set) {
    Policy preset = set.policy();
    assertEquals(set.presetId(), preset.id());
    assertTrue(preset.semantics().isGogenProfile(), preset.semantics().toString());
    // the pre-removal options JSON carries a reduce list the July 2019 flow never read
    List<String> expectedWarnings =
        set.presetId().equals(PolicyLoader.CONFIGURABLE_2019_07)
            ? List.of(
                "options baselineEligibility.reduce is ignored by cfa-configurable-2019-07: every"
                    + " felony that is not dismissed is reduced")
            : List.of();
    assertEquals(expectedWarnings, preset.warnings());
    GogenRunSettings s = set.settings();
    assertEquals(set.county(), s.county());
    assertEquals(set.profile(), s.profile());
    assertEquals(set.scope(), s.scope());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void theEngineAgreesThatEveryEvaluatedConvictionIsInThePresetsScope(FixtureSet set)
      throws IOException {
    Policy preset = set.policy();
    GogenExport export = export(set);
    assertFalse(export.evaluated().isEmpty());
    for (EvaluatedConviction e : export.evaluated()) {
      assertEquals(Tri.TRUE, PolicyEvaluator.appliesTo(preset, e.view()), e.view().rawSection());
      assertEquals(preset.id(), e.result().policyId());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void evaluatedRowsAreExactlyTheRowsGogenDecided(FixtureSet set) throws IOException {
    List<List<String>> expectedFull = GogenFixtures.readCsv(set.expected(set.full()));
    GogenExport export = export(set);
    List<Integer> decidedByGogen = new ArrayList<>();
    for (int r = 1; r < expectedFull.size(); r++) {
      List<String> rec = expectedFull.get(r);
      if (!rec.get(rec.size() - 2).isEmpty() || !rec.get(95 + 1).isEmpty()) {
        decidedByGogen.add(r - 1);
      }
    }
    List<Integer> evaluated =
        export.evaluated().stream().map(e -> e.conviction().row().index()).toList();
    assertEquals(decidedByGogen, evaluated);
  }

  @Test
  void losAngelesOptionsAreRejectedByTheFinalConfigurablePresetNamingTheKey() {
    Path json = RepoPaths.gogenAnchor().resolve(GogenFixtures.LOS_ANGELES_OPTIONS);
    PolicyException e =
        assertThrows(PolicyException.class, () -> PolicyLoader.loadGogenOptions(json));
    String m = e.getMessage();
    assertTrue(m.contains("eligibility_options.json"), m);
    assertTrue(m.contains("baselineEligibility.dismiss"), m);
    assertTrue(m.contains("\"11357(a)\""), m);
    assertTrue(m.contains(PolicyLoader.CONFIGURABLE_2020), m);
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
            set.profile() == GogenProfile.GOGEN_2020
                ? "prop64NonFelonyConvictionsCountInCounty"
                : "prop64MisdemeanorConvictionsCountInCounty")) {
      assertNotNull(expected.get(key), key);
      assertEquals(expected.get(key), actual.get(key), key);
    }
    if (set.profile() == GogenProfile.GOGEN_PILOTS_LA_2019_10) {
      assertEquals(expected.get("individualDismissAge"), actual.get("individualDismissAge"));
      assertEquals(expected.get("yearsConvictionFree"), actual.get("yearsConvictionFree"));
    }
  }

  @Test
  void processingTimeIsWrittenAfterLineCountWhenGiven() throws IOException {
    FixtureSet set = GogenFixtures.sets().get(0);
    Policy preset = set.policy();
    GogenExport export =
        GogenExport.forFile(
            GogenInput.read(set.inputPath()),
            set.settings().withProcessingTime(0.25),
            v -> PolicyEvaluator.evaluate(preset, v));
    String json = export.summaryJson();
    assertTrue(
        json.contains("\"lineCount\": 38,\n  \"processingTimeInSeconds\": 0.25,\n  \"reliefWith"),
        json);
    JsonNode withoutTime = MAPPER.readTree(json);
    ((ObjectNode) withoutTime).remove("processingTimeInSeconds");
    assertEquals(expectedJson(set), withoutTime);
  }

  @Test
  void forPolicyIsTheSameRun() throws IOException {
    FixtureSet set = GogenFixtures.sets().get(0);
    GogenExport viaPolicy =
        GogenExport.forPolicy(
            GogenInput.read(set.inputPath()), set.policy(), null, GogenFixtures.COMPUTE_AT);
    assertEquals(read(set.expected(set.convictions())), GogenExport.toCsv(viaPolicy.convictionResults()));
    assertEquals(read(set.expected(set.json())), viaPolicy.summaryJson());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GogenExport.forPolicy(
                GogenInput.read(set.inputPath()),
                PolicyLoader.loadShipped("sacramento"),
                null,
                GogenFixtures.COMPUTE_AT));
  }

  @Test
  void writesFilesUnderEachVersionsNames(@TempDir Path tmp) throws IOException {
    for (FixtureSet set : GogenFixtures.sets()) {
      Path out = tmp.resolve(set.name().replaceAll("[^A-Za-z0-9_.-]", "_"));
      List<Path> written = export(set).writeTo(out, null, null);
      List<String> names = new ArrayList<>();
      for (Path p : written) {
        names.add(out.relativize(p).toString());
        if (p.getFileName().toString().endsWith(".csv")) {
          Path expected = set.expected("expected_" + p.getFileName());
          if (Files.exists(expected)) {
            assertEquals(read(expected), Files.readString(p), p.toString());
          }
        }
      }
      switch (set.profile()) {
        case GOGEN_2020 -> assertEquals(
            List.of(
                "All_Results.csv", "All_Results_Condensed.csv", "Prop64_Results.csv", "gogen.json"),
            names);
        case GOGEN_PILOTS_LA_2019_10 -> assertEquals(
            List.of(
                "DOJ_Input_File_1_Results/doj_results_1.csv",
                "DOJ_Input_File_1_Results/doj_results_condensed_1.csv",
                "DOJ_Input_File_1_Results/doj_results_convictions_1.csv",
                "gogen_pilots.json"),
            names);
        case GOGEN_PILOTS_2019_07 -> assertEquals(
            List.of("doj_results.csv", "doj_results_condensed.csv", "doj_results_convictions.csv"),
            names);
      }
    }
  }

  @Test
  void summariesOfSeveralFilesAddUp() throws IOException {
    FixtureSet set = GogenFixtures.sets().get(0);
    GogenSummary one = export(set).summary();
    GogenSummary two = one.plus(one);
    assertEquals(76, two.lineCount());
    assertEquals(one.earliestConviction(), two.earliestConviction());
    assertEquals(24, two.subjectsWithProp64ConvictionCountInCounty());
    assertEquals(
        Map.of("11357", 6, "11358", 14, "11359", 16),
        two.prop64ConvictionsCountInCountyByCodeSection());
    assertEquals(new GogenSummary.Relief(10, 8, 4), two.reliefWithCurrentEligibilityChoices());
    assertEquals(Map.of("11359", 2, "11360", 0), two.convictionReductionCountByCodeSection());
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
