package org.recordrelief.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordrelief.testing.RepoPaths;

/** Load-time validation (every message names the file and the rule), merging by rule id, gogen options. */
class PolicyLoaderTest {

  @TempDir Path dir;

  private static final String HEAD =
      """
      id = bad
      scope = PROP64
      parameters { age = 21, years = 200, sections = ["11357"], on = true }
      fallback { determination = NONE, reason = "" }
      rules {
        OK { order = 1, when = [deceased], determination = DISMISSAL, reason = "fine" }
      """;

  private PolicyException loadFails(String ruleLines) {
    Path f = TestPolicies.write(dir, "bad.conf", HEAD + ruleLines + "\n}\n");
    return assertThrows(PolicyException.class, () -> PolicyLoader.load(f));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "R1 { order = 2, when = [\"convictedBeforAge(21)\"], determination = DISMISSAL, reason = \"x\" } | unknown condition kind 'convictedBeforAge'",
        "R1 { order = 2, when = [convictedBeforeAge], determination = DISMISSAL, reason = \"x\" }       | missing parameter: convictedBeforeAge needs",
        "R1 { order = 2, when = [\"convictedBeforeAge(130)\"], determination = DISMISSAL, reason = \"x\" } | age 130 is out of range 0..120",
        "R1 { order = 2, when = [\"noConvictionWithinYears(years)\"], determination = DISMISSAL, reason = \"x\" } | parameter years: years 200 is out of range 0..100",
        "R1 { order = 2, when = [\"convictedBeforeAge(agee)\"], determination = DISMISSAL, reason = \"x\" } | unknown parameter reference 'agee'",
        "R1 { order = 2, when = [\"convictedBeforeAge(sections)\"], determination = DISMISSAL, reason = \"x\" } | parameter sections is a list",
        "R1 { order = 2, when = [deceased], determination = DISMISS, reason = \"x\" }                    | bad determination 'DISMISS' (allowed: DISMISSAL, REDUCTION",
        "R1 { order = 2, whn = [deceased], determination = DISMISSAL, reason = \"x\" }                    | unknown key 'whn'",
        "R1 { when = [deceased], determination = DISMISSAL, reason = \"x\" }                              | missing key 'order'",
        "R1 { order = 2.5, when = [deceased], determination = DISMISSAL, reason = \"x\" }                 | order must be a whole number",
        "R1 { order = 2, when = [deceased], reason = \"x\" }                                              | missing key 'determination'",
        "R1 { order = 2, when = [deceased], determination = DISMISSAL }                                 | missing key 'reason'",
        "R1 { order = 2, determination = DISMISSAL, reason = \"x\" }                                      | missing key 'when'",
        "R1 { order = 2, when = [], determination = DISMISSAL, reason = \"x\" }                           | 'when' is empty",
        "R1 { order = 2, when = deceased, determination = DISMISSAL, reason = \"x\" }                     | 'when' must be a list",
        "R1 { order = 2, enabledBy = nope, when = [deceased], determination = DISMISSAL, reason = \"x\" } | enabledBy: unknown parameter reference 'nope'",
        "R1 { order = 2, enabledBy = sections, when = [deceased], determination = DISMISSAL, reason = \"x\" } | enabledBy: parameter sections is a list",
        "R1 { order = 2, enabled = maybe, when = [deceased], determination = DISMISSAL, reason = \"x\" } | 'enabled' must be true or false",
        "R1 { order = 2, when = [deceased], determination = DISMISSAL, reason = \"{sections}\" }          | unknown placeholder {sections}",
        "R1 { order = 2, when = [deceased], determination = DISMISSAL, reason = \"{n} years\" }          | reason uses {n} but the rule has no integer argument",
        "R1 { order = 1, when = [deceased], determination = DISMISSAL, reason = \"x\" }                   | duplicate order 1 (also used by rule OK)",
        "\"R.1\" { order = 2, when = [deceased], determination = DISMISSAL, reason = \"x\" }             | rule id must start with a letter",
      })
  void ruleErrorsNameFileAndRule(String ruleLine, String expected) {
    PolicyException e = loadFails(ruleLine);
    String m = e.getMessage();
    assertTrue(m.contains(expected), () -> "message: " + m);
    assertTrue(m.contains("bad.conf"), () -> "names the file: " + m);
    assertTrue(m.contains("rule R1") || m.contains("rule R") || m.contains("rule OK"), () -> "names the rule: " + m);
    assertFalse(m.contains("\n"), "one line");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "colour = red                                                  | unknown key 'colour'",
        "scope = EVERYTHING                                            | bad scope 'EVERYTHING' (allowed: PROP64, PROP64_AND_RELATED)",
        "semantics = GOGEN                                             | bad semantics 'GOGEN'",
        "county = \"Los Angeles\"                                      | county \"Los Angeles\" is not a DOJ county name",
        "parameters.Bad = 1                                            | parameter name 'Bad'",
        "parameters.age = 21.5                                         | parameter age must be a whole number",
        "parameters.x { y = 1 }                                        | parameter x must be a whole number, a boolean, a text or a list",
        "parameterLimits.nope { min = 1 }                              | parameterLimits.nope: no parameter nope",
        "parameterLimits.age { min = 40, max = 65 }                    | parameter age = 21 is out of range: 40..65",
        "parameterLimits.sections { allowed = [\"11358\"] }            | parameter sections: \"11357\" is not allowed: one of 11358",
        "parameterLimits.age { lowest = 1 }                            | unknown key 'lowest'",
        "fallback.reason = 3                                           | fallback: 'reason' must be a text",
        "fallback.determination = MAYBE                                | fallback: bad determination 'MAYBE'",
        "fallback.extra = 1                                            | fallback: unknown key 'extra'",
        "id = other                                                    | id \"other\" must equal the file name \"bad\"",
      })
  void policyErrorsNameTheFile(String line, String expected) {
    Path f = TestPolicies.write(dir, "bad.conf", HEAD + "}\n" + line + "\n");
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(f));
    assertTrue(e.getMessage().contains(expected), () -> "message: " + e.getMessage());
    assertTrue(e.getMessage().startsWith(PolicyLoader.displayName(f) + ": "), e.getMessage());
  }

  @Test
  void rulesWrittenAsAListAreRejected() {
    Path f =
        TestPolicies.write(
            dir,
            "bad.conf",
            "id = bad\nscope = PROP64\nrules = [ { id = C1, when = [notFelony], determination = DISMISSAL, reason = \"x\" } ]\n"
                + "fallback { determination = NONE, reason = \"\" }\n");
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(f));
    assertTrue(e.getMessage().contains("'rules' must be an object keyed by rule id"), e.getMessage());
  }

  @Test
  void hoconSyntaxErrorsNameTheFile() {
    Path f = TestPolicies.write(dir, "broken.conf", "id = broken\nrules { R1 { order = 1 \n");
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(f));
    assertTrue(e.getMessage().startsWith(PolicyLoader.displayName(f) + ": "), e.getMessage());
  }

  @Test
  void missingFileAndMissingInclude() {
    assertThrows(PolicyException.class, () -> PolicyLoader.load(dir.resolve("none.conf")));
    Path f = TestPolicies.write(dir, "inc.conf", "include \"../nowhere.conf\"\nid = inc\n");
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(f));
    assertTrue(e.getMessage().contains("include \"../nowhere.conf\" not found"), e.getMessage());
    assertTrue(e.getMessage().contains("inc.conf"), e.getMessage());
  }

  @Test
  void includeCycleIsAnError() {
    TestPolicies.write(dir, "a.conf", "include \"b.conf\"\nid = a\n");
    TestPolicies.write(dir, "b.conf", "include \"a.conf\"\nid = b\n");
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(dir.resolve("a.conf")));
    assertTrue(e.getMessage().contains("include cycle"), e.getMessage());
  }

  // --- merging by rule id ---------------------------------------------------------------------

  private static final String BASE =
      """
      id = base
      scope = PROP64_AND_RELATED
      parameters { years = 10 }
      rules {
        B1 { order = 100, when = ["statutoryOutcomeIn(DISMISS_AND_SEAL)"], determination = DISMISSAL, reason = "statute" }
        B2 { order = 200, when = ["noConvictionWithinYears(years)"], determination = DISMISSAL, reason = "No convictions in past {n} years" }
        B3 { order = 900, when = [always], determination = REDUCTION, reason = "reduce" }
      }
      fallback { determination = HAND_REVIEW, reason = "none" }
      """;

  @Test
  void countyFileOverridesDisablesAndAddsRulesById() {
    TestPolicies.write(dir, "policy/base.conf", BASE);
    Path county =
        TestPolicies.write(
            dir,
            "policy/counties/yolo.conf",
            """
            include "../base.conf"
            id = yolo
            county = "YOLO"
            scope = PROP64
            parameters.years = 5
            rules {
              B2.reason = "Five quiet years"
              B3.enabled = false
              Y1 { order = 150, when = [notFelony], determination = CITY_ATTORNEY_REVIEW, reason = "city" }
            }
            """);
    Policy p = PolicyLoader.load(county);
    assertEquals("yolo", p.id());
    assertEquals("YOLO", p.county());
    assertEquals(Scope.PROP64, p.scope());
    assertEquals(List.of("B1", "Y1", "B2", "B3"), p.rules().stream().map(Rule::id).toList());
    assertEquals("Five quiet years", p.rule("B2").reasonTemplate());
    assertEquals("noConvictionWithinYears(5)", p.rule("B2").when().get(0).syntax(), "parameter override reaches the rule");
    assertFalse(p.rule("B3").enabled());
    assertFalse(p.rule("B3").active());
    assertEquals(2, p.sources().size());
    assertTrue(p.sources().get(0).endsWith("counties/yolo.conf"), p.sources().toString());
    assertTrue(p.sources().get(1).endsWith("policy/base.conf"), p.sources().toString());

    FakePolicyView v = FakePolicyView.of().county("YOLO").statutory("REDUCE_TO_MISDEMEANOR").f("notFelony", "noConvictionWithinYears(5)");
    assertEquals(
        new PolicyResult("yolo", "fallback", PolicyDetermination.HAND_REVIEW, "none"), PolicyEvaluator.evaluate(p, v));
  }

  @Test
  void replacingWhenReplacesTheWholeList() {
    TestPolicies.write(dir, "base.conf", BASE);
    Path f =
        TestPolicies.write(
            dir, "over.conf", "include \"base.conf\"\nid = over\nrules.B2.when = [deceased]\nrules.B2.reason = \"dead\"\n");
    Policy p = PolicyLoader.load(f);
    assertEquals(List.of("deceased"), p.rule("B2").when().stream().map(Clause::syntax).toList());
    assertTrue(p.warnings().contains("parameter years is not used by any rule"), p.warnings().toString());
  }

  @Test
  void anErrorInAnIncludedRuleNamesTheLoadedFileTheRuleAndWhereItWasWritten() {
    TestPolicies.write(dir, "base.conf", BASE.replace("noConvictionWithinYears(years)", "noConvictionWithinYears(yrs)"));
    Path f = TestPolicies.write(dir, "child.conf", "include \"base.conf\"\nid = child\n");
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(f));
    assertTrue(e.getMessage().startsWith(PolicyLoader.displayName(f) + ": rule B2: unknown parameter reference 'yrs'"), e.getMessage());
    assertTrue(e.getMessage().contains("base.conf:"), "origin of the value: " + e.getMessage());
  }

  @Test
  void aCountyFileMustNameItsOwnCounty() {
    TestPolicies.write(dir, "policy/base.conf", BASE);
    Path f =
        TestPolicies.write(dir, "policy/counties/yolo.conf", "include \"../base.conf\"\nid = yolo\ncounty = \"YUBA\"\n");
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(f));
    assertTrue(e.getMessage().contains("belongs in counties/yuba.conf"), e.getMessage());
    Path g = TestPolicies.write(dir, "policy/counties/yuba.conf", "include \"../base.conf\"\nid = yuba\n");
    PolicyException e2 = assertThrows(PolicyException.class, () -> PolicyLoader.load(g));
    assertTrue(e2.getMessage().contains("a county policy needs 'county'"), e2.getMessage());
  }

  @Test
  void overlappingSectionListsWarn() {
    Policy p =
        TestPolicies.load(
            dir,
            "ov",
            """
            scope = PROP64
            parameters { dismissSections = ["11357", "11359"], reduceSections = ["11359", "11360"] }
            rules {
              C2 { order = 20, when = ["sectionIn(dismissSections)"], determination = DISMISSAL, reason = "d" }
              C9 { order = 90, when = ["sectionIn(reduceSections)"], determination = REDUCTION, reason = "r" }
            }
            fallback { determination = NONE, reason = "" }
            """);
    assertEquals(
        List.of(
            "section 11359 is listed in both dismissSections (rule C2) and reduceSections (rule C9): rule C2 decides first (DISMISSAL)"),
        p.warnings());
  }

  @Test
  void reasonNumberPrefersAParameterReference() {
    Policy p =
        TestPolicies.load(
            dir,
            "num",
            """
            scope = PROP64
            parameters { years = 7, limit = 0 }
            rules {
              A { order = 1, when = ["convictionCountGreaterThan(1)", "noConvictionWithinYears(years)"], determination = DISMISSAL, reason = "{n}" }
              B { order = 2, enabledBy = limit, when = ["convictionCountGreaterThan(1)"], determination = DISMISSAL, reason = "{n}" }
              C { order = 3, when = ["convictionCountGreaterThan(3)", "noConvictionWithinYears(4)"], determination = DISMISSAL, reason = "{n}" }
            }
            fallback { determination = NONE, reason = "" }
            """);
    assertEquals("7", p.rule("A").reasonWithN());
    assertEquals("0", p.rule("B").reasonWithN());
    assertFalse(p.rule("B").active());
    assertEquals("3", p.rule("C").reasonWithN());
  }

  // --- shipped tree and classpath -------------------------------------------------------------

  @Test
  void shippedPoliciesLoadByNameFromTheClasspath() {
    assertEquals("los-angeles", PolicyLoader.loadShipped("los-angeles").id());
    assertEquals("los-angeles", PolicyLoader.loadShipped("counties/los-angeles").id());
    assertEquals("statewide", PolicyLoader.loadShipped("statewide").id());
    assertEquals("cfa-sacramento-2019-02", PolicyLoader.loadShipped("cfa-sacramento-2019-02").id());
    assertEquals("san-joaquin", PolicyLoader.forCounty("SAN JOAQUIN").orElseThrow().id());
    assertTrue(PolicyLoader.forCounty("YOLO").isEmpty());
    assertTrue(PolicyLoader.forCounty("NOWHERE").isEmpty());
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.loadShipped("fresno"));
    assertTrue(e.getMessage().contains("conf/policy/counties/fresno.conf"), e.getMessage());
    assertThrows(PolicyException.class, () -> PolicyLoader.loadShipped("../etc/passwd"));
  }

  @Test
  void classpathAndDiskLoadsAreEqual() {
    Path policyDir = RepoPaths.root().resolve("conf/policy");
    for (Path f : PolicyLoader.policyFiles(policyDir)) {
      String resource = "conf/policy/" + policyDir.relativize(f).toString().replace('\\', '/');
      assertEquals(PolicyLoader.load(f), PolicyLoader.loadResource(resource), resource);
    }
  }

  // --- gogen options JSON ---------------------------------------------------------------------

  static Path finalOptions() {
    return RepoPaths.gogenAnchor().resolve("codeforamerica-gogen/test_fixtures/eligibility_options.json");
  }

  static Path preRemovalOptions() {
    return RepoPaths.gogenAnchor().resolve("codeforamerica-gogen_pilots/pre-removal@f04e1ff/test_fixtures/eligibility_options.json");
  }

  static Path losAngelesOptions() {
    return RepoPaths.gogenAnchor().resolve("codeforamerica-gogen_pilots/los_angeles@a9d59d1/test_fixtures/eligibility_options.json");
  }

  @Test
  void conformanceFixtureOptionsEqualThePresetDefaults() {
    Policy fromJson = PolicyLoader.loadGogenOptions(finalOptions());
    Policy preset = PolicyLoader.loadShipped("cfa-configurable-2020");
    assertEquals(preset.parameters(), fromJson.parameters());
    assertEquals(preset.rules(), fromJson.rules());
    assertEquals("SACRAMENTO", fromJson.county());
    assertEquals(List.of(), fromJson.warnings());
    assertEquals(
        List.of("conf/policy/presets/cfa-configurable-2020.conf", PolicyLoader.displayName(finalOptions())),
        fromJson.sources());
    assertFalse(fromJson.rule("C6").active(), "yearsCrimeFreeThreshold is absent from the JSON: off");
  }

  @Test
  void countyRunParameterReplacesTheCounty() {
    Policy p = PolicyLoader.loadGogenOptions(finalOptions(), PolicyLoader.CONFIGURABLE_2020, "SAN JOAQUIN");
    assertEquals("SAN JOAQUIN", p.county());
    assertThrows(
        PolicyException.class,
        () -> PolicyLoader.loadGogenOptions(finalOptions(), PolicyLoader.CONFIGURABLE_2020, "San Joaquin"));
  }

  @Test
  void losAngelesOptionsAreRejectedByTheFinalPreset() {
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.loadGogenOptions(losAngelesOptions()));
    String m = e.getMessage();
    assertTrue(m.contains("11357(a)"), m);
    assertTrue(m.contains("baselineEligibility.dismiss"), m);
    assertTrue(m.contains("eligibility_options.json"), m);
    assertTrue(m.contains("cfa-configurable-2020"), m);
    assertTrue(m.contains("used by rule C2"), m);
  }

  @Test
  void preRemovalOptionsFitOnlyTheJuly2019Preset() {
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.loadGogenOptions(preRemovalOptions()));
    assertTrue(e.getMessage().contains("\"11357(A)\""), e.getMessage());

    Policy p = PolicyLoader.loadGogenOptions(preRemovalOptions(), PolicyLoader.CONFIGURABLE_2019_07, null);
    assertEquals(PolicyLoader.loadShipped("cfa-configurable-2019-07").parameters(), p.parameters());
    assertEquals(
        List.of("options baselineEligibility.reduce is ignored by cfa-configurable-2019-07: every felony that is not dismissed is reduced"),
        p.warnings());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"baselineEligibility\":{\"dismiss\":[\"11357\",\"11359\"],\"reduce\":[\"11359\"]}} | OK section 11359 is listed in both dismissSections (rule C2) and reduceSections (rule C9): rule C2 decides first (DISMISSAL)",
        "{\"additionalRelief\":{\"subjectAgeThreshold\":30}}                                 | option additionalRelief.subjectAgeThreshold = 30 is out of range: 0 (off) or 40..65",
        "{\"additionalRelief\":{\"subjectAgeThreshold\":66}}                                 | option additionalRelief.subjectAgeThreshold = 66 is out of range",
        "{\"additionalRelief\":{\"yearsSinceConvictionThreshold\":16}}                       | option additionalRelief.yearsSinceConvictionThreshold = 16 is out of range: 0 (off) or 1..15",
        "{\"additionalRelief\":{\"yearsCrimeFreeThreshold\":-1}}                             | option additionalRelief.yearsCrimeFreeThreshold = -1 is out of range",
        "{\"additionalRelief\":{\"subjectAgeThreshold\":\"57\"}}                             | additionalRelief.subjectAgeThreshold must be a whole number",
        "{\"additionalRelief\":{\"subjectIsDeceased\":1}}                                    | additionalRelief.subjectIsDeceased must be true or false",
        "{\"additionalRelief\":{\"subjectIsAlive\":true}}                                    | unknown option additionalRelief.subjectIsAlive",
        "{\"baselineEligibility\":{\"dismiss\":[\"11357\"],\"keep\":[]}}                     | unknown option baselineEligibility.keep",
        "{\"baselineEligibility\":{\"dismiss\":\"11357\"}}                                   | baselineEligibility.dismiss must be a list",
        "{\"baselineEligibility\":{\"reduce\":[\"11360.5\"]}}                                | baselineEligibility.reduce: section key \"11360.5\" is not accepted",
        "{\"baselineEligibility\":{\"dismiss\":[11357]}}                                     | section keys must be texts",
        "{\"extra\":1}                                                                      | unknown option extra",
        "{not json                                                                         | opts.json: ",
      })
  void optionsErrorsNameTheFileAndKey(String json, String expected) {
    Path f = TestPolicies.write(dir, "opts.json", json);
    if (expected.startsWith("OK ")) {
      Policy p = PolicyLoader.loadGogenOptions(f);
      assertEquals(List.of(expected.substring(3)), p.warnings());
      return;
    }
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.loadGogenOptions(f));
    assertTrue(e.getMessage().contains(expected), () -> "message: " + e.getMessage());
    assertTrue(e.getMessage().contains("opts.json"), e.getMessage());
  }

  @Test
  void emptyOptionsSwitchEverythingOff() {
    Policy p = PolicyLoader.loadGogenOptions(TestPolicies.write(dir, "empty.json", "{}"));
    assertEquals(List.of("C1", "C2", "C9"), p.activeRules().stream().map(Rule::id).toList());
    FakePolicyView v = FakePolicyView.of().f("notFelony");
    assertEquals(
        new PolicyResult("cfa-configurable-2020", "fallback", PolicyDetermination.NONE, ""),
        PolicyEvaluator.evaluate(p, v),
        "empty section lists never match and ask nothing");
  }

  @Test
  void unknownPresetForOptions() {
    assertThrows(
        PolicyException.class,
        () -> PolicyLoader.loadGogenOptions(finalOptions(), "cfa-los-angeles-2019-10", null));
  }
}
