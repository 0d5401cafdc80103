package org.recordrelief.gogen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recordrelief.eligibility.policy.Policy;
import org.recordrelief.eligibility.policy.PolicyLoader;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.testing.RepoPaths;

/**
 * The gogen conformance fixture sets of {@code anchor-data/gogen/README.md}, each with the shipped
 * preset that reproduces its run.
 */
final class GogenFixtures {
  private GogenFixtures() {}

  static final java.time.LocalDate COMPUTE_AT = java.time.LocalDate.of(2019, 11, 11);

  /**
   * One run of a derived set: the input, the expected files, and the SHIPPED preset that
   * reproduces gogen's run ({@code anchor-data/gogen/README.md}, "Run parameters").
   *
   * @param name short id used in the row-by-row table of {@code conf/policy/presets/DEVIATIONS.md}
   * @param input input file, relative to anchor-data/gogen
   * @param dir derived folder with the expected files
   * @param presetId the shipped preset (conf/policy/presets/&lt;id&gt;.conf)
   * @param options gogen's options JSON applied to an options-driven preset (relative to
   *     anchor-data/gogen), or null
   * @param county gogen's {@code --county} (DOJ spelling)
   * @param profile the gogen version the expected files come from
   * @param scope which convictions that version's flow evaluated
   * @param full expected full-results file name
   * @param condensed expected condensed file name
   * @param convictions expected convictions file name, or null when the set has none
   * @param json expected summary JSON file name, or null
   */
  record FixtureSet(
      String name,
      String input,
      String dir,
      String presetId,
      String options,
      String county,
      GogenProfile profile,
      GogenScope scope,
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

    /** The shipped preset, loaded by the policy engine's loader (options applied when given). */
    Policy policy() {
      if (options != null) {
        return PolicyLoader.loadGogenOptions(
            RepoPaths.gogenAnchor().resolve(options), presetId, county);
      }
      Policy p = PolicyLoader.loadShipped(presetId);
      return county.equals(p.county()) ? p : p.withCounty(county);
    }

    /** The run settings the preset describes. */
    GogenRunSettings settings() {
      return GogenRunSettings.forPolicy(policy(), county, COMPUTE_AT);
    }
  }

  static final String G = "codeforamerica-gogen/";
  static final String LA = "codeforamerica-gogen_pilots/los_angeles@a9d59d1/";
  static final String PR = "codeforamerica-gogen_pilots/pre-removal@f04e1ff/";

  /** gogen's final options fixture (dismiss 11357, 11358; reduce 11359, 11360; …). */
  static final String FINAL_OPTIONS = G + "test_fixtures/eligibility_options.json";

  /** The pre-removal options fixture (sub-section keys; read by the July 2019 flow). */
  static final String PRE_REMOVAL_OPTIONS = PR + "test_fixtures/eligibility_options.json";

  /** The Los Angeles options fixture (sub-section keys; final gogen panicked on it). */
  static final String LOS_ANGELES_OPTIONS = LA + "test_fixtures/eligibility_options.json";

  static List<FixtureSet> sets() {
    String golden = G + "derived/golden_san_joaquin_from_extra_comma_or_no_headers/";
    List<FixtureSet> sets = new ArrayList<>();
    sets.add(
        new FixtureSet(
            "gogen/configurable_flow",
            G + "derived/configurable_flow/input.csv",
            G + "derived/configurable_flow/",
            PolicyLoader.CONFIGURABLE_2020,
            FINAL_OPTIONS,
            "SACRAMENTO",
            GogenProfile.GOGEN_2020,
            GogenScope.PROP64,
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
              PolicyLoader.CONFIGURABLE_2020,
              FINAL_OPTIONS,
              "SAN JOAQUIN",
              GogenProfile.GOGEN_2020,
              GogenScope.PROP64,
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
            "cfa-los-angeles-2019-10",
            null,
            "LOS ANGELES",
            GogenProfile.GOGEN_PILOTS_LA_2019_10,
            GogenScope.PROP64,
            "expected_doj_results_1.csv",
            "expected_doj_results_condensed_1.csv",
            "expected_doj_results_convictions_1.csv",
            "expected_gogen_pilots.json"));
    for (String[] p :
        List.of(
            new String[] {"sacramento", "cfa-sacramento-2019-07", "SACRAMENTO", "PROP64"},
            new String[] {"san_joaquin", "cfa-san-joaquin-2019-03", "SAN JOAQUIN", "PROP64_AND_RELATED"},
            new String[] {"contra_costa", "cfa-contra-costa-2019-04", "CONTRA COSTA", "PROP64_AND_RELATED"},
            new String[] {"los_angeles", "cfa-los-angeles-2019-07", "LOS ANGELES", "PROP64"},
            new String[] {"configurable_flow", PolicyLoader.CONFIGURABLE_2019_07, "SACRAMENTO", "PROP64"})) {
      String d = PR + "derived/" + p[0] + "/";
      boolean hasConvictions =
          Files.exists(RepoPaths.gogenAnchor().resolve(d + "expected_doj_results_convictions.csv"));
      sets.add(
          new FixtureSet(
              "gogen_pilots/pre-removal@f04e1ff/" + p[0],
              d + "input.csv",
              d,
              p[1],
              p[1].equals(PolicyLoader.CONFIGURABLE_2019_07) ? PRE_REMOVAL_OPTIONS : null,
              p[2],
              GogenProfile.GOGEN_PILOTS_2019_07,
              GogenScope.valueOf(p[3]),
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
}
