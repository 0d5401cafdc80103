package org.recordrelief.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.ingest.CsvLineParser;

/**
 * Builds synthetic DOJ records for tests: 95 fields, separators filled with {@code #}, every
 * other column blank unless set by name. Invented values only.
 */
public final class DojLine {
  private final String[] f = new String[DojColumns.COUNT];

  private DojLine() {
    Arrays.fill(f, "");
    for (int sep : new int[] {3, 10, 20, 35, 38, 49, 83, 94}) {
      f[sep] = "#";
    }
  }

  /** A court-step conviction row of subject {@code subjectId}. */
  public static DojLine conviction(String subjectId, String cntOrder, String offense) {
    return new DojLine()
        .set("SUBJECT_ID", subjectId)
        .set("CII_NUMBER", "A" + String.format("%09d", Math.abs(subjectId.hashCode()) % 1_000_000_000))
        .set("PRI_NAME", "TESTPERSON,ALPHA")
        .set("PRI_DOB", "19700101")
        .set("CNT_ORDER", cntOrder)
        .set("STP_TYPE_DESCR", "COURT ACTION")
        .set("STP_EVENT_DATE", "20100301")
        .set("CYC_DATE", "20100101")
        .set("STP_ORI_CNTY_NAME", "LOS ANGELES")
        .set("OFFENSE_DESCR", offense)
        .set("DISP_DESCR", "CONVICTED-PROBATION")
        .set("CONV_STAT_DESCR", "FELONY");
  }

  /** A blank record with only the separators. */
  public static DojLine blank() {
    return new DojLine();
  }

  public DojLine set(String column, String value) {
    int i = DojColumns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no DOJ column " + column);
    }
    f[i] = value;
    return this;
  }

  public String get(String column) {
    return f[DojColumns.indexOf(column)];
  }

  public String[] fields() {
    return f.clone();
  }

  /** The record as one CSV line (no line end). */
  public String csv() {
    return CsvLineParser.formatLine(Arrays.asList(f));
  }

  /** The record with its last field dropped (94 fields). */
  public String csvShort() {
    return CsvLineParser.formatLine(Arrays.asList(f).subList(0, DojColumns.COUNT - 1));
  }

  /** The header line. */
  public static String header() {
    return String.join(",", DojColumns.NAMES);
  }

  /** Lines joined with LF and a final LF. */
  public static String file(String... lines) {
    List<String> l = new ArrayList<>(Arrays.asList(lines));
    return String.join("\n", l) + "\n";
  }
}
