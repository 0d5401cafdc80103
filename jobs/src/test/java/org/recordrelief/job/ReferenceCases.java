package org.recordrelief.job;

import static org.recordrelief.testing.DojHistory.Agency.coroner;
import static org.recordrelief.testing.DojHistory.Agency.juvenileCourt;
import static org.recordrelief.testing.DojHistory.Agency.police;
import static org.recordrelief.testing.DojHistory.Agency.sheriff;
import static org.recordrelief.testing.DojHistory.Agency.superiorCourt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.recordrelief.doj.Counties;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.testing.DojHistory;
import org.recordrelief.testing.DojHistory.Count;
import org.recordrelief.testing.DojHistory.Cycle;
import org.recordrelief.testing.DojHistory.Subject;
import org.recordrelief.testing.DojLine;

/**
 * The reference cases R01–R37 of {@code prop64-rules.md} §8 as DOJ-format histories, with the
 * supplementary facts they need and the outcome the spec expects. The source of the committed
 * fixture under {@code jobs/src/test/resources/reference-cases/} ({@link
 * ReferenceCasesFixtureTest} keeps the files in step with this class);
 * {@link ReferenceCasesEndToEndTest} runs the files through the pipeline.
 *
 * <p>Conventions of §8 as written here: one subject per case ({@code SUBJECT_ID = Rnn000001},
 * name {@code CASE,Rnn}; R30 is the same person and count as R29, evaluated on another date);
 * "where only one date is given it is both the offense (arrest) date and the conviction date", so
 * the cycle date, the arrest step and the court step carry it; a case whose offense date is unknown
 * (R08, R09, R33) has a court step only and no cycle date; a year-only date is written
 * {@code YYYY0000} (R09's conviction, R13/R14/R16/R22's priors, R16/R17's registrations, R31's
 * death), where the spec says any day of the year must give the same result; every count under
 * test has a sentence that ended before 2025-01-01 unless the case says otherwise.
 */
final class ReferenceCases {
  private ReferenceCases() {}

  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  static final LocalDate AS_OF_R29 = LocalDate.of(2017, 6, 1);

  static final String REDESIGNATE = "REDESIGNATE_11361_8_E_H";
  static final String RESENTENCE = "RESENTENCE_11361_8_A_D";

  /** The fixture files' contents. */
  record Files(String dojExtract, String facts, String expected) {}

  /** One expected determination (one row of {@code expected.csv}). */
  static final class Expected {
    final String caseId;
    final Count count;
    final String outcome;
    LocalDate asOf = AS_OF;
    String candidate = "";
    String track = "";
    final List<String> flags = new ArrayList<>();
    final List<String> absentFlags = new ArrayList<>();
    String rule = "";
    final List<String> otherRules = new ArrayList<>();
    final String note;

    Expected(String caseId, Count count, String outcome, String note) {
      this.caseId = caseId;
      this.count = count;
      this.outcome = outcome;
      this.note = note;
    }

    Expected candidate(String c) {
      candidate = c;
      return this;
    }

    Expected track(String t) {
      track = t;
      return this;
    }

    Expected flags(String... f) {
      flags.addAll(Arrays.asList(f));
      return this;
    }

    Expected absent(String... f) {
      absentFlags.addAll(Arrays.asList(f));
      return this;
    }

    /** The deciding rule (legal_rule_id) and further rules that must have fired. */
    Expected rule(String deciding, String... others) {
      rule = deciding;
      otherRules.addAll(Arrays.asList(others));
      return this;
    }

    Expected asOf(LocalDate d) {
      asOf = d;
      return this;
    }
  }

  private static final List<String> EXPECTED_HEADER = List.of(
      "case_id", "as_of_date", "subject_id", "count_order", "county_slug", "legal_outcome",
      "candidate_outcome", "track", "flags", "absent_flags", "legal_rule_id", "other_rule_ids",
      "note");

  /** One case: its subject, its expectations, its supplementary facts. */
  private static final class Builder {
    final List<Subject> subjects = new ArrayList<>();
    final List<Expected> expected = new ArrayList<>();
    final List<String[]> facts = new ArrayList<>();

    Subject person(String caseId, String dob) {
      int n = Integer.parseInt(caseId.substring(1));
      String nn = String.format("%02d", n);
      Subject s = DojHistory.subject(caseId + "000001", "A9" + nn + "04" + nn + "17",
          "CASE," + caseId, n % 2 == 0 ? "F" : "M", dob);
      subjects.add(s);
      return s;
    }

    Expected expect(String caseId, Count count, String outcome, String note) {
      Expected e = new Expected(caseId, count, outcome, note);
      expected.add(e);
      return e;
    }

    void facts(Count count, String concentrateGrams, String plantCount) {
      facts.add(new String[] {count.subjectId(), count.countOrder(), concentrateGrams, plantCount});
    }
  }

  /** A court step with a case number derived from the step date and {@code seq}. */
  private static DojHistory.Step court(Cycle c, String date, DojHistory.Agency court, String prefix,
      int seq) {
    String yy = date.length() >= 4 ? date.substring(2, 4) : "00";
    return c.court(date, court).ofn(String.format("%s%s%05d", prefix, yy, seq));
  }

  // Offense texts as DOJ writes them (<section> <code>-<description>).
  private static final String P11357A = "11357(A) HS-POSSESS CONCENTRATED CANNABIS";
  private static final String P11357B = "11357(B) HS-POSSESS 28.5 GRAMS OR LESS MARIJUANA";
  private static final String P11357C = "11357(C) HS-POSS MARIJUANA OVER 28.5 GRAMS";
  private static final String P11358 = "11358 HS-CULTIVATE MARIJUANA";
  private static final String P11359 = "11359 HS-POSSESS MARIJUANA FOR SALE";
  private static final String P11360A = "11360(A) HS-SELL/TRANSPORT MARIJUANA";
  private static final String P288A = "288(A) PC-LEWD OR LASCIVIOUS ACTS WITH CHILD UNDER 14";

  /** All cases. */
  static Files build() {
    Builder b = new Builder();

    // R01: DOB 1960-01-01; 11357(b) infraction, off 2012-03-10 / conv 2012-04-01, San Francisco.
    {
      Subject p = b.person("R01", "19600101");
      Cycle c = p.cycle("20120310");
      c.arrest("20120310", police("SAN FRANCISCO")).count(P11357B, "I");
      Count t = court(c, "20120401", superiorCourt("SAN FRANCISCO"), "CT", 101)
          .count(P11357B, "I").convicted("INFRACTION").fine();
      b.expect("R01", t, "DISMISS_AND_SEAL", "11357(b) infraction at 52: now lawful for 21+")
          .track(REDESIGNATE).rule("P-1");
    }
    // R02: DOB 1993-01-01; 11357(b) infraction, off 2012-05-01, Sacramento.
    {
      Subject p = b.person("R02", "19930101");
      Cycle c = p.cycle("20120501");
      c.arrest("20120501", police("SACRAMENTO")).count(P11357B, "I");
      Count t = court(c, "20120501", superiorCourt("SACRAMENTO"), "M", 202)
          .count(P11357B, "I").convicted("INFRACTION").fine();
      b.expect("R02", t, "NOT_ELIGIBLE", "11357(b) infraction at 19: already an infraction")
          .rule("P-3");
    }
    // R03: DOB 1980-01-01; 11357(a) concentrate felony, off 2010-02-02, quantity unknown.
    {
      Subject p = b.person("R03", "19800101");
      Cycle c = p.cycle("20100202");
      c.arrest("20100202", sheriff("SACRAMENTO")).count(P11357A, "F");
      Count t = court(c, "20100202", superiorCourt("SACRAMENTO"), "F", 303)
          .count(P11357A, "F").convicted("FELONY")
          .sentence("JAIL", 30, "D").sentence("PROBATION", 36, "M");
      b.expect("R03", t, "DISMISS_AND_SEAL", "11357(a) felony at 30, quantity unknown: presumed")
          .track(REDESIGNATE).flags("QTY_PRESUMED").rule("P-5");
    }
    // R04: as R03, fact: 20 g of concentrate.
    {
      Subject p = b.person("R04", "19800101");
      Cycle c = p.cycle("20100202");
      c.arrest("20100202", police("ALAMEDA")).count(P11357A, "F");
      Count t = court(c, "20100202", superiorCourt("ALAMEDA"), "H", 40404)
          .count(P11357A, "F").convicted("FELONY")
          .sentence("JAIL", 60, "D").sentence("PROBATION", 36, "M");
      b.facts(t, "20", "");
      b.expect("R04", t, "REDUCE_TO_MISDEMEANOR", "11357(a) felony, fact: 20 g concentrate")
          .track(REDESIGNATE).rule("P-6");
    }
    // R05: DOB 1965-01-01; 11357(c) misdemeanor, off 2005-04-04.
    {
      Subject p = b.person("R05", "19650101");
      Cycle c = p.cycle("20050404");
      c.arrest("20050404", police("LOS ANGELES")).count(P11357C, "M");
      Count t = court(c, "20050404", superiorCourt("LOS ANGELES"), "CA", 505)
          .count(P11357C, "M").convicted("MISDEMEANOR")
          .sentence("JAIL", 10, "D").sentence("PROBATION", 12, "M");
      b.expect("R05", t, "NOT_ELIGIBLE", "11357(c) misdemeanor at 40: still a misdemeanor")
          .flags("COUNTY_POLICY_CANDIDATE").rule("P-9");
    }
    // R06: DOB 1983-01-01; 11357(d) school grounds misdemeanor, off 2008-10-10.
    {
      Subject p = b.person("R06", "19830101");
      Cycle c = p.cycle("20081010");
      String school = "11357(D) HS-POSS MARIJUANA ON SCHOOL GROUNDS";
      c.arrest("20081010", police("SAN DIEGO")).count(school, "M");
      Count t = court(c, "20081010", superiorCourt("SAN DIEGO"), "M", 60606)
          .count(school, "M").convicted("MISDEMEANOR").sentence("PROBATION", 12, "M");
      b.expect("R06", t, "NEEDS_REVIEW",
              "11357(d) school grounds at 25: level unchanged (candidate per P-11 and §6)")
          .candidate("NOT_ELIGIBLE").rule("P-11");
    }
    // R07: DOB 1983-03-03; 11357(e) adjudication in juvenile court, off 1999-03-03 (age 16).
    {
      Subject p = b.person("R07", "19830303");
      Cycle c = p.cycle("19990303");
      String minor = "11357(E) HS-MINOR POSS MARIJUANA ON SCHOOL GROUNDS";
      c.arrest("19990303", sheriff("SACRAMENTO")).count(minor, "M");
      Count t = court(c, "19990303", juvenileCourt("SACRAMENTO"), "JV", 707)
          .count(minor, "M").convicted("MISDEMEANOR").sentence("PROBATION", 6, "M");
      b.expect("R07", t, "NEEDS_REVIEW", "11357(e) juvenile-court adjudication at 16")
          .candidate("REDUCE_TO_INFRACTION").flags("JUVENILE").rule("G7", "P-12");
    }
    // R08: DOB 1952-01-01; 11357 (no subdivision) felony, conv 1974-08-01 (offense date unknown).
    {
      Subject p = b.person("R08", "19520101");
      Count t = court(p.cycle(""), "19740801", superiorCourt("FRESNO"), "F", 8808)
          .count("11357 HS-POSSESS MARIJUANA", "F").convicted("FELONY")
          .sentence("PROBATION", 36, "M");
      b.expect("R08", t, "NEEDS_REVIEW", "11357 felony convicted 1974: pre-Moscone")
          .flags("PRE_1976").rule("G3");
    }
    // R09: DOB 1948-01-01; former HS 11530 possession, conv 1970 (year only).
    {
      Subject p = b.person("R09", "19480101");
      Count t = court(p.cycle(""), "19700000", superiorCourt("LOS ANGELES"), "A", 909)
          .count("11530 HS-POSSESS MARIJUANA", "F").convicted("FELONY")
          .sentence("PROBATION", 36, "M");
      b.expect("R09", t, "NEEDS_REVIEW", "former HS 11530, convicted 1970 (any day)")
          .rule("G3");
    }
    // R10: DOB 1969-01-01; 11358 felony, off 2004-07-07; fact: 4 plants.
    {
      Subject p = b.person("R10", "19690101");
      Cycle c = p.cycle("20040707");
      c.arrest("20040707", sheriff("HUMBOLDT")).count(P11358, "F");
      Count t = court(c, "20040707", superiorCourt("HUMBOLDT"), "CR", 41010)
          .count(P11358, "F").convicted("FELONY")
          .sentence("JAIL", 30, "D").sentence("PROBATION", 36, "M");
      b.facts(t, "", "4");
      b.expect("R10", t, "DISMISS_AND_SEAL", "11358 felony at 35, fact: 4 plants")
          .track(REDESIGNATE).rule("C-1");
    }
    // R11: DOB 1993-01-01; 11358 felony, off 2012-08-08 (age 19), plants unknown.
    {
      Subject p = b.person("R11", "19930101");
      Cycle c = p.cycle("20120808");
      c.arrest("20120808", sheriff("MENDOCINO")).count(P11358, "F");
      Count t = court(c, "20120808", superiorCourt("MENDOCINO"), "SCUKCRCR", 1111)
          .count(P11358, "F").convicted("FELONY")
          .sentence("JAIL", 180, "D").sentence("PROBATION", 36, "M");
      b.expect("R11", t, "REDUCE_TO_MISDEMEANOR", "11358 felony at 19, plants unknown")
          .track(REDESIGNATE).flags("PLANTS_UNKNOWN").rule("C-2");
    }
    // R12: DOB 1978-01-01; 11358 felony, off 1995-05-05 (age 17, adult court).
    {
      Subject p = b.person("R12", "19780101");
      Cycle c = p.cycle("19950505");
      c.arrest("19950505", sheriff("SACRAMENTO")).count(P11358, "F");
      Count t = court(c, "19950505", superiorCourt("SACRAMENTO"), "F", 1212)
          .count(P11358, "F").convicted("FELONY").sentence("PROBATION", 36, "M");
      b.expect("R12", t, "REDUCE_TO_INFRACTION", "11358 felony at 17 in adult court")
          .track(REDESIGNATE).rule("C-4");
    }
    // R13: DOB 1970-01-01; PC 288(a) conviction 1990; 11358 felony, off 2010-01-01.
    {
      Subject p = b.person("R13", "19700101");
      Cycle prior = p.cycle("19900000");
      prior.arrest("19900000", police("LOS ANGELES")).count(P288A, "F");
      court(prior, "19900000", superiorCourt("LOS ANGELES"), "A", 13013)
          .count(P288A, "F").convicted("FELONY").sentence("PRISON", 6, "Y");
      Cycle c = p.cycle("20100101");
      c.arrest("20100101", sheriff("SACRAMENTO")).count(P11358, "F");
      Count t = court(c, "20100101", superiorCourt("SACRAMENTO"), "F", 1313)
          .count(P11358, "F").convicted("FELONY").sentence("PRISON", 2, "Y");
      b.expect("R13", t, "NOT_ELIGIBLE", "prior PC 288(a) 1990 (any day), 11358 in 2010")
          .rule("C-5");
    }
    // R14: DOB 1970-01-01; 11358 felonies 2003 (case A), 2007 (case B); 11358 2012-02-02 (case C).
    {
      Subject p = b.person("R14", "19700101");
      Cycle a = p.cycle("20030000");
      a.arrest("20030000", sheriff("HUMBOLDT")).count(P11358, "F");
      court(a, "20030000", superiorCourt("HUMBOLDT"), "CR", 31414)
          .count(P11358, "F").convicted("FELONY").sentence("PROBATION", 36, "M");
      Cycle bb = p.cycle("20070000");
      bb.arrest("20070000", sheriff("MENDOCINO")).count(P11358, "F");
      court(bb, "20070000", superiorCourt("MENDOCINO"), "SCUKCRCR", 1414)
          .count(P11358, "F").convicted("FELONY").sentence("PRISON", 2, "Y");
      Cycle c = p.cycle("20120202");
      c.arrest("20120202", sheriff("TRINITY")).count(P11358, "F");
      Count t = court(c, "20120202", superiorCourt("TRINITY"), "F", 14)
          .count(P11358, "F").convicted("FELONY").sentence("JAIL", 16, "M");
      b.expect("R14", t, "NOT_ELIGIBLE", "two prior 11358 cases (2003, 2007; any day)")
          .flags("TWO_PRIORS_UNSETTLED").rule("C-6");
    }
    // R15: DOB 1983-01-01; 11359 felony, off 2011-11-11.
    {
      Subject p = b.person("R15", "19830101");
      Cycle c = p.cycle("20111111");
      c.arrest("20111111", police("SAN DIEGO")).count(P11359, "F");
      Count t = court(c, "20111111", superiorCourt("SAN DIEGO"), "SCD", 11515)
          .count(P11359, "F").convicted("FELONY")
          .sentence("JAIL", 90, "D").sentence("PROBATION", 36, "M");
      b.expect("R15", t, "REDUCE_TO_MISDEMEANOR", "11359 felony at 28")
          .track(REDESIGNATE).rule("S-2");
    }
    // R16: DOB 1975-01-01; PC 288(a) 1999, PC 290 registration 2000; 11359 felony, off 2011-11-11.
    {
      Subject p = b.person("R16", "19750101");
      Cycle prior = p.cycle("19990000");
      prior.arrest("19990000", police("LOS ANGELES")).count(P288A, "F");
      court(prior, "19990000", superiorCourt("LOS ANGELES"), "BA", 16016)
          .count(P288A, "F").convicted("FELONY")
          .sentence("JAIL", 365, "D").sentence("PROBATION", 5, "Y");
      p.registration("20000000", police("LOS ANGELES"));
      Cycle c = p.cycle("20111111");
      c.arrest("20111111", police("LOS ANGELES")).count(P11359, "F");
      Count t = court(c, "20111111", superiorCourt("LOS ANGELES"), "BA", 16116)
          .count(P11359, "F").convicted("FELONY")
          .sentence("JAIL", 90, "D").sentence("PROBATION", 36, "M");
      b.expect("R16", t, "NOT_ELIGIBLE", "prior PC 288(a) 1999 and registration 2000")
          .rule("S-3");
    }
    // R17: DOB 1983-01-01; PC 290 registration 2015, no registrable conviction; 11359 2011-11-11.
    {
      Subject p = b.person("R17", "19830101");
      Cycle c = p.cycle("20111111");
      c.arrest("20111111", sheriff("SAN BERNARDINO")).count(P11359, "F");
      Count t = court(c, "20111111", superiorCourt("SAN BERNARDINO"), "FSB", 1717)
          .count(P11359, "F").convicted("FELONY")
          .sentence("JAIL", 90, "D").sentence("PROBATION", 36, "M");
      p.registration("20150000", sheriff("SAN BERNARDINO"));
      b.expect("R17", t, "NEEDS_REVIEW", "PC 290 registration 2015 only, after the offense")
          .candidate("REDUCE_TO_MISDEMEANOR").flags("REGISTRATION_ONLY").rule("X-6");
    }
    // R18: DOB 1980-01-01; 11359 felony, off 2011; same case: HS 11361 (furnishing to a minor).
    {
      Subject p = b.person("R18", "19800101");
      String minor = "11361(B) HS-FURNISH MARIJUANA TO MINOR";
      Cycle c = p.cycle("20110615");
      DojHistory.Step arrest = c.arrest("20110615", police("RIVERSIDE"));
      arrest.count(P11359, "F");
      arrest.count(minor, "F");
      DojHistory.Step courtStep = court(c, "20110615", superiorCourt("RIVERSIDE"), "RIF", 1818);
      Count t = courtStep.count(P11359, "F").convicted("FELONY")
          .sentence("JAIL", 120, "D").sentence("PROBATION", 36, "M");
      courtStep.count(minor, "F").disposition("DISMISSED/CHARGE DROPPED");
      b.expect("R18", t, "NEEDS_REVIEW", "11359 with a same-case HS 11361(b) count")
          .candidate("REDUCE_TO_MISDEMEANOR").flags("MINOR_INDICATOR").rule("S-5", "S-6");
    }
    // R19: DOB 1980-01-01; 11359 count whose conviction status reads MISDEMEANOR, off 2011.
    {
      Subject p = b.person("R19", "19800101");
      Cycle c = p.cycle("20110303");
      c.arrest("20110303", police("KERN")).count(P11359, "F");
      Count t = court(c, "20110303", superiorCourt("KERN"), "BF", 1919)
          .count(P11359, "F").convicted("MISDEMEANOR").sentence("PROBATION", 36, "M");
      b.expect("R19", t, "NOT_ELIGIBLE", "11359 recorded as MISDEMEANOR")
          .flags("DATA_QUALITY").rule("S-7");
    }
    // R20: DOB 1954-01-01; 11360(a) felony, off 1999-09-09.
    {
      Subject p = b.person("R20", "19540101");
      Cycle c = p.cycle("19990909");
      c.arrest("19990909", police("LOS ANGELES")).count(P11360A, "F");
      Count t = court(c, "19990909", superiorCourt("LOS ANGELES"), "BA", 20020)
          .count(P11360A, "F").convicted("FELONY").sentence("PRISON", 3, "Y");
      b.expect("R20", t, "REDUCE_TO_MISDEMEANOR", "11360(a) felony at 45")
          .track(REDESIGNATE).rule("A-2");
    }
    // R21: DOB 1971-01-01; 11360(b) misdemeanor, off 1990-01-01 (age 19).
    {
      Subject p = b.person("R21", "19710101");
      String give = "11360(B) HS-GIVE/TRANSPORT 28.5 GRAMS OR LESS MARIJUANA";
      Cycle c = p.cycle("19900101");
      c.arrest("19900101", sheriff("SANTA CRUZ")).count(give, "M");
      Count t = court(c, "19900101", superiorCourt("SANTA CRUZ"), "M", 2121)
          .count(give, "M").convicted("MISDEMEANOR").fine();
      b.expect("R21", t, "REDUCE_TO_INFRACTION", "11360(b) misdemeanor at 19")
          .track(REDESIGNATE).rule("T-2");
    }
    // R22: DOB 1960-01-01; attempted PC 269 (664/269) 1990; 11360(a) felony, off 2008.
    {
      Subject p = b.person("R22", "19600101");
      String att = "664/269 PC-ATT AGGRAVATED SEXUAL ASSAULT OF CHILD";
      Cycle prior = p.cycle("19900000");
      prior.arrest("19900000", police("ORANGE")).count(att, "F");
      court(prior, "19900000", superiorCourt("ORANGE"), "C", 22022)
          .count(att, "F").convicted("FELONY").sentence("PRISON", 4, "Y");
      Cycle c = p.cycle("20080404");
      c.arrest("20080404", police("ORANGE")).count(P11360A, "F");
      Count t = court(c, "20080404", superiorCourt("ORANGE"), "CF", 2222)
          .count(P11360A, "F").convicted("FELONY").sentence("PRISON", 2, "Y");
      b.expect("R22", t, "NEEDS_REVIEW", "prior attempted PC 269 (1990, any day)")
          .candidate("REDUCE_TO_MISDEMEANOR").flags("SUPER_STRIKE_UNSETTLED")
          .rule("A-3", "A-2");
    }
    // R23: DOB 1970-01-01; 11360(a) felony described IMPORT MARIJUANA INTO STATE, off 2008.
    {
      Subject p = b.person("R23", "19700101");
      String imp = "11360(A) HS-IMPORT MARIJUANA INTO STATE";
      Cycle c = p.cycle("20080808");
      c.arrest("20080808", sheriff("IMPERIAL")).count(imp, "F");
      Count t = court(c, "20080808", superiorCourt("IMPERIAL"), "JCF", 2323)
          .count(imp, "F").convicted("FELONY").sentence("PRISON", 3, "Y");
      b.expect("R23", t, "NEEDS_REVIEW",
              "11360(a) described as import (candidate per A-6 with A-2)")
          .candidate("REDUCE_TO_MISDEMEANOR").flags("IMPORT_INDICATOR").rule("A-6");
    }
    // R24: DOB 1980-01-01; PC 182(a)(1) conspiracy to violate 11359, off 2010.
    {
      Subject p = b.person("R24", "19800101");
      Cycle c = p.cycle("20100505");
      c.arrest("20100505", police("SACRAMENTO")).count(P11359, "F");
      Count t = court(c, "20100505", superiorCourt("SACRAMENTO"), "F", 2424)
          .count("182(A)(1) PC/11359 HS-CONSPIRACY TO COMMIT CRIME", "F").convicted("FELONY")
          .sentence("PROBATION", 36, "M");
      b.expect("R24", t, "NOT_ELIGIBLE", "PC 182(a)(1) conspiracy to violate 11359")
          .rule("G2");
    }
    // R25: DOB 1970-01-01; PC 32 accessory (misdemeanor); same cycle: arrest for 11360, the
    // other arrest count prosecutor-rejected.
    {
      Subject p = b.person("R25", "19700101");
      Cycle c = p.cycle("20060606");
      DojHistory.Step arrest = c.arrest("20060606", police("SACRAMENTO"));
      arrest.count(P11360A, "F");
      arrest.count(P11359, "F").disposition("PROS REJ-LACK OF SUFFICIENT EVIDENCE");
      Count t = court(c, "20060606", superiorCourt("SACRAMENTO"), "M", 2525)
          .count("32 PC-ACCESSORY AFTER THE FACT", "M").convicted("MISDEMEANOR")
          .sentence("PROBATION", 12, "M");
      b.expect("R25", t, "NOT_ELIGIBLE", "PC 32 plea with an 11360 arrest in the same cycle")
          .flags("COUNTY_POLICY_CANDIDATE").rule("G2");
    }
    // R26: DOB 1970-01-01; HS 11361 (using a minor), off 2005.
    {
      Subject p = b.person("R26", "19700101");
      String use = "11361(A) HS-EMPLOY MINOR TO SELL MARIJUANA";
      Cycle c = p.cycle("20050520");
      c.arrest("20050520", police("STANISLAUS")).count(use, "F");
      Count t = court(c, "20050520", superiorCourt("STANISLAUS"), "CR", 2626)
          .count(use, "F").convicted("FELONY").sentence("PRISON", 3, "Y");
      b.expect("R26", t, "NOT_ELIGIBLE", "HS 11361(a) using a minor").rule("G2");
    }
    // R27: DOB 1990-01-01; new-law 11357(b) (more than 28.5 g) misdemeanor, off 2017-01-15 /
    // conv 2017-03-01.
    {
      Subject p = b.person("R27", "19900101");
      String over = "11357(B)(2) HS-POSSESS MARIJUANA OVER 28.5 GRAMS";
      Cycle c = p.cycle("20170115");
      c.arrest("20170115", police("SACRAMENTO")).count(over, "M");
      Count t = court(c, "20170301", superiorCourt("SACRAMENTO"), "M", 2727)
          .count(over, "M").convicted("MISDEMEANOR").sentence("PROBATION", 12, "M");
      b.expect("R27", t, "NOT_ELIGIBLE", "offense 2017-01-15, after Prop 64").rule("G4");
    }
    // R28: DOB 1980-01-01; 11359 felony, off 2016-10-01 / conv 2017-02-01 under old law.
    {
      Subject p = b.person("R28", "19800101");
      Cycle c = p.cycle("20161001");
      c.arrest("20161001", sheriff("SAN JOAQUIN")).count(P11359, "F");
      Count t = court(c, "20170201", superiorCourt("SAN JOAQUIN"), "STKCRFE", 2828)
          .count(P11359, "F").convicted("FELONY")
          .sentence("JAIL", 90, "D").sentence("PROBATION", 36, "M");
      b.expect("R28", t, "NEEDS_REVIEW", "offense 2016-10-01, sentenced 2017-02-01")
          .candidate("REDUCE_TO_MISDEMEANOR").rule("G5");
    }
    // R29 / R30: DOB 1985-01-01; 11360(a) felony, conv 2015-06-01 with 3 years' probation;
    // evaluated on 2017-06-01 (R29, serving) and on 2025-01-01 (R30, completed).
    {
      Subject p = b.person("R29", "19850101");
      Cycle c = p.cycle("20150601");
      c.arrest("20150601", police("ORANGE")).count(P11360A, "F");
      Count t = court(c, "20150601", superiorCourt("ORANGE"), "CF", 2929)
          .count(P11360A, "F").convicted("FELONY").sentence("PROBATION", 3, "Y");
      b.expect("R29", t, "REDUCE_TO_MISDEMEANOR", "on probation until 2018-06-01, as of 2017-06-01")
          .asOf(AS_OF_R29).track(RESENTENCE).flags("RISK_REVIEW").rule("A-2", "X-2");
      b.expect("R30", t, "REDUCE_TO_MISDEMEANOR", "same person and count as R29, as of 2025")
          .track(REDESIGNATE).absent("RISK_REVIEW").rule("A-2", "X-3");
    }
    // R31: DOB 1950-01-01; deceased event 2020; 11359 felony, off 2000.
    {
      Subject p = b.person("R31", "19500101");
      Cycle c = p.cycle("20000808");
      c.arrest("20000808", sheriff("SONOMA")).count(P11359, "F");
      Count t = court(c, "20000808", superiorCourt("SONOMA"), "SCR", 3131)
          .count(P11359, "F").convicted("FELONY").sentence("PRISON", 2, "Y");
      p.deceased("20200000", coroner("SONOMA"));
      b.expect("R31", t, "REDUCE_TO_MISDEMEANOR", "deceased 2020 (any day): no legal effect")
          .track(REDESIGNATE).flags("DECEASED").rule("S-2");
    }
    // R32: DOB 1970-01-01; 11359 count, off 2003; a later step of the cycle shows redesignation
    // under 11361.8 in 2019.
    {
      Subject p = b.person("R32", "19700101");
      Cycle c = p.cycle("20030303");
      c.arrest("20030303", police("SACRAMENTO")).count(P11359, "F");
      Count t = court(c, "20030303", superiorCourt("SACRAMENTO"), "F", 3232)
          .count(P11359, "F").convicted("FELONY").sentence("PROBATION", 36, "M");
      court(c, "20190515", superiorCourt("SACRAMENTO"), "F", 3232)
          .count(P11359, "F").disposition("REDESIGNATED PER 11361.8 HS")
          .comment("FELONY REDESIGNATED AS MISDEMEANOR");
      b.expect("R32", t, "NOT_ELIGIBLE", "record update 2019: redesignated under 11361.8")
          .flags("ALREADY_RELIEVED").rule("G6");
    }
    // R33: DOB 1970-01-01; PC 187 conviction in a different case on the same date as the 11359
    // conviction; 11359 felony, offense date unknown, conv 2005-05-05.
    {
      Subject p = b.person("R33", "19700101");
      Cycle murder = p.cycle("20040214");
      murder.arrest("20040214", police("LOS ANGELES")).count("187(A) PC-MURDER", "F");
      court(murder, "20050505", superiorCourt("LOS ANGELES"), "BA", 33033)
          .count("187(A) PC-MURDER", "F").convicted("FELONY").sentence("PRISON", 25, "Y");
      Count t = court(p.cycle(""), "20050505", superiorCourt("SAN BERNARDINO"), "FSB", 3333)
          .count(P11359, "F").convicted("FELONY").sentence("PRISON", 2, "Y");
      b.expect("R33", t, "NEEDS_REVIEW", "PC 187 convicted the same day, offense date unknown")
          .candidate("REDUCE_TO_MISDEMEANOR").flags("TIMING_SAME_DAY").rule("X-4");
    }
    // R34: DOB missing; 11357(b) misdemeanor, off 1995.
    {
      Subject p = b.person("R34", "");
      Cycle c = p.cycle("19950707");
      c.arrest("19950707", police("SAN DIEGO")).count(P11357B, "M");
      Count t = court(c, "19950707", superiorCourt("SAN DIEGO"), "M", 3434)
          .count(P11357B, "M").convicted("MISDEMEANOR").fine();
      b.expect("R34", t, "NEEDS_REVIEW", "DOB missing: the age tier decides")
          .flags("AGE_UNKNOWN").rule("G8");
    }
    // R35: DOB 1975-01-01; 11358 felony, off 2013; same case: Fish and Game 5650 count.
    {
      Subject p = b.person("R35", "19750101");
      String fg = "5650(A)(6) FG-PLACE/DEPOSIT POLLUTANT IN WATERS";
      Cycle c = p.cycle("20130909");
      DojHistory.Step arrest = c.arrest("20130909", sheriff("TRINITY"));
      arrest.count(P11358, "F");
      arrest.count(fg, "M");
      DojHistory.Step courtStep = court(c, "20130909", superiorCourt("TRINITY"), "F", 3535);
      Count t = courtStep.count(P11358, "F").convicted("FELONY")
          .sentence("JAIL", 180, "D").sentence("PROBATION", 36, "M");
      courtStep.count(fg, "M").convicted("MISDEMEANOR").sentence("PROBATION", 36, "M");
      b.expect("R35", t, "NEEDS_REVIEW", "11358 with a same-case FG 5650 count")
          .flags("ENVIRONMENTAL_INDICATOR").rule("C-7");
    }
    // R36: DOB 1970-01-01; PC 4573.6 possession of cannabis in state prison, off 2012.
    {
      Subject p = b.person("R36", "19700101");
      String prison = "4573.6 PC-POSS CONTROLLED SUBSTANCE IN PRISON/JAIL";
      Cycle c = p.cycle("20120412");
      c.arrest("20120412", sheriff("KINGS")).count(prison, "F").comment("MARIJUANA");
      Count t = court(c, "20120412", superiorCourt("KINGS"), "CM", 3636)
          .count(prison, "F").convicted("FELONY").sentence("PRISON", 2, "Y")
          .comment("MARIJUANA");
      b.expect("R36", t, "NOT_ELIGIBLE", "PC 4573.6 cannabis in prison (Raybon)").rule("G2");
    }
    // R37: DOB 1970-01-01; 11359 felony adjudicated in juvenile court, off 1986 (age 16).
    {
      Subject p = b.person("R37", "19700101");
      Cycle c = p.cycle("19860606");
      c.arrest("19860606", police("FRESNO")).count(P11359, "F");
      Count t = court(c, "19860606", juvenileCourt("FRESNO"), "JV", 3737)
          .count(P11359, "F").convicted("FELONY").sentence("PROBATION", 12, "M");
      b.expect("R37", t, "NEEDS_REVIEW", "11359 juvenile-court adjudication at 16")
          .candidate("REDUCE_TO_INFRACTION").flags("JUVENILE").rule("G7", "S-1");
    }

    return new Files(doj(b), facts(b), expected(b));
  }

  private static String doj(Builder b) {
    StringBuilder sb = new StringBuilder(DojLine.header()).append('\n');
    for (Subject s : b.subjects) {
      for (DojLine l : s.lines()) {
        sb.append(l.csv()).append('\n');
      }
    }
    return sb.toString();
  }

  private static String facts(Builder b) {
    StringBuilder sb = new StringBuilder("subject_id,count_order,concentrate_grams,plant_count\n");
    for (String[] f : b.facts) {
      sb.append(CsvLineParser.formatLine(Arrays.asList(f))).append('\n');
    }
    return sb.toString();
  }

  private static String expected(Builder b) {
    StringBuilder sb = new StringBuilder(String.join(",", EXPECTED_HEADER)).append('\n');
    for (Expected e : b.expected) {
      String slug = Counties.lookup(e.count.county()).orElseThrow().slug();
      sb.append(CsvLineParser.formatLine(List.of(
          e.caseId, e.asOf.toString(), e.count.subjectId(), e.count.countOrder(), slug,
          e.outcome, e.candidate, e.track, String.join(";", e.flags),
          String.join(";", e.absentFlags), e.rule, String.join(";", e.otherRules), e.note)))
          .append('\n');
    }
    return sb.toString();
  }
}
