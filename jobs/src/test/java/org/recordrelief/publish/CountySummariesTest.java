package org.recordrelief.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.doj.Counties;
import org.recordrelief.generate.Generator;
import org.recordrelief.generate.GeneratorSettings;
import org.recordrelief.job.PipelineJob;
import org.recordrelief.job.RunRequest;
import org.recordrelief.job.RunResult;
import org.recordrelief.publish.report.CountyFigures;
import org.recordrelief.testing.DojLine;
import org.recordrelief.testing.SharedSpark;

/**
 * The county figures computed with Spark aggregations over a pipeline run's output agree with
 * {@code summary.json} and with a row-by-row recount on the driver (affordable only on a test's
 * few hundred people); a hand-made history pins down the "left with no felony / no conviction"
 * definition; {@link CountySummaries#writeAll} writes the run report and every county's page.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountySummariesTest {
  private SparkSession spark;
  private Path out;
  private RunResult result;
  private Map<String, CountyFigures> figures;

  @BeforeAll
  void generateAndRun(SparkSession spark, @TempDir Path tmp) {
    this.spark = spark;
    Path gen = tmp.resolve("gen");
    out = tmp.resolve("out");
    GeneratorSettings s = GeneratorSettings.defaults().withOverrides(Map.of(
        "people", 150, "seed", 64L, "rowsPerFile", 3000, "identity.enabled", false));
    Generator.generate(s, gen, SharedSpark.testSettings().statutory());
    result = PipelineJob.run(spark, SharedSpark.testSettings(), new RunRequest(
        List.of(gen.resolve("doj").toString()), out.toString(), s.extractDate(), null));
    figures = CountySummaries.compute(spark, out.resolve("determinations").toString(),
        out.resolve("persons").toString());
  }

  @Test
  void everyCountyHasFiguresAndTheOutcomesAgreeWithTheSummary() {
    for (Counties.County c : Counties.ALL) {
      assertTrue(figures.containsKey(c.slug()), "no figures for " + c.slug());
    }
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Map<String, Object>>> bySection =
        (Map<String, Map<String, Map<String, Object>>>)
            result.summary().get("legal_outcomes_by_county_section");
    long total = 0;
    long review = 0;
    for (CountyFigures f : figures.values()) {
      Map<String, Map<String, Long>> expected = new TreeMap<>();
      bySection.getOrDefault(f.slug(), Map.of()).forEach((section, outs) -> {
        Map<String, Long> m = new TreeMap<>();
        outs.forEach((o, n) -> m.put(o, ((Number) n).longValue()));
        expected.put(section, m);
      });
      assertEquals(expected, f.outcomesBySection(), "outcomes by section of " + f.slug());
      // the decades split the same counts
      Map<String, Long> bySectionTotals = new TreeMap<>();
      f.outcomesBySection().values().forEach(m -> m.forEach((k, v) ->
          bySectionTotals.merge(k, v, Long::sum)));
      Map<String, Long> byDecadeTotals = new TreeMap<>();
      f.outcomesByDecade().forEach((d, m) -> {
        assertTrue(d.matches("(19|20)\\d0s|unknown"), "decade label " + d);
        m.forEach((k, v) -> byDecadeTotals.merge(k, v, Long::sum));
      });
      assertEquals(bySectionTotals, byDecadeTotals, "decades of " + f.slug());
      assertEquals(bySectionTotals.getOrDefault("NEEDS_REVIEW", 0L), f.needsReview());
      assertEquals(result.runId(), f.runId());
      assertEquals("2026-06-30", f.asOf());
      total += f.determinations();
      review += f.needsReview();
    }
    assertEquals(((Number) result.summary().get("determinations")).longValue(), total);
    @SuppressWarnings("unchecked")
    Map<String, Object> legal = (Map<String, Object>) result.summary().get("legal_outcomes");
    assertEquals(((Number) legal.getOrDefault("NEEDS_REVIEW", 0)).longValue(), review);
    assertTrue(total > 100, "the generated run decides enough counts to mean something");
  }

  @Test
  void figuresEqualARowByRowRecount() {
    Map<String, long[]> impact = new HashMap<>();
    for (Row p : spark.read().parquet(out.resolve("persons").toString()).collectAsList()) {
      int conv = p.getAs("conviction_count");
      int left = p.getAs("convictions_after_relief");
      int fel = p.getAs("felony_conviction_count");
      int felLeft = p.getAs("felony_convictions_after_relief");
      for (Object slug : new java.util.TreeSet<>(p.<Object>getList(p.fieldIndex("counties")))) {
        long[] a = impact.computeIfAbsent((String) slug, k -> new long[4]);
        a[0] += conv > 0 ? 1 : 0;
        a[1] += conv > 0 && left == 0 ? 1 : 0;
        a[2] += fel > 0 ? 1 : 0;
        a[3] += fel > 0 && felLeft == 0 ? 1 : 0;
      }
    }
    Map<String, Map<String, Long>> flags = new HashMap<>();
    Map<String, java.util.Set<String>> people = new HashMap<>();
    Map<String, String> policy = new HashMap<>();
    for (Row d : spark.read().parquet(out.resolve("determinations").toString())
        .collectAsList()) {
      String slug = d.getAs("county_slug");
      people.computeIfAbsent(slug, k -> new java.util.HashSet<>()).add(d.getAs("person_id"));
      if (d.getAs("policy_id") != null) {
        policy.put(slug, d.getAs("policy_id"));
      }
      if ("NEEDS_REVIEW".equals(d.getAs("legal_outcome"))) {
        for (Object flag : d.getList(d.fieldIndex("flags"))) {
          flags.computeIfAbsent(slug, k -> new TreeMap<>()).merge((String) flag, 1L, Long::sum);
        }
      }
    }
    long anyLeftWithNoFelony = 0;
    for (CountyFigures f : figures.values()) {
      long[] a = impact.getOrDefault(f.slug(), new long[4]);
      assertEquals(a[0], f.peopleWithConviction(), "people with conviction in " + f.slug());
      assertEquals(a[1], f.peopleLeftWithNoConviction(), "left with no conviction, " + f.slug());
      assertEquals(a[2], f.peopleWithFelony(), "people with felony, " + f.slug());
      assertEquals(a[3], f.peopleLeftWithNoFelony(), "left with no felony, " + f.slug());
      assertEquals(flags.getOrDefault(f.slug(), Map.of()), f.reviewFlags(), "flags " + f.slug());
      assertEquals(people.getOrDefault(f.slug(), java.util.Set.of()).size(), f.people());
      assertEquals(policy.get(f.slug()), f.policyId(), "policy of " + f.slug());
      anyLeftWithNoFelony += f.peopleLeftWithNoFelony();
    }
    assertTrue(anyLeftWithNoFelony > 0, "the generated data exercises the impact figures");
  }

  @Test
  void writeAllWritesTheReportAndEveryCountyPage(@TempDir Path tmp) throws IOException {
    // a fresh staged output holding a copy of the run, as the pipeline has it before publishing
    Path target = tmp.resolve("published");
    StagedOutput staged = StagedOutput.create(target.toString(), result.runId(),
        spark.sparkContext().hadoopConfiguration());
    Path staging = Path.of(staged.staging().toUri());
    copyTree(out, staging);
    Files.deleteIfExists(staging.resolve("_SUCCESS"));
    Map<String, Object> summary = Json.read(Files.readString(out.resolve("summary.json")));
    Map<String, Object> manifest = Json.read(Files.readString(out.resolve("manifest.json")));

    CountySummaries.writeAll(spark, staged, summary, manifest);
    staged.publish();

    String report = Files.readString(target.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(report.contains("<title>Prop 64 relief run report – " + result.runId()));
    assertTrue(report.contains("<a href=\"exports/los-angeles/summary.html\">Los Angeles</a>"));
    for (Counties.County c : Counties.ALL) {
      Path page = target.resolve("exports/" + c.slug() + "/summary.html");
      assertTrue(Files.isRegularFile(page), "no page for " + c.slug());
      assertTrue(Files.isRegularFile(target.resolve("exports/" + c.slug()
          + "/determinations.csv")));
    }
    assertEquals(Files.isRegularFile(out.resolve("exports/unknown/determinations.csv")),
        Files.isRegularFile(target.resolve("exports/unknown/summary.html")),
        "an unknown-county page exactly when there is an unknown-county export");
    String la = Files.readString(target.resolve("exports/los-angeles/summary.html"));
    assertTrue(la.contains("<h1>Los Angeles County – Prop 64 relief summary</h1>"));
    assertTrue(la.contains("<a href=\"determinations.csv\">determinations.csv</a>"));
    assertFalse(la.contains("summary.html\">"), "the page does not link to itself");
    assertTrue(la.contains("follow policy <code>los-angeles</code>"));
    CountyFigures f = figures.get("los-angeles");
    assertTrue(la.contains("<strong>" + String.format(java.util.Locale.US, "%,d",
        f.needsReview()) + "</strong> count"), "review count on the page");
    String alpine = Files.readString(target.resolve("exports/alpine/summary.html"));
    assertTrue(alpine.contains("<h1>Alpine County"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  /**
   * The definition on the page, on a hand-made history (as-of 2025-01-01): 100 has one HS 11359
   * felony in Los Angeles (reduced: left with no felony, still a conviction); 200 has the same in
   * Los Angeles and a burglary felony in San Joaquin (a felony remains: counted in both counties,
   * left with no felony in neither); 300 has one HS 11357(b) infraction in Los Angeles
   * (dismissed and sealed: left with no conviction).
   */
  @Test
  void leftWithNoFelonyCountsTheWholeStatewideRecord(@TempDir Path tmp) throws IOException {
    DojLine a = DojLine.conviction("100", "101002001000", "11359 HS-POSSESS MARIJUANA FOR SALE");
    DojLine b1 = DojLine.conviction("200", "101002001000", "11359 HS-POSSESS MARIJUANA FOR SALE");
    DojLine b2 = DojLine.conviction("200", "102002001000", "459 PC-BURGLARY")
        .set("STP_ORI_CNTY_NAME", "SAN JOAQUIN").set("CYC_DATE", "20120101")
        .set("STP_EVENT_DATE", "20120301");
    DojLine c = DojLine.conviction("300", "101002001000",
            "11357(B) HS-POSSESS 28.5 GRAMS OR LESS MARIJUANA")
        .set("CONV_STAT_DESCR", "INFRACTION");
    Path f = tmp.resolve("extract.csv");
    Files.writeString(f, DojLine.file(DojLine.header(), a.csv(), b1.csv(), b2.csv(), c.csv()));
    Path o = tmp.resolve("out");
    PipelineJob.run(spark, SharedSpark.testSettings(), new RunRequest(
        List.of(f.toString()), o.toString(), LocalDate.of(2025, 1, 1), null));

    Map<String, CountyFigures> fig = CountySummaries.compute(spark,
        o.resolve("determinations").toString(), o.resolve("persons").toString());
    CountyFigures la = fig.get("los-angeles");
    assertEquals(Map.of("11357", Map.of("DISMISS_AND_SEAL", 1L),
        "11359", Map.of("REDUCE_TO_MISDEMEANOR", 2L)), la.outcomesBySection());
    assertEquals(Map.of("2010s", Map.of("DISMISS_AND_SEAL", 1L, "REDUCE_TO_MISDEMEANOR", 2L)),
        la.outcomesByDecade());
    assertEquals(3, la.people());
    assertEquals(3, la.peopleWithConviction());
    assertEquals(1, la.peopleLeftWithNoConviction(), "300");
    assertEquals(2, la.peopleWithFelony(), "100 and 200");
    assertEquals(1, la.peopleLeftWithNoFelony(), "100");
    CountyFigures sj = fig.get("san-joaquin");
    assertEquals(1, sj.peopleWithConviction(), "200");
    assertEquals(1, sj.peopleWithFelony());
    assertEquals(0, sj.peopleLeftWithNoFelony());
    assertEquals(0, sj.determinations(), "a burglary is not a relevant count");
    CountyFigures alpine = fig.get("alpine");
    assertNotNull(alpine);
    assertEquals(CountyFigures.empty("Alpine", "alpine").withRun(la.runId(), la.asOf()), alpine
        .withFiles(List.of()));
  }
}
