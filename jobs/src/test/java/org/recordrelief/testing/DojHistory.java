package org.recordrelief.testing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.recordrelief.doj.Counties;
import org.recordrelief.doj.DojColumns;

/**
 * Builds whole DOJ histories the way the extract lays them out: a subject has cycles (arrest
 * episodes, {@code CNT_ORDER[0:3]} from 101), a cycle has steps (arrest, court, registration,
 * death; {@code CNT_ORDER[3:6]}), a step has counts ({@code CNT_ORDER[6:9]}), and a convicted count
 * has one row per sentence part. Person and cycle columns are repeated on every row, as DOJ does.
 * Invented values only; dates are DOJ strings ({@code YYYYMMDD}, {@code YYYY0000} for a year-only
 * date, blank for unknown).
 */
public final class DojHistory {
  private DojHistory() {}

  /** A subject (one SUBJECT_ID). {@code dob} may be blank (missing DOB). */
  public static Subject subject(String subjectId, String cii, String name, String gender,
      String dob) {
    return new Subject(subjectId, cii, name, gender, dob);
  }

  /** An originating agency (ORI) in a county. */
  public record Agency(String typeDescr, String ori, String descr, String countyCode,
      String countyName) {

    private static Agency of(String type, String prefix, String oriSuffix, String county) {
      Counties.County c = Counties.lookup(county)
          .orElseThrow(() -> new IllegalArgumentException("no county " + county));
      String nn = String.format("%02d", c.number());
      return new Agency(type, "CA0" + nn + oriSuffix, prefix + c.dojName(), nn, c.dojName());
    }

    public static Agency police(String county) {
      return of("POLICE DEPARTMENT", "CAPD", "2100", county);
    }

    public static Agency sheriff(String county) {
      return of("SHERIFF", "CASO", "0000", county);
    }

    public static Agency superiorCourt(String county) {
      return of("SUPERIOR COURT", "CASC", "015J", county);
    }

    public static Agency juvenileCourt(String county) {
      return of("JUVENILE COURT", "CASC", "035J", county);
    }

    public static Agency coroner(String county) {
      return of("CORONER", "CACO", "0900", county);
    }
  }

  /** One subject and its cycles. */
  public static final class Subject {
    private final String subjectId;
    private final String cii;
    private final String name;
    private final String gender;
    private final String dob;
    private final List<Cycle> cycles = new ArrayList<>();

    private Subject(String subjectId, String cii, String name, String gender, String dob) {
      this.subjectId = subjectId;
      this.cii = cii;
      this.name = name;
      this.gender = gender;
      this.dob = dob;
    }

    public String subjectId() {
      return subjectId;
    }

    /** A new cycle; {@code cycleDate} (CYC_DATE) may be blank. */
    public Cycle cycle(String cycleDate) {
      Cycle c = new Cycle(this, 101 + cycles.size(), cycleDate);
      cycles.add(c);
      return c;
    }

    /** A PC 290 registration: a cycle of its own with one REGISTRATION step. */
    public Subject registration(String date, Agency agency) {
      cycle(date).step("REGISTRATION", date, agency)
          .count("290 PC-REGISTRATION OF SEX OFFENDER", "");
      return this;
    }

    /** A death: a cycle of its own with one DECEASED step (no offense text). */
    public Subject deceased(String date, Agency agency) {
      cycle(date).step("DECEASED", date, agency).count("", "");
      return this;
    }

    /** Every row of the subject, in cycle / step / count / sentence-part order. */
    public List<DojLine> lines() {
      List<DojLine> out = new ArrayList<>();
      for (Cycle c : cycles) {
        for (Step s : c.steps) {
          for (Count n : s.counts) {
            n.addLines(out);
          }
        }
      }
      return out;
    }
  }

  /** One cycle (arrest episode). */
  public static final class Cycle {
    private final Subject subject;
    private final int number;
    private final String date;
    private final List<Step> steps = new ArrayList<>();

    private Cycle(Subject subject, int number, String date) {
      this.subject = subject;
      this.number = number;
      this.date = date;
    }

    /** An ARREST/DETAINED/CITED step. */
    public Step arrest(String date, Agency agency) {
      return step("ARREST/DETAINED/CITED", date, agency);
    }

    /** A COURT ACTION step. */
    public Step court(String date, Agency agency) {
      return step("COURT ACTION", date, agency);
    }

    /** A step of any type; steps are numbered 001, 002, … in the order they are added. */
    public Step step(String type, String date, Agency agency) {
      Step s = new Step(this, steps.size() + 1, type, date, agency);
      steps.add(s);
      return s;
    }
  }

  /** One step (event) of a cycle. */
  public static final class Step {
    private final Cycle cycle;
    private final int number;
    private final String type;
    private final String date;
    private final Agency agency;
    private final List<Count> counts = new ArrayList<>();
    private String ofn = "";

    private Step(Cycle cycle, int number, String type, String date, Agency agency) {
      this.cycle = cycle;
      this.number = number;
      this.type = type;
      this.date = date;
      this.agency = agency;
    }

    /** The court case number (OFN) written on every count of this step. */
    public Step ofn(String value) {
      this.ofn = value;
      return this;
    }

    /** A count charging {@code offense} (OFFENSE_DESCR) with type of charge {@code toc}. */
    public Count count(String offense, String toc) {
      Count c = new Count(this, counts.size() + 1, offense, toc);
      counts.add(c);
      return c;
    }
  }

  /** One count (charge) of a step. */
  public static final class Count {
    private final Step step;
    private final int number;
    private final String offense;
    private final String toc;
    private String disposition = "";
    private String convStat = "";
    private String comment = "";
    private final List<String[]> sentence = new ArrayList<>();

    private Count(Step step, int number, String offense, String toc) {
      this.step = step;
      this.number = number;
      this.offense = offense;
      this.toc = toc;
    }

    /** The 12-digit CNT_ORDER: cycle, step, count, {@code 000}. */
    public String countOrder() {
      return String.format("%03d%03d%03d000", step.cycle.number, step.number, number);
    }

    public String subjectId() {
      return step.cycle.subject.subjectId;
    }

    /** County of the step's agency (the county of conviction for a court step). */
    public String county() {
      return step.agency.countyName();
    }

    /**
     * Convicted with conviction status {@code convStat} (FELONY, MISDEMEANOR, INFRACTION). The
     * disposition follows the most severe sentence part (CONVICTED-PRISON, -JAIL, -PROBATION,
     * -FINE), so add the sentence parts too.
     */
    public Count convicted(String convStat) {
      this.disposition = "CONVICTED";
      this.convStat = convStat;
      return this;
    }

    /** A disposition other than a conviction (DISP_DESCR as given). */
    public Count disposition(String value) {
      this.disposition = value;
      return this;
    }

    public Count comment(String value) {
      this.comment = value;
      return this;
    }

    /** A sentence part: kind (PRISON, JAIL, PROBATION), length and unit (D, M, Y). */
    public Count sentence(String kind, int length, String unit) {
      sentence.add(new String[] {kind, Integer.toString(length), unit});
      return this;
    }

    /** A fine (no duration). */
    public Count fine() {
      sentence.add(new String[] {"FINE", "", ""});
      return this;
    }

    private String dispositionText() {
      if (!"CONVICTED".equals(disposition)) {
        return disposition;
      }
      for (String kind : List.of("PRISON", "JAIL", "PROBATION", "FINE")) {
        if (sentence.stream().anyMatch(p -> p[0].equals(kind))) {
          return "CONVICTED-" + kind;
        }
      }
      return "CONVICTED";
    }

    private void addLines(List<DojLine> out) {
      Subject p = step.cycle.subject;
      DojLine base = DojLine.blank()
          .set("SUBJECT_ID", p.subjectId)
          .set("CII_NUMBER", p.cii)
          .set("PRI_NAME", p.name)
          .set("GENDER", p.gender)
          .set("PRI_DOB", p.dob)
          .set("CYC_ORDER", String.format("%03d", step.cycle.number))
          .set("CYC_DATE", step.cycle.date)
          .set("STP_ORDER", String.format("%03d", step.number))
          .set("STP_EVENT_DATE", step.date)
          .set("STP_TYPE_DESCR", step.type)
          .set("STP_ORI_TYPE_DESCR", step.agency.typeDescr())
          .set("STP_ORI_CODE", step.agency.ori())
          .set("STP_ORI_DESCR", step.agency.descr())
          .set("STP_ORI_CNTY_CODE", step.agency.countyCode())
          .set("STP_ORI_CNTY_NAME", step.agency.countyName())
          .set("CNT_ORDER", countOrder())
          .set("OFN", step.ofn)
          .set("OFFENSE_DESCR", offense)
          .set("OFFENSE_TOC", toc)
          .set("DISP_DESCR", dispositionText())
          .set("CONV_STAT_DESCR", convStat)
          .set("CYC_AGE", age(p.dob, step.cycle.date))
          .set("COMMENT_TEXT", comment);
      if (!disposition.isEmpty() && "COURT ACTION".equals(step.type)) {
        base.set("DISP_DATE", step.date);
      }
      if (sentence.isEmpty()) {
        out.add(base);
        return;
      }
      int order = 1;
      for (String[] part : sentence) {
        DojLine l = copy(base)
            .set("SENT_ORDER", Integer.toString(order++))
            .set("SENT_LOC_CODE", part[0].substring(0, 1))
            .set("SENT_LOC_DESCR", part[0])
            .set("SENT_LENGTH", part[1])
            .set("SENT_TIME_CODE", part[2])
            .set("SENT_TIME_DESCR", switch (part[2]) {
              case "D" -> "DAYS";
              case "M" -> "MONTHS";
              case "Y" -> "YEARS";
              default -> "";
            });
        out.add(l);
      }
    }

    private static DojLine copy(DojLine l) {
      DojLine c = DojLine.blank();
      String[] f = l.fields();
      for (int i = 0; i < f.length; i++) {
        c.set(DojColumns.NAMES.get(i), f[i]);
      }
      return c;
    }

    /** CYC_AGE: whole years from DOB to the cycle date (a year-only date counts from 1 Jan). */
    private static String age(String dob, String cycleDate) {
      if (dob.length() != 8 || cycleDate.length() != 8) {
        return "";
      }
      return Integer.toString(Period.between(day(dob), day(cycleDate)).getYears());
    }

    private static LocalDate day(String raw) {
      int y = Integer.parseInt(raw.substring(0, 4));
      int m = Math.max(1, Integer.parseInt(raw.substring(4, 6)));
      int d = Math.max(1, Integer.parseInt(raw.substring(6, 8)));
      return LocalDate.of(y, m, d);
    }
  }
}
