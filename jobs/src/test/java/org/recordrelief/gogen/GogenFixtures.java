package org.recordrelief.gogen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.recordrelief.eligibility.policy.PolicyDetermination;
import org.recordrelief.eligibility.policy.PolicyResult;
import org.recordrelief.eligibility.policy.PolicyView;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.testing.RepoPaths;

/** The gogen conformance fixture sets of {@code anchor-data/gogen/README.md} and their run parameters. */
final class GogenFixtures {
  private GogenFixtures() {}

  static final java.time.LocalDate COMPUTE_AT = java.time.LocalDate.of(2019, 11, 11);

  /**
   * One run of a derived set.
   *
   * @param name short id used in DEVIATIONS-export.md
   * @param input input file, relative to anchor-data/gogen
   * @param dir derived folder with the expected files
   * @param full expected full-results file name
   * @param condensed expected condensed file name
   * @param convictions expected convictions file name, or null when the set has none
   * @param json expected summary JSON file name, or null
   */
  record FixtureSet(
      String name,
      String input,
      String dir,
      GogenRunSettings settings,
      String full,
      String condensed,
      String convictions,
      String json) {
    @Override
    public String toString() {
      return name;
    }

    Path inputPath() {
      return RepoPaths.gogenAnchor().resolve(input);
    }

    Path expected(String file) {
      return RepoPaths.gogenAnchor().resolve(dir).resolve(file);
    }
  }

  static final String G = "codeforamerica-gogen/";
  static final String LA = "codeforamerica-gogen_pilots/los_angeles@a9d59d1/";
  static final String PR = "codeforamerica-gogen_pilots/pre-removal@f04e1ff/";

  static List<FixtureSet> sets() {
    GogenRunSettings configurable =
        GogenRunSettings.of("SACRAMENTO", COMPUTE_AT, GogenProfile.GOGEN_2020)
            .withSections(List.of("11357", "11358"), List.of("11359", "11360"));
    GogenRunSettings sanJoaquin2020 =
        GogenRunSettings.of("SAN JOAQUIN", COMPUTE_AT, GogenProfile.GOGEN_2020)
            .withSections(List.of("11357", "11358"), List.of("11359", "11360"));
    String golden = G + "derived/golden_san_joaquin_from_extra_comma_or_no_headers/";
    List<FixtureSet> sets = new ArrayList<>();
    sets.add(
        new FixtureSet(
            "gogen/configurable_flow",
            G + "derived/configurable_flow/input.csv",
            G + "derived/configurable_flow/",
            configurable,
            "expected_All_Results.csv",
            "expected_All_Results_Condensed.csv",
            "expected_Prop64_Results.csv",
            "expected_gogen.json"));
    for (String in : List.of("extra_comma.csv", "no_headers.csv")) {
      sets.add(
          new FixtureSet(
              "gogen/golden_san_joaquin[" + in + "]",
              G + "test_fixtures/" + in,
              golden,
              sanJoaquin2020,
              "expected_All_Results.csv",
              "expected_All_Results_Condensed.csv",
              "expected_Prop64_Results.csv",
              "expected_gogen.json"));
    }
    sets.add(
        new FixtureSet(
            "gogen_pilots/los_angeles@a9d59d1",
            LA + "derived/los_angeles/input.csv",
            LA + "derived/los_angeles/",
            GogenRunSettings.of("LOS ANGELES", COMPUTE_AT, GogenProfile.GOGEN_PILOTS_LA_2019_10)
                .withLosAngelesParameters(50, 10),
            "expected_doj_results_1.csv",
            "expected_doj_results_condensed_1.csv",
            "expected_doj_results_convictions_1.csv",
            "expected_gogen_pilots.json"));
    for (String[] p :
        List.of(
            new String[] {"sacramento", "SACRAMENTO", "PROP64"},
            new String[] {"san_joaquin", "SAN JOAQUIN", "PROP64_AND_RELATED"},
            new String[] {"contra_costa", "CONTRA COSTA", "PROP64_AND_RELATED"},
            new String[] {"los_angeles", "LOS ANGELES", "PROP64"},
            new String[] {"configurable_flow", "SACRAMENTO", "PROP64"})) {
      String d = PR + "derived/" + p[0] + "/";
      boolean hasConvictions = Files.exists(RepoPaths.gogenAnchor().resolve(d + "expected_doj_results_convictions.csv"));
      sets.add(
          new FixtureSet(
              "gogen_pilots/pre-removal@f04e1ff/" + p[0],
              d + "input.csv",
              d,
              GogenRunSettings.of(p[1], COMPUTE_AT, GogenProfile.GOGEN_PILOTS_2019_07)
                  .withScope(GogenScope.valueOf(p[2])),
              "expected_doj_results.csv",
              "expected_doj_results_condensed.csv",
              hasConvictions ? "expected_doj_results_convictions.csv" : null,
              null));
    }
    return sets;
  }

  /** Records of a Go-written CSV file (no quoted line breaks in the fixtures). */
  static List<List<String>> readCsv(Path p) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
      CsvLineParser.Result r = CsvLineParser.parse(line);
      if (!r.ok()) {
        throw new IllegalStateException(p + ": bad line " + line);
      }
      out.add(r.fields());
    }
    return out;
  }

  static PolicyDetermination fromGogenString(String s) {
    return Arrays.stream(PolicyDetermination.values())
        .filter(d -> d.gogenString().equals(s))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown determination " + s));
  }

  /**
   * Test-only oracle: the determination and reason gogen wrote for the evaluated row, read from
   * the expected full-results file (the policy engine is plugged in elsewhere).
   */
  static Function<PolicyView, PolicyResult> oracle(List<List<String>> expectedFull) {
    return v -> {
      GogenRow row = ((GogenPolicyView) v).row();
      List<String> rec = expectedFull.get(row.index() + 1);
      int n = rec.size();
      return new PolicyResult(
          "oracle", "expected-file", fromGogenString(rec.get(n - 2)), rec.get(n - 1));
    };
  }
}
