package org.recordrelief.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.doj.DojDate;
import org.recordrelief.eligibility.Determination;
import org.recordrelief.generate.CaseModel.Agency;
import org.recordrelief.generate.CaseModel.CountModel;
import org.recordrelief.generate.CaseModel.Kind;
import org.recordrelief.generate.CaseModel.SentencePart;

/**
 * Writes one person's cycles as DOJ rows (one row per count per step, one extra row per further
 * sentence part), injects row defects, and writes the matching truth lines. A single 95-entry array
 * is reused for every row; a defect row works on a copy. Every count that keeps a row is reported
 * to {@link ExpectedOutcomes}; the person's conviction truth lines wait until the person is
 * complete and carry the expected statutory outcome of their count.
 */
final class RowEmitter {
  private static final int N = DojColumns.COUNT;

  private final GeneratorSettings s;
  private final DojFileWriter doj;
  private final TruthWriter truth;
  private final IdentityProjector identity;
  private final Stats stats;
  private final ExpectedOutcomes expected;
  private final String[] f = new String[N];
  private final double tFieldCount;
  private final double tNoKey;
  private final double tQuote;
  private final double tDate;
  private final char[] cnt = new char[12];

  // person state
  private TruePerson p;
  private SplittableRandom idRng;
  private SplittableRandom defectRng;
  private int rowInPerson;
  private int personConvictions;

  /** The person's conviction truth lines (without the expected-outcome columns). */
  private final List<String[]> pendingConvictions = new ArrayList<>();

  // state of the convicted count being written
  private int keptParts;
  private int quarantinedParts;
  private String firstConvictionDate;
  private String firstOffenseDate;
  private String firstFile;
  private long firstLine;
  private DojDate firstConvictionDay;
  private DojDate firstCycleDay;
  private final List<SentencePart> keptPartList = new ArrayList<>(3);
  // what the last row actually carried (after any defect)
  private boolean lastKept;
  private String lastStepDate;
  private String lastCycleDate;
  /** The date column an injected DATE_INVALID defect replaced on the last row, or -1. */
  private int lastInvalidColumn;

  /** Run totals. */
  static final class Stats {
    long rows;
    long convictions;
    long prop64Convictions;
    long corruptedRows;
    long identityCorruptions;
    long personsWithDuplicates;
    final long[] defects = new long[DefectKind.values().length];
  }

  RowEmitter(
      GeneratorSettings s,
      DojFileWriter doj,
      TruthWriter truth,
      IdentityProjector identity,
      Stats stats,
      ExpectedOutcomes expected) {
    this.s = s;
    this.doj = doj;
    this.truth = truth;
    this.identity = identity;
    this.stats = stats;
    this.expected = expected;
    tFieldCount = s.wrongFieldCountRate();
    tNoKey = tFieldCount + s.blankSubjectAndCiiRate();
    tQuote = tNoKey + s.malformedQuoteRate();
    tDate = tQuote + s.invalidDateRate();
    java.util.Arrays.fill(f, "");
    for (int sep :
        new int[] {
          DojColumns.REQ_SEG_SEP,
          DojColumns.PII_SEG_SEP,
          DojColumns.PDR_SEG_SEP,
          DojColumns.CYC_SEG_SEP,
          DojColumns.STP_SEG_SEP,
          DojColumns.CNT_SEG_SEP,
          DojColumns.SENT_SEG_SEP,
          DojColumns.END_OF_REC
        }) {
      f[sep] = "#";
    }
  }

  /** Writes every row of one person and the person's truth lines. */
  void emit(
      TruePerson person,
      List<CaseModel> cases,
      SplittableRandom identityRng,
      SplittableRandom defects) {
    this.p = person;
    this.idRng = identityRng;
    this.defectRng = defects;
    rowInPerson = 0;
    personConvictions = 0;
    expected.startPerson(person);
    identity.startPerson(person, cases, identityRng);
    if (identity.snapshotCount() > 1) {
      stats.personsWithDuplicates++;
    }
    boolean deceased = false;
    for (CaseModel c : cases) {
      f[DojColumns.CYC_DATE] = c.cycleDateRaw;
      f[DojColumns.CYC_AGE] = c.cycleAge;
      if (c.kind == Kind.REGISTRATION || c.kind == Kind.DECEASED) {
        deceased |= c.kind == Kind.DECEASED;
        step(
            c.cycleDateRaw,
            c.kind == Kind.REGISTRATION ? "REGISTRATION" : "DECEASED",
            c.eventAgency,
            c.eventOri,
            c.county);
        eventCount(c.counts.get(0));
        row(c, 1, 1, c.kind == Kind.REGISTRATION ? "REGISTRATION" : "DECEASED");
        if (lastKept) {
          expected.event(c, c.counts.get(0), f[DojColumns.CNT_ORDER], stepDay(c, false));
        }
        continue;
      }
      int stepNo = 1;
      if (c.hasArrest) {
        step(c.cycleDateRaw, "ARREST/DETAINED/CITED", c.arrestAgency, c.arrestOri, c.county);
        for (int j = 0; j < c.counts.size(); j++) {
          arrestCount(c, c.counts.get(j));
          row(c, stepNo, j + 1, "ARREST");
          if (lastKept) {
            expected.arrestCount(c, c.counts.get(j), f[DojColumns.CNT_ORDER], stepDay(c, false));
          }
        }
        stepNo++;
      }
      if (c.hasCourt) {
        step(c.courtDateRaw, "COURT ACTION", c.courtAgency, c.courtOri, c.county);
        for (int j = 0; j < c.counts.size(); j++) {
          CountModel m = c.counts.get(j);
          courtCount(c, m);
          if (!m.convicted) {
            sentence(SentencePart.ABSENT);
            row(c, stepNo, j + 1, "COURT");
            if (lastKept) {
              expected.courtCount(c, m, f[DojColumns.CNT_ORDER], stepDay(c, true));
            }
            continue;
          }
          keptParts = 0;
          quarantinedParts = 0;
          keptPartList.clear();
          for (SentencePart part : m.parts) {
            sentence(part);
            row(c, stepNo, j + 1, "COURT");
            if (lastKept) {
              if (keptParts == 0) {
                firstConvictionDate = lastStepDate;
                firstOffenseDate = lastCycleDate;
                firstFile = doj.currentName();
                firstLine = doj.currentLine();
                firstConvictionDay = stepDay(c, true);
                firstCycleDay = cycleDay(c);
              }
              keptParts++;
              keptPartList.add(part);
            } else {
              quarantinedParts++;
            }
          }
          if (keptParts > 0) {
            expected.conviction(
                c, m, f[DojColumns.CNT_ORDER], firstConvictionDay, firstCycleDay, keptPartList);
            conviction(c, m);
          }
        }
      }
    }
    Map<String, Determination> outcomes = expected.evaluate();
    for (String[] line : pendingConvictions) {
      CsvOut cv = truth.convictions;
      for (String v : line) {
        cv.field(v);
      }
      Determination d = outcomes.get(line[1]);
      if (d == null) {
        cv.field("").field("").field("").field("");
      } else {
        cv.field(d.outcome().name())
            .field(d.candidateOutcome() == null ? "" : d.candidateOutcome().name())
            .field(d.track() == null ? "" : d.track().name())
            .field(d.decisiveRuleId());
      }
      cv.endLine();
    }
    pendingConvictions.clear();
    CsvOut out = truth.persons;
    out.field(p.personId)
        .field(p.subjectId)
        .field(p.cii)
        .field(p.dobRaw)
        .field(p.gender)
        .field(rowInPerson)
        .field(personConvictions)
        .field(deceased)
        .field(p.priName)
        .field(p.raceDescr)
        .field(CountyWeights.county(p.homeCounty).slug())
        .field(identity.snapshotCount());
    out.endLine();
  }

  // ---------------------------------------------------------------- field groups

  private void step(String date, String type, Agency agency, String ori, int county) {
    f[DojColumns.STP_EVENT_DATE] = date;
    f[DojColumns.STP_TYPE_DESCR] = type;
    f[DojColumns.STP_ORI_CODE] = ori;
    f[DojColumns.STP_ORI_CNTY_CODE] = CountyWeights.NUMBER[county];
    f[DojColumns.STP_ORI_CNTY_NAME] = CountyWeights.county(county).dojName();
    switch (agency) {
      case POLICE:
        f[DojColumns.STP_ORI_TYPE_DESCR] = "POLICE DEPARTMENT";
        f[DojColumns.STP_ORI_DESCR] = CountyWeights.POLICE_DESCR[county];
        break;
      case SHERIFF:
        f[DojColumns.STP_ORI_TYPE_DESCR] = "SHERIFF";
        f[DojColumns.STP_ORI_DESCR] = CountyWeights.SHERIFF_DESCR[county];
        break;
      case SUPERIOR_COURT:
        f[DojColumns.STP_ORI_TYPE_DESCR] = "SUPERIOR COURT";
        f[DojColumns.STP_ORI_DESCR] = CountyWeights.COURT_DESCR[county];
        break;
      case MUNICIPAL_COURT:
        f[DojColumns.STP_ORI_TYPE_DESCR] = "MUNICIPAL COURT";
        f[DojColumns.STP_ORI_DESCR] = CountyWeights.MUNI_DESCR[county];
        break;
      case JUVENILE_COURT:
        f[DojColumns.STP_ORI_TYPE_DESCR] = "JUVENILE COURT";
        f[DojColumns.STP_ORI_DESCR] = CountyWeights.COURT_DESCR[county];
        break;
      default:
        f[DojColumns.STP_ORI_TYPE_DESCR] = "CORONER";
        f[DojColumns.STP_ORI_DESCR] = CountyWeights.SHERIFF_DESCR[county];
    }
  }

  private void eventCount(CountModel m) {
    f[DojColumns.DISP_DATE] = "";
    f[DojColumns.OFN] = "";
    f[DojColumns.OFFENSE_DESCR] = m.charge.text;
    f[DojColumns.OFFENSE_TOC] = "";
    f[DojColumns.OFFENSE_QUAL_LST] = "";
    f[DojColumns.CONV_OFFENSE_DESCR] = "";
    f[DojColumns.CONV_OFFENSE_TOC] = "";
    f[DojColumns.DISP_DESCR] = "";
    f[DojColumns.CONV_STAT_CODE] = "";
    f[DojColumns.CONV_STAT_DESCR] = "";
    f[DojColumns.COMMENT_TEXT] = "";
    sentence(SentencePart.ABSENT);
  }

  private void arrestCount(CaseModel c, CountModel m) {
    f[DojColumns.DISP_DATE] = m.arrestDispDate;
    f[DojColumns.OFN] = c.arrestOfn;
    f[DojColumns.OFFENSE_DESCR] = m.charge.text;
    f[DojColumns.OFFENSE_TOC] = m.toc;
    f[DojColumns.OFFENSE_QUAL_LST] = m.qualifierPadding;
    f[DojColumns.CONV_OFFENSE_DESCR] = "";
    f[DojColumns.CONV_OFFENSE_TOC] = "";
    f[DojColumns.DISP_DESCR] = m.arrestDisposition;
    f[DojColumns.CONV_STAT_CODE] = "";
    f[DojColumns.CONV_STAT_DESCR] = "";
    f[DojColumns.COMMENT_TEXT] = m.charge.comment;
    sentence(SentencePart.ABSENT);
  }

  private void courtCount(CaseModel c, CountModel m) {
    f[DojColumns.DISP_DATE] = m.courtDispDate;
    f[DojColumns.OFN] = c.courtOfn;
    f[DojColumns.OFFENSE_DESCR] = m.charge.text;
    f[DojColumns.OFFENSE_TOC] = m.toc;
    f[DojColumns.OFFENSE_QUAL_LST] = m.qualifierPadding;
    f[DojColumns.CONV_OFFENSE_DESCR] = m.convictedAs == null ? "" : m.convictedAs.text;
    f[DojColumns.CONV_OFFENSE_TOC] = m.convToc;
    f[DojColumns.DISP_DESCR] = m.courtDisposition;
    f[DojColumns.CONV_STAT_CODE] = m.convStatCodePadding;
    f[DojColumns.CONV_STAT_DESCR] = m.convStat;
    f[DojColumns.COMMENT_TEXT] = m.charge.comment;
  }

  private void sentence(SentencePart part) {
    f[DojColumns.SENT_ORDER] = part.order;
    f[DojColumns.SENT_LOC_CODE] = part.locCode;
    f[DojColumns.SENT_LOC_DESCR] = part.locDescr;
    f[DojColumns.SENT_LENGTH] = part.length;
    f[DojColumns.SENT_TIME_CODE] = part.timeCode;
    f[DojColumns.SENT_TIME_DESCR] = part.timeDescr;
  }

  // ---------------------------------------------------------------- rows and defects

  private String cntOrder(int cycle, int step, int count) {
    put3(0, cycle);
    put3(3, step);
    put3(6, count);
    cnt[9] = '0';
    cnt[10] = '0';
    cnt[11] = '0';
    return new String(cnt);
  }

  private void put3(int at, int v) {
    cnt[at] = (char) ('0' + (v / 100) % 10);
    cnt[at + 1] = (char) ('0' + (v / 10) % 10);
    cnt[at + 2] = (char) ('0' + v % 10);
  }

  private void row(CaseModel c, int stepNo, int countNo, String kind) {
    String order = cntOrder(c.cycleNumber, stepNo, countNo);
    f[DojColumns.CNT_ORDER] = order;
    identity.project(p, c, rowInPerson, f, idRng);
    String writtenSubject = f[DojColumns.SUBJECT_ID];
    String writtenCii = f[DojColumns.CII_NUMBER];
    rowInPerson++;
    stats.rows++;

    double u = defectRng.nextDouble();
    DefectKind defect =
        u >= tDate
            ? null
            : u < tFieldCount
                ? DefectKind.FIELD_COUNT
                : u < tNoKey
                    ? DefectKind.NO_PERSON_KEY
                    : u < tQuote ? DefectKind.MALFORMED_QUOTE : DefectKind.DATE_INVALID;
    String detail = "";
    lastInvalidColumn = -1;
    if (defect == null) {
      doj.write(f, N, -1);
      lastStepDate = f[DojColumns.STP_EVENT_DATE];
      lastCycleDate = f[DojColumns.CYC_DATE];
    } else {
      stats.defects[defect.ordinal()]++;
      String[] g;
      int n = N;
      int raw = -1;
      switch (defect) {
        case FIELD_COUNT:
          if (defectRng.nextBoolean()) {
            int drop = defectRng.nextInt(N - 1);
            g = new String[N - 1];
            System.arraycopy(f, 0, g, 0, drop);
            System.arraycopy(f, drop + 1, g, drop, N - 1 - drop);
            n = N - 1;
          } else {
            g = java.util.Arrays.copyOf(f, N + 1);
            g[N] = "#";
            n = N + 1;
          }
          detail = Integer.toString(n);
          break;
        case NO_PERSON_KEY:
          g = f.clone();
          g[DojColumns.SUBJECT_ID] = "";
          g[DojColumns.CII_NUMBER] = "";
          detail = "SUBJECT_ID+CII_NUMBER";
          break;
        case MALFORMED_QUOTE:
          g = f.clone();
          if (defectRng.nextBoolean()) {
            raw = DojColumns.OFN;
            g[raw] = PersonFactory.digits(defectRng, 2) + '"' + PersonFactory.digits(defectRng, 4);
          } else {
            raw = DojColumns.PRI_NAME;
            g[raw] = '"' + f[raw] + "\"X";
          }
          detail = DojColumns.NAMES.get(raw);
          break;
        default:
          g = f.clone();
          int col = invalidDateColumn(g);
          g[col] = invalidDate(g[col]);
          detail = DojColumns.NAMES.get(col);
          lastInvalidColumn = col;
      }
      doj.write(g, n, raw);
      if (n == N) {
        lastStepDate = g[DojColumns.STP_EVENT_DATE];
        lastCycleDate = g[DojColumns.CYC_DATE];
      }
    }
    List<IdentityProjector.Corruption> changes = identity.lastCorruptions();
    if (!changes.isEmpty()) {
      stats.corruptedRows++;
      String snapshot = Integer.toString(identity.lastSnapshot());
      for (IdentityProjector.Corruption k : changes) {
        truth.corruptions.field(doj.currentName()).field(doj.currentLine()).field(p.personId)
            .field(snapshot).field(k.operator()).field(k.field()).field(k.before())
            .field(k.after());
        truth.corruptions.endLine();
        stats.identityCorruptions++;
      }
    }
    lastKept = defect == null || !defect.quarantined();
    if (lastKept) {
      expected.keptRow(lastInvalidColumn != DojColumns.PRI_DOB);
    }
    if (truth.rows != null) {
      CsvOut out = truth.rows;
      out.field(doj.currentName())
          .field(doj.currentLine())
          .field(p.subjectId)
          .field(order)
          .field(p.personId)
          .field(kind)
          .field(defect == null ? "" : defect.code())
          .field(detail)
          .field(defect != null && defect.quarantined() ? defect.code() : "")
          .field(defect != null && !defect.quarantined() ? defect.code() : "")
          .field(identity.lastSnapshot())
          .field(writtenSubject)
          .field(writtenCii);
      out.endLine();
    }
  }

  private static final int[] DATE_COLUMNS = {
    DojColumns.STP_EVENT_DATE, DojColumns.CYC_DATE, DojColumns.DISP_DATE, DojColumns.PRI_DOB
  };

  private int invalidDateColumn(String[] g) {
    int start = defectRng.nextInt(DATE_COLUMNS.length);
    for (int i = 0; i < DATE_COLUMNS.length; i++) {
      int col = DATE_COLUMNS[(start + i) % DATE_COLUMNS.length];
      // PRI_DOB by the true person's value, so that identity corruption (a blanked DOB) never
      // moves a defect to another column and changes a history
      if (col == DojColumns.PRI_DOB ? !p.dobRaw.isEmpty() : !g[col].isEmpty()) {
        return col;
      }
    }
    return DojColumns.STP_EVENT_DATE;
  }

  /** An impossible date near {@code raw}: Feb 30/31, April 31, month 13, dashed, or zeros. */
  private String invalidDate(String raw) {
    String year = raw.length() >= 4 && Character.isDigit(raw.charAt(0)) ? raw.substring(0, 4) : "2015";
    switch (defectRng.nextInt(5)) {
      case 0:
        return year + (defectRng.nextBoolean() ? "0231" : "0230");
      case 1:
        return year + "0431";
      case 2:
        return year + "13" + (10 + defectRng.nextInt(18));
      case 3:
        return year + "-0" + (1 + defectRng.nextInt(9)) + "-" + (1 + defectRng.nextInt(9));
      default:
        return "00000000";
    }
  }

  // ---------------------------------------------------------------- dates the last row carried

  /** STP_EVENT_DATE of the last row: the step's drawn date, unless a defect replaced it. */
  private DojDate stepDay(CaseModel c, boolean court) {
    if (lastInvalidColumn == DojColumns.STP_EVENT_DATE) {
      return Dates.invalid(lastStepDate);
    }
    return court
        ? Dates.dojDate(c.courtDate, c.courtDatePrecision)
        : Dates.dojDate(c.cycleDate, c.cycleDatePrecision);
  }

  /** CYC_DATE of the last row: the cycle's drawn date, unless a defect replaced it. */
  private DojDate cycleDay(CaseModel c) {
    return lastInvalidColumn == DojColumns.CYC_DATE
        ? Dates.invalid(lastCycleDate)
        : Dates.dojDate(c.cycleDate, c.cycleDatePrecision);
  }

  // ---------------------------------------------------------------- conviction truth

  /** Buffers the conviction's truth line; the expected outcome is added when the person ends. */
  private void conviction(CaseModel c, CountModel m) {
    Charge e = m.effectiveCharge();
    Offense o = e.offense;
    String source = m.convictedAs != null ? "CONVICTED" : m.charge.commentOnly ? "COMMENT" : "CHARGED";
    pendingConvictions.add(
        new String[] {
          p.subjectId,
          f[DojColumns.CNT_ORDER],
          p.personId,
          source,
          e.expectedCode(),
          o.section,
          o.subdivisions,
          String.valueOf(e.attempt),
          String.valueOf(o.isProp64()),
          level(m),
          firstConvictionDate,
          firstOffenseDate,
          CountyWeights.county(c.county).slug(),
          Integer.toString(keptParts),
          e.label,
          o.attached,
          o.category.name(),
          String.valueOf(c.courtAgency == Agency.JUVENILE_COURT),
          Integer.toString(quarantinedParts),
          firstFile,
          Long.toString(firstLine)
        });
    personConvictions++;
    stats.convictions++;
    if (o.isProp64()) {
      stats.prop64Convictions++;
    }
  }

  /** Level per doj-input-format.md §6.2 from what the rows carry. */
  static String level(CountModel m) {
    switch (m.convStat) {
      case "FELONY":
        return "F";
      case "MISDEMEANOR":
        return "M";
      case "INFRACTION":
        return "I";
      default:
        break;
    }
    if (m.convictedAs != null && !m.convToc.isEmpty()) {
      return m.convToc;
    }
    return m.toc.isEmpty() ? "UNKNOWN" : m.toc;
  }
}
