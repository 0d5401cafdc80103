package org.recordrelief.publish;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recordrelief.testing.DojHistory.Agency.police;
import static org.recordrelief.testing.DojHistory.Agency.superiorCourt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.doj.Counties;
import org.recordrelief.testing.DojHistory;
import org.recordrelief.testing.DojHistory.Cycle;
import org.recordrelief.testing.DojHistory.Subject;
import org.recordrelief.testing.DojLine;
import org.recordrelief.testing.SharedSpark;

/**
 * The county packages on a small hand-written run in four counties: Alameda (statewide baseline
 * policy) with a three-count case — a dismissal, a reduction and a count to review — plus a
 * burglary without a determination, and a later case that is not eligible; Sacramento, whose
 * policy dismisses what the statute reduces; Los Angeles, whose DA refers an infraction to the
 * City Attorney; Fresno, a person still serving (resentencing track).
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyPackagesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  private Path out;

  @BeforeAll
  void run(SparkSession spark, @TempDir Path tmp) throws IOException {
    List<Subject> subjects = new ArrayList<>();
    // Four unrelated people, so their CIIs are not one keying error apart (neighbouring CIIs
    // with one surname are an identity question: CII_ONE_KEYING_ERROR).
    // Alameda (statewide baseline policy): one case with a dismissal, a reduction, a count to
    // review and a burglary (no determination); a later case not eligible.
    Subject a = DojHistory.subject("S100", "A100000100", "TESTPERSON,ALPHA", "M", "19800101");
    Cycle c1 = a.cycle("20120310");
    c1.arrest("20120310", police("ALAMEDA")).count("11359 HS-POSSESS MARIJUANA FOR SALE", "F");
    var court1 = c1.court("20120401", superiorCourt("ALAMEDA")).ofn("AL1200100");
    court1.count("11357(B) HS-POSSESS 28.5 GRAMS OR LESS MARIJUANA", "I").convicted("INFRACTION")
        .fine();
    court1.count("11359 HS-POSSESS MARIJUANA FOR SALE", "F").convicted("FELONY")
        .sentence("JAIL", 90, "D").sentence("PROBATION", 36, "M");
    court1.count("11360(A) HS-IMPORT MARIJUANA INTO STATE", "F").convicted("FELONY")
        .sentence("JAIL", 90, "D").sentence("PROBATION", 36, "M");
    court1.count("459 PC-BURGLARY", "F").convicted("FELONY").sentence("PROBATION", 36, "M");
    Cycle c2 = a.cycle("20170115");
    c2.court("20170301", superiorCourt("ALAMEDA")).ofn("AL1700200")
        .count("11357(B) HS-POSSESS MORE THAN 28.5 GRAMS MARIJUANA", "M")
        .convicted("MISDEMEANOR").sentence("PROBATION", 12, "M");
    subjects.add(a);
    // Sacramento: only conviction, sentence completed: the DA dismisses what the statute reduces.
    Subject s = DojHistory.subject("S200", "A200000200", "TESTPERSON,BETA", "F", "19830101");
    Cycle c3 = s.cycle("20111111");
    c3.court("20111201", superiorCourt("SACRAMENTO")).ofn("SA1100300")
        .count("11359 HS-POSSESS MARIJUANA FOR SALE", "F").convicted("FELONY")
        .sentence("JAIL", 90, "D").sentence("PROBATION", 36, "M");
    subjects.add(s);
    // Los Angeles: an infraction the statute dismisses and the DA refers to the City Attorney.
    Subject l = DojHistory.subject("S300", "A300000300", "TESTPERSON,GAMMA", "M", "19700101");
    Cycle c4 = l.cycle("20100505");
    c4.court("20100601", superiorCourt("LOS ANGELES")).ofn("LA1000400")
        .count("11357(B) HS-POSSESS 28.5 GRAMS OR LESS MARIJUANA", "I").convicted("INFRACTION")
        .fine();
    subjects.add(l);
    // Fresno: still serving (long prison term): resentencing track.
    Subject f = DojHistory.subject("S400", "A400000400", "TESTPERSON,DELTA", "F", "19850101");
    Cycle c5 = f.cycle("20160101");
    c5.court("20160601", superiorCourt("FRESNO")).ofn("FR1600500")
        .count("11360(A) HS-SELL/TRANSPORT MARIJUANA", "F").convicted("FELONY")
        .sentence("PRISON", 12, "Y");
    subjects.add(f);

    StringBuilder text = new StringBuilder(DojLine.header()).append('\n');
    for (Subject x : subjects) {
      for (DojLine line : x.lines()) {
        text.append(line.csv()).append('\n');
      }
    }
    Path in = tmp.resolve("extract.csv");
    Files.writeString(in, text, StandardCharsets.UTF_8);
    out = PackagedRun.run(spark, List.of(in.toString()), tmp.resolve("out"), AS_OF);
  }

  private List<Map<String, String>> rows(String slug, String file) {
    return PackagedRun.read(out.resolve("exports/" + slug + "/" + file)).rows();
  }

  /** The named columns of a row, in the order given. */
  private static Map<String, String> pick(Map<String, String> row, String... columns) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String c : columns) {
      assertTrue(row.containsKey(c), "no column " + c);
      m.put(c, row.get(c));
    }
    return m;
  }

  private static Map<String, String> expect(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static final String[] CASE_COLUMNS = {
    "county", "person_id", "subject_id", "cii_number", "case_key", "case_number",
    "conviction_dates", "conviction_dates_raw", "case_status", "counts_total", "relief_count",
    "review_count", "not_eligible_count", "relief_sought", "relief_counts", "tracks",
    "statutory_relief_counts", "less_relief_counts", "review_counts", "all_counts", "flags",
    "policy_ids"};

  @Test
  void multiCountCaseListsItsReliefItsReviewAndItsTrack() {
    List<Map<String, String>> cases = rows("alameda", CountyPackages.CASES);
    assertEquals(2, cases.size(), "two court cases; the burglary has no determination");
    assertEquals(expect(
        "county", "ALAMEDA", "person_id", "S100", "subject_id", "S100",
        "cii_number", "A100000100", "case_key", "101002", "case_number", "AL1200100",
        "conviction_dates", "2012-04-01", "conviction_dates_raw", "20120401",
        "case_status", "PENDING_REVIEW", "counts_total", "3", "relief_count", "2",
        "review_count", "1", "not_eligible_count", "0",
        "relief_sought", "Dismiss and seal HS 11357(B) (count 101002001000); "
            + "Redesignate HS 11359 as misdemeanor (count 101002002000)",
        "relief_counts", "101002001000:HS 11357(B):DISMISSAL;101002002000:HS 11359:REDUCTION",
        "tracks", "REDESIGNATE_11361_8_E_H",
        "statutory_relief_counts",
        "101002001000:HS 11357(B):DISMISS_AND_SEAL;101002002000:HS 11359:REDUCE_TO_MISDEMEANOR",
        "less_relief_counts", "",
        "review_counts", "101002003000:HS 11360(A):NEEDS_REVIEW",
        "all_counts", "101002001000:HS 11357(B):DISMISS_AND_SEAL:DISMISSAL;"
            + "101002002000:HS 11359:REDUCE_TO_MISDEMEANOR:REDUCTION;"
            + "101002003000:HS 11360(A):NEEDS_REVIEW:HAND_REVIEW",
        "flags", "COUNTY_POLICY_CANDIDATE;IMPORT_INDICATOR",
        "policy_ids", "statewide"), pick(cases.get(0), CASE_COLUMNS));
    assertEquals(expect(
        "case_key", "102001", "case_number", "AL1700200", "case_status", "NO_RELIEF",
        "counts_total", "1", "relief_count", "0", "review_count", "0", "not_eligible_count", "1",
        "relief_sought", "", "relief_counts", "", "tracks", "", "statutory_relief_counts", "",
        "all_counts", "102001001000:HS 11357(B):NOT_ELIGIBLE:NOT_ELIGIBLE"),
        pick(cases.get(1), "case_key", "case_number", "case_status", "counts_total",
            "relief_count", "review_count", "not_eligible_count", "relief_sought",
            "relief_counts", "tracks", "statutory_relief_counts", "all_counts"));
    assertEquals("2025-01-01", cases.get(0).get("as_of_date"));
  }

  @Test
  void countyPolicyDescribesWhatTheOfficeSeeksNextToTheStatute() {
    List<Map<String, String>> sacramento = rows("sacramento", CountyPackages.CASES);
    assertEquals(1, sacramento.size());
    assertEquals(expect(
        "case_status", "READY_TO_FILE",
        "relief_sought",
        "Dismiss and seal HS 11359 (count 101001001000, statute: reduce to misdemeanor)",
        "relief_counts", "101001001000:HS 11359:DISMISSAL",
        "statutory_relief_counts", "101001001000:HS 11359:REDUCE_TO_MISDEMEANOR",
        "policy_ids", "sacramento"),
        pick(sacramento.get(0), "case_status", "relief_sought", "relief_counts",
            "statutory_relief_counts", "policy_ids"));

    List<Map<String, String>> fresno = rows("fresno", CountyPackages.CASES);
    assertEquals(expect(
        "case_status", "READY_TO_FILE",
        "relief_sought", "Resentence HS 11360(A) as misdemeanor (count 101001001000)",
        "tracks", "RESENTENCE_11361_8_A_D", "flags", "RISK_REVIEW"),
        pick(fresno.get(0), "case_status", "relief_sought", "tracks", "flags"));

    List<Map<String, String>> la = rows("los-angeles", CountyPackages.CASES);
    assertEquals(expect(
        "case_status", "PENDING_REVIEW", "relief_count", "0", "review_count", "1",
        "relief_sought", "",
        "statutory_relief_counts", "101001001000:HS 11357(B):DISMISS_AND_SEAL",
        "review_counts", "101001001000:HS 11357(B):CITY_ATTORNEY_REVIEW"),
        pick(la.get(0), "case_status", "relief_count", "review_count", "relief_sought",
            "statutory_relief_counts", "review_counts"));
  }

  @Test
  void reviewQueueHoldsEveryCountToReviewWithItsEvidence() {
    List<Map<String, String>> alameda = rows("alameda", CountyPackages.REVIEW_QUEUE);
    assertEquals(1, alameda.size());
    Map<String, String> r = alameda.get(0);
    assertEquals(expect(
        "county", "ALAMEDA", "person_id", "S100", "subject_id", "S100", "case_key", "101002",
        "case_number", "AL1200100", "count_order", "101002003000", "review_source",
        "STATUTE;POLICY", "code_section_raw", "11360(A) HS-IMPORT MARIJUANA INTO STATE",
        "code_section", "HS 11360(A)", "level", "F", "offense_date", "2012-03-10",
        "offense_date_raw", "20120310", "conviction_date", "2012-04-01",
        "conviction_date_raw", "20120401", "age_tier", "21_PLUS", "flags", "IMPORT_INDICATOR",
        "legal_outcome", "NEEDS_REVIEW", "candidate_outcome", "REDUCE_TO_MISDEMEANOR",
        "legal_rule_id", "A-6", "legal_rule_ids", "A-6;A-2;X-3", "policy_outcome", "HAND_REVIEW",
        "policy_reason", "Statute: needs review", "issues", "SENTENCE_COMBINATION_ASSUMED"),
        pick(r, "county", "person_id", "subject_id", "case_key", "case_number", "count_order",
            "review_source", "code_section_raw", "code_section", "level", "offense_date",
            "offense_date_raw", "conviction_date", "conviction_date_raw", "age_tier", "flags",
            "legal_outcome", "candidate_outcome", "legal_rule_id", "legal_rule_ids",
            "policy_outcome", "policy_reason", "issues"));
    assertTrue(r.get("reason").startsWith("HS 11360(A), age 21 or older at the offense: needs "
        + "review because the record indicates import or export"), r.get("reason"));

    List<Map<String, String>> la = rows("los-angeles", CountyPackages.REVIEW_QUEUE);
    assertEquals(expect(
        "review_source", "POLICY", "legal_outcome", "DISMISS_AND_SEAL",
        "policy_outcome", "CITY_ATTORNEY_REVIEW",
        "policy_reason", "Misdemeanor or Infraction: referred to the City Attorney"),
        pick(la.get(0), "review_source", "legal_outcome", "policy_outcome", "policy_reason"));
    assertEquals(List.of(), rows("sacramento", CountyPackages.REVIEW_QUEUE));
    assertEquals(List.of(), rows("fresno", CountyPackages.REVIEW_QUEUE));
  }

  @Test
  void everyCountyHasBothFilesWithTheSameHeader() throws IOException {
    Map<String, List<String>> headers = new HashMap<>();
    for (Counties.County c : Counties.ALL) {
      for (String f : List.of(CountyPackages.CASES, CountyPackages.REVIEW_QUEUE)) {
        Path file = out.resolve("exports/" + c.slug() + "/" + f);
        List<String> header = PackagedRun.read(file).header();
        assertEquals(headers.computeIfAbsent(f, k -> header), header, file.toString());
      }
    }
    assertEquals("run_id,as_of_date,county,person_id,subject_id,cii_number,identity_status,"
        + "case_key,case_number,conviction_dates,conviction_dates_raw,case_status,counts_total,"
        + "relief_count,review_count,not_eligible_count,relief_sought,relief_counts,tracks,"
        + "statutory_relief_counts,less_relief_counts,review_counts,all_counts,flags,policy_ids\n",
        Files.readString(out.resolve("exports/alpine/cases.csv")), "header only");
    assertFalse(Files.exists(out.resolve("exports/" + Counties.UNKNOWN_SLUG)),
        "no unknown county in this run");
    try (var s = Files.list(out)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("_exports_tmp")));
    }
  }

  /** Policy outcomes the shipped policies do not produce here, and invalid CNT_ORDERs. */
  @Test
  void lessReliefAndCountsWithoutACase(SparkSession spark) {
    Dataset<Row> dets = spark.read().parquet(out.resolve("determinations").toString());
    Row less = CountyPackages.cases(dets.where("person_id = 'S200'")
            .withColumn("policy_outcome", lit("NOT_ELIGIBLE"))
            .withColumn("policy_vs_baseline", lit("LESS_RELIEF")))
        .collectAsList().get(0);
    assertEquals(CountyPackages.NO_RELIEF, less.getAs("case_status"));
    assertEquals(1L, (long) less.getAs("not_eligible_count"));
    assertEquals("101001001000:HS 11359:REDUCE_TO_MISDEMEANOR:NOT_ELIGIBLE",
        less.getAs("less_relief_counts"));
    assertEquals("101001001000:HS 11359:REDUCE_TO_MISDEMEANOR",
        less.getAs("statutory_relief_counts"));

    Row none = CountyPackages.cases(dets.where("person_id = 'S400'")
            .withColumn("policy_outcome", lit("NONE")))
        .collectAsList().get(0);
    assertEquals("Resentence HS 11360(A) as misdemeanor (count 101001001000)",
        none.getAs("relief_sought"), "no policy decision: the statute decides");

    List<Row> split = CountyPackages.cases(dets.where("person_id = 'S100'")
            .withColumn("case_key", lit(null).cast("string")))
        .orderBy("all_counts").collectAsList();
    assertEquals(4, split.size(), "a count without a case key is a case of its own");
    for (Row r : split) {
      assertNull(r.getAs("case_key"));
      assertEquals(1L, (long) r.getAs("counts_total"));
    }
  }
}
