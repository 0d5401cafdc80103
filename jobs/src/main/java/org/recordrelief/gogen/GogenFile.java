package org.recordrelief.gogen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * gogen's model of ONE input file (gogen processed each file on its own, D-11): the rows in file
 * order with their raw values, and the subjects keyed by trimmed SUBJECT_ID in order of first
 * appearance. Rows with a blank SUBJECT_ID are kept as rows but belong to no subject.
 */
public final class GogenFile {
  private final List<GogenRow> rows;
  private final Map<String, GogenSubject> subjects;
  private final GogenProfile profile;

  private GogenFile(List<GogenRow> rows, Map<String, GogenSubject> subjects, GogenProfile profile) {
    this.rows = rows;
    this.subjects = subjects;
    this.profile = profile;
  }

  /**
   * Builds the model.
   *
   * @param rawRows data rows in file order, 95 raw values each (header already removed)
   * @param profile compatibility profile (the Los Angeles 2019-10 profile adds same-case gang
   *     pairs to the super strikes)
   * @throws GogenInputException when a row has the wrong field count, or a row of a subject has
   *     a CNT_ORDER shorter than 6 characters (gogen crashed on it, D-17)
   */
  public static GogenFile build(List<String[]> rawRows, GogenProfile profile) {
    List<GogenRow> rows = new ArrayList<>(rawRows.size());
    Map<String, List<GogenRow>> bySubject = new LinkedHashMap<>();
    for (int i = 0; i < rawRows.size(); i++) {
      String[] raw = rawRows.get(i);
      if (raw.length != org.recordrelief.doj.DojColumns.COUNT) {
        throw new GogenInputException(
            GogenInputException.ErrorType.PARSING,
            "record on line " + (i + 1) + ": wrong number of fields");
      }
      GogenRow row = new GogenRow(i, raw);
      rows.add(row);
      if (row.subjectId().isEmpty()) {
        continue;
      }
      if (row.cntOrder().length() < 6) {
        throw new GogenInputException(
            GogenInputException.ErrorType.OTHER,
            "CNT_ORDER shorter than 6 characters on data row "
                + (i + 1)
                + " (subject "
                + row.subjectId()
                + "): gogen could not slice it (D-17)");
      }
      bySubject.computeIfAbsent(row.subjectId(), k -> new ArrayList<>()).add(row);
    }
    boolean pairs = profile.losAngelesGangPairs();
    Map<String, GogenSubject> subjects = new LinkedHashMap<>();
    bySubject.forEach((id, rs) -> subjects.put(id, new GogenSubject(id, rs, pairs)));
    return new GogenFile(
        Collections.unmodifiableList(rows), Collections.unmodifiableMap(subjects), profile);
  }

  /**
   * The key gogen grouped a row's subject by: SUBJECT_ID with surrounding white space removed (Go
   * {@code strings.TrimSpace}); empty for a row that belongs to no subject.
   */
  public static String subjectKey(String rawSubjectId) {
    return GoText.trimSpace(rawSubjectId);
  }

  /** All data rows in file order. */
  public List<GogenRow> rows() {
    return rows;
  }

  /** Subjects in order of first appearance. */
  public Map<String, GogenSubject> subjects() {
    return subjects;
  }

  /** The subject of a row, or null for a blank SUBJECT_ID. */
  public GogenSubject subjectOf(GogenRow row) {
    return row.subjectId().isEmpty() ? null : subjects.get(row.subjectId());
  }

  /** The profile the model was built for. */
  public GogenProfile profile() {
    return profile;
  }
}
