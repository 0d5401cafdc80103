package org.recordrelief.publish.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.recordrelief.doj.Counties;

/**
 * In-code inputs for the page tests: a statewide summary and manifest shaped like the pipeline's
 * (all 58 counties and {@code unknown}, numbers from a seeded generator, so the same every time),
 * and the figures of one county. Invented numbers only.
 */
final class ReportFixtures {
  private ReportFixtures() {}

  static final String RUN_ID = "20260630-3afba7e5c619";
  static final String AS_OF = "2026-06-30";
  static final List<String> OUTCOMES = List.of("DISMISS_AND_SEAL", "REDUCE_TO_MISDEMEANOR",
      "REDUCE_TO_INFRACTION", "NEEDS_REVIEW", "NOT_ELIGIBLE");
  private static final List<String> SECTIONS = List.of("11357", "11358", "11359", "11360");

  /** A succeeded run's summary: two input files, 58 counties plus unknown. */
  static Map<String, Object> summary() {
    Random rnd = new Random(64);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("run_id", RUN_ID);
    s.put("as_of_date", AS_OF);
    s.put("status", "SUCCEEDED");
    s.put("failure", null);
    List<Map<String, Object>> files = new ArrayList<>();
    files.add(file("data/doj/doj-extract-0001.csv", 0, 60_000, 12, 7, 5, rnd));
    files.add(file("data/doj/doj-extract-0002.csv", 1, 37_060, 8, 0, 0, rnd));
    long read = 0;
    long quarantined = 0;
    Map<String, Long> byReason = new TreeMap<>();
    for (Map<String, Object> f : files) {
      read += (Long) f.get("records_read");
      quarantined += (Long) f.get("records_quarantined");
      @SuppressWarnings("unchecked")
      Map<String, Long> r = (Map<String, Long>) f.get("quarantined_by_reason");
      r.forEach((k, v) -> byReason.merge(k, v, Long::sum));
    }
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("records_read", read);
    rows.put("records_valid", read - quarantined);
    rows.put("records_quarantined", quarantined);
    rows.put("quarantined_by_reason", byReason);
    rows.put("balanced", true);
    s.put("rows", rows);
    s.put("files", files);
    s.put("persons", 5000L);

    Map<String, Long> convictions = new TreeMap<>();
    Map<String, Map<String, Long>> prop64 = new TreeMap<>();
    Map<String, Map<String, Map<String, Long>>> legal = new TreeMap<>();
    Map<String, Map<String, Long>> policy = new TreeMap<>();
    Map<String, Long> outcomes = new TreeMap<>();
    long totalConvictions = 0;
    long determinations = 0;
    List<String> slugs = new ArrayList<>();
    Counties.ALL.forEach(c -> slugs.add(c.slug()));
    slugs.add(Counties.UNKNOWN_SLUG);
    for (String slug : slugs) {
      int scale = slug.equals("los-angeles") ? 60 : slug.equals("unknown") ? 1
          : 1 + rnd.nextInt(12);
      long conv = 0;
      Map<String, Map<String, Long>> bySection = new TreeMap<>();
      for (String section : List.of("11357", "11358", "11359", "11360", "11364", "148")) {
        boolean p64 = SECTIONS.contains(section);
        Map<String, Long> o = new TreeMap<>();
        for (String outcome : OUTCOMES) {
          boolean possible = p64 || outcome.equals("NOT_ELIGIBLE");
          long n = possible ? rnd.nextInt(scale * 3 + 1) : 0;
          if (n > 0) {
            o.put(outcome, n);
          }
        }
        if (!o.isEmpty()) {
          bySection.put(section, o);
          long n = o.values().stream().mapToLong(Long::longValue).sum();
          if (p64) {
            prop64.computeIfAbsent(slug, k -> new TreeMap<>()).put(section, n);
          }
          conv += n;
          determinations += n;
          o.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
        }
      }
      conv += rnd.nextInt(scale * 20 + 1);
      convictions.put(slug, conv);
      totalConvictions += conv;
      legal.put(slug, bySection);
      Map<String, Long> p = new TreeMap<>();
      bySection.values().forEach(o -> o.forEach((k, v) -> {
        String vs = k.equals("NEEDS_REVIEW") ? "REVIEW" : "SAME";
        String po = switch (k) {
          case "DISMISS_AND_SEAL" -> "DISMISSAL";
          case "NEEDS_REVIEW" -> "HAND_REVIEW";
          case "NOT_ELIGIBLE" -> "NOT_ELIGIBLE";
          default -> "REDUCTION";
        };
        if (slug.equals("los-angeles") && po.equals("REDUCTION")) {
          po = "DISMISSAL";
          vs = "MORE_RELIEF";
        }
        p.merge(po + "/" + vs, v, Long::sum);
      }));
      policy.put(slug, p);
    }
    s.put("convictions", totalConvictions);
    s.put("convictions_by_county", convictions);
    s.put("prop64_convictions_by_county_section", prop64);
    s.put("determinations", determinations);
    s.put("legal_outcomes", outcomes);
    s.put("legal_outcomes_by_county_section", legal);
    s.put("policy_outcomes_by_county", policy);
    Map<String, Object> impact = new LinkedHashMap<>();
    impact.put("people_with_prop64_conviction", 4957L);
    impact.put("people_with_felony", 3632L);
    impact.put("people_left_with_no_felony", 1089L);
    impact.put("people_with_conviction", 5000L);
    impact.put("people_left_with_no_conviction", 187L);
    impact.put("basis", "statutory outcomes; NEEDS_REVIEW counted as not granted");
    s.put("impact", impact);
    return s;
  }

  private static Map<String, Object> file(String name, int ordinal, long read, long fieldCount,
      long quote, long noKey, Random rnd) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("file", name);
    f.put("ordinal", ordinal);
    f.put("bytes", read * 375 + rnd.nextInt(1000));
    f.put("sha256", ordinal == 0
        ? "b689849ec829964b09fd19c8415e6d3a900b793ab765c52804366244b9d9fb2e"
        : "4f2a0c1d9e8b7a6f5e4d3c2b1a09f8e7d6c5b4a3928170f6e5d4c3b2a1908f7e");
    f.put("skipped_duplicate_of", null);
    f.put("empty", false);
    f.put("header_present", ordinal == 0);
    f.put("header_mismatch", null);
    f.put("bom_removed", false);
    f.put("line_ends", "LF");
    f.put("lines", read + (ordinal == 0 ? 1 : 0));
    f.put("blank_lines", 0L);
    long q = fieldCount + quote + noKey;
    f.put("records_read", read);
    f.put("records_valid", read - q);
    f.put("records_quarantined", q);
    Map<String, Long> reasons = new TreeMap<>();
    if (fieldCount > 0) {
      reasons.put("FIELD_COUNT", fieldCount);
    }
    if (quote > 0) {
      reasons.put("MALFORMED_QUOTE", quote);
    }
    if (noKey > 0) {
      reasons.put("NO_PERSON_KEY", noKey);
    }
    f.put("quarantined_by_reason", reasons);
    Map<String, Long> warnings = new TreeMap<>();
    warnings.put("DATE_INVALID", 20L + ordinal * 21);
    warnings.put("DATE_PARTIAL", 2000L + ordinal * 1471);
    warnings.put("LITERAL_NULL", 1300L + ordinal * 1001);
    f.put("warnings_by_code", warnings);
    f.put("reject_threshold", 100L);
    f.put("balanced", true);
    return f;
  }

  static Map<String, Object> manifest() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", RUN_ID);
    m.put("as_of_date", AS_OF);
    List<Map<String, Object>> inputs = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> files = (List<Map<String, Object>>) summary().get("files");
    for (Map<String, Object> f : files) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("path", f.get("file"));
      i.put("bytes", f.get("bytes"));
      i.put("sha256", f.get("sha256"));
      i.put("records", f.get("records_read"));
      i.put("skipped_duplicate_of", null);
      inputs.add(i);
    }
    m.put("inputs", inputs);
    m.put("config_hash", "982110fd6d6edf7dba3cc4386e5b8fba2360d3d8a4e88221b4d2472b3ef609ba");
    Map<String, String> policies = new TreeMap<>();
    policies.put("*", "statewide");
    policies.put("los-angeles", "los-angeles");
    m.put("policies", policies);
    m.put("code_version", "d7a8499");
    m.put("spark_version", "4.2.0");
    m.put("spark_master", "local[*]");
    m.put("started_at", "2026-06-30T02:57:24.786Z");
    m.put("finished_at", "2026-06-30T02:58:59.167Z");
    Map<String, Long> stages = new LinkedHashMap<>();
    stages.put("load-policies", 57L);
    stages.put("list-inputs", 312L);
    stages.put("plan", 0L);
    stages.put("read-validate", 24_083L);
    stages.put("write-quarantine", 4_626L);
    stages.put("write-convictions", 28_073L);
    stages.put("write-determinations", 7_184L);
    stages.put("write-exports", 18_667L);
    stages.put("write-persons", 1_184L);
    stages.put("summarize", 4_226L);
    m.put("stage_millis", stages);
    return m;
  }

  /** A large county's figures, shaped like Los Angeles in the bundled sample. */
  static CountyFigures losAngeles() {
    Map<String, Map<String, Long>> bySection = new TreeMap<>();
    bySection.put("11357", counts(298, 0, 92, 89, 222));
    bySection.put("11358", counts(0, 169, 0, 14, 65));
    bySection.put("11359", counts(0, 235, 1, 9, 84));
    bySection.put("11360", counts(29, 178, 11, 26, 78));
    bySection.put("11364", counts(0, 0, 0, 0, 42));
    bySection.put("148", counts(0, 0, 0, 0, 30));
    bySection.put("4060", counts(0, 0, 0, 0, 20));
    bySection.put("UNPARSED", counts(0, 0, 0, 0, 3));
    Map<String, Map<String, Long>> byDecade = new TreeMap<>();
    byDecade.put("1970s", counts(24, 43, 6, 20, 32));
    byDecade.put("1980s", counts(56, 98, 25, 26, 88));
    byDecade.put("1990s", counts(81, 160, 40, 29, 107));
    byDecade.put("2000s", counts(89, 158, 26, 29, 89));
    byDecade.put("2010s", counts(77, 123, 7, 34, 110));
    byDecade.put("2020s", counts(0, 0, 0, 0, 116));
    byDecade.put("unknown", counts(0, 0, 0, 0, 2));
    Map<String, Long> flags = new TreeMap<>();
    String[] names = {"SUBDIVISION_UNMAPPED", "JUVENILE", "IMPORT_INDICATOR", "PRE_1976",
        "LATER_DISQUALIFIER", "PLANTS_UNKNOWN", "REGISTRATION_ONLY", "AGE_UNKNOWN",
        "COUNTY_POLICY_CANDIDATE", "CODE_LABEL_MISMATCH", "DECEASED", "ATTEMPT"};
    long[] n = {53, 21, 15, 13, 12, 10, 9, 8, 6, 4, 4, 2};
    for (int i = 0; i < names.length; i++) {
      flags.put(names[i], n[i]);
    }
    Map<String, Long> policyOutcomes = new TreeMap<>(Map.of("CITY_ATTORNEY_REVIEW", 876L,
        "DISMISSAL", 560L, "HAND_REVIEW", 88L, "NOT_ELIGIBLE", 39L, "REDUCTION", 37L));
    Map<String, Long> vs = new TreeMap<>(Map.of("MORE_RELIEF", 542L, "NOT_COMPARABLE", 876L,
        "REVIEW", 88L, "SAME", 94L));
    return new CountyFigures("Los Angeles", "los-angeles", bySection, byDecade, 1218, 1584, 46,
        1207, 312, 138, flags, "los-angeles", policyOutcomes, vs,
        List.of("determinations.csv", "gogen/Prop64_Results.csv", "gogen/gogen.json"), RUN_ID,
        AS_OF);
  }

  static Map<String, Long> counts(long dismiss, long misd, long inf, long review, long no) {
    Map<String, Long> m = new LinkedHashMap<>();
    long[] v = {dismiss, misd, inf, review, no};
    for (int i = 0; i < v.length; i++) {
      if (v[i] > 0) {
        m.put(OUTCOMES.get(i), v[i]);
      }
    }
    return m;
  }
}
