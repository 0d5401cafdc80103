package org.recordrelief.validate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.doj.DojDate;
import org.recordrelief.doj.TextNorm;
import org.recordrelief.ingest.CsvLineParser;

/**
 * Decides what one physical line is ({@code doj-input-format.md} §1.1–§1.2, §9.2): header, blank,
 * a valid record with warnings, or a quarantined record with a reason. Thread-safe and pure.
 */
public final class RecordValidator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Columns parsed as {@code YYYYMMDD} dates. */
  static final int[] DATE_COLUMNS = {
    DojColumns.REQ_DOB,
    DojColumns.PRI_DOB,
    DojColumns.CYC_DATE,
    DojColumns.STP_EVENT_DATE,
    DojColumns.DISP_DATE
  };

  private final IngestSettings settings;

  public RecordValidator(IngestSettings settings) {
    this.settings = settings;
  }

  /**
   * Validate one line (without its line end).
   *
   * @param text the decoded line (a leading BOM already removed by the reader)
   * @param firstLine the line is line 1 of its file (only there can a header stand)
   * @param lastLine the line is the last of its file (an open quote there is a truncated record)
   * @param nonUtf8 the bytes were not valid UTF-8 and were decoded as ISO-8859-1
   */
  public ValidatedLine validate(String text, boolean firstLine, boolean lastLine, boolean nonUtf8) {
    if (TextNorm.trim(text).isEmpty()) {
      return ValidatedLine.blank();
    }
    List<String> issues = new ArrayList<>(2);
    if (nonUtf8) {
      if (!settings.acceptNonUtf8()) {
        return ValidatedLine.quarantined(
            QuarantineReason.NON_UTF8_BYTES, "bytes are not valid UTF-8", null, List.of());
      }
      issues.add("NON_UTF8_BYTES");
    }
    CsvLineParser.Result parsed = CsvLineParser.parse(text);
    List<String> fields = parsed.fields();
    int n = fields.size();
    if (parsed.error() != null) {
      if (parsed.error() == CsvLineParser.ErrorCode.UNTERMINATED_QUOTE) {
        return lastLine
            ? ValidatedLine.quarantined(
                QuarantineReason.TRUNCATED_FINAL_RECORD,
                "file ends inside a quoted field", null, issues)
            : ValidatedLine.quarantined(
                QuarantineReason.QUOTED_LINE_BREAK,
                "line ends inside a quoted field (quoted line break)", null, issues);
      }
      // A header-like line with broken quoting is still a broken record: the quote decides.
      return ValidatedLine.quarantined(
          QuarantineReason.MALFORMED_QUOTE, "stray or unbalanced quote", null, issues);
    }

    boolean startsWithRecordId =
        n > 0 && "RECORD_ID".equals(TextNorm.comparable(stripBom(fields.get(0))));
    boolean headerLike = startsWithRecordId || isHeaderLike(fields);
    if (firstLine && headerLike) {
      String mismatch = headerMismatch(fields);
      return ValidatedLine.header(n, mismatch != null, mismatch, issues);
    }
    if (headerLike) {
      return ValidatedLine.quarantined(
          QuarantineReason.EMBEDDED_HEADER, "header record after line 1", n, issues);
    }

    if (n == DojColumns.COUNT + 1 && fields.get(DojColumns.COUNT).isEmpty()) {
      if (!settings.acceptTrailingEmptyField()) {
        return ValidatedLine.quarantined(
            QuarantineReason.FIELD_COUNT_TRAILING_COMMA,
            "96 fields, last empty (trailing comma)", n, issues);
      }
      issues.add("TRAILING_EMPTY_FIELD");
    } else if (n != DojColumns.COUNT) {
      return ValidatedLine.quarantined(
          QuarantineReason.FIELD_COUNT, n + " fields, expected 95", n, issues);
    }

    String[] values = new String[DojColumns.COUNT];
    for (int i = 0; i < DojColumns.COUNT; i++) {
      values[i] = fields.get(i);
    }
    String subjectId = TextNorm.isBlank(values[DojColumns.SUBJECT_ID])
        ? null : TextNorm.comparable(values[DojColumns.SUBJECT_ID]);
    String cii = TextNorm.isBlank(values[DojColumns.CII_NUMBER])
        ? null : TextNorm.comparable(values[DojColumns.CII_NUMBER]);
    if (subjectId == null && cii == null) {
      return ValidatedLine.quarantined(
          QuarantineReason.NO_PERSON_KEY, "SUBJECT_ID and CII_NUMBER both blank", n, issues);
    }
    String subjectKey = subjectId != null ? subjectId : "CII:" + cii;
    if (subjectId == null) {
      issues.add("BLANK_SUBJECT_ID");
    }
    if (cii != null && !isCiiShape(cii)) {
      issues.add("CII_FORMAT");
    }
    valueIssues(values, issues);
    return new ValidatedLine(
        LineKind.DATA, null, null, n, values, subjectKey, List.copyOf(issues), false);
  }

  private void valueIssues(String[] values, List<String> issues) {
    boolean literalNull = false;
    boolean control = false;
    for (int i = 0; i < values.length; i++) {
      String v = values[i];
      int len = v.length();
      if (len > settings.maxFieldChars()) {
        issues.add("OVERLONG_FIELD:" + DojColumns.NAMES.get(i));
      }
      if (!control) {
        for (int k = 0; k < len; k++) {
          char c = v.charAt(k);
          if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
            control = true;
            issues.add("CONTROL_CHARACTERS:" + DojColumns.NAMES.get(i));
            break;
          }
        }
      }
      if (!literalNull && len >= 4 && len <= 16 && TextNorm.isLiteralNull(v)) {
        literalNull = true;
        issues.add("LITERAL_NULL:" + DojColumns.NAMES.get(i));
      }
    }
    for (int col : DATE_COLUMNS) {
      DojDate d = DojDate.parse(values[col], settings.datePlaceholders());
      if (d.issue() != null) {
        issues.add(d.issue() + ":" + DojColumns.NAMES.get(col));
      }
    }
  }

  /** The observed CII shape: 10 characters, digits with an optional leading letter. */
  public static boolean isCiiShape(String cii) {
    if (cii.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = cii.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (i == 0 && c >= 'A' && c <= 'Z');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** At least half of the fields are DOJ column names, wherever they stand. */
  static boolean isHeaderLike(List<String> fields) {
    int size = fields.size();
    int needed = (size + 1) / 2; // names * 2 >= size
    int names = 0;
    int misses = 0;
    boolean nonEmpty = false;
    for (String f : fields) {
      if (f.isEmpty()) {
        misses++;
      } else {
        String t = TextNorm.trim(f);
        nonEmpty |= !t.isEmpty();
        if (DojColumns.isColumnName(t)) {
          names++;
        } else {
          misses++;
        }
      }
      if (size - misses < needed) {
        return false; // checked on every line: stop as soon as the answer is known
      }
    }
    return nonEmpty && names >= needed;
  }

  /**
   * Null when the header names equal the layout; otherwise a short description that quotes no
   * value other than a DOJ column name.
   */
  static String headerMismatch(List<String> fields) {
    int n = fields.size();
    boolean trailing = n == DojColumns.COUNT + 1 && TextNorm.trim(fields.get(n - 1)).isEmpty();
    int named = trailing ? DojColumns.COUNT : n;
    if (named != DojColumns.COUNT) {
      return "header has " + n + " names, expected 95";
    }
    for (int i = 0; i < DojColumns.COUNT; i++) {
      String got = TextNorm.trim(stripBom(fields.get(i))).toUpperCase(Locale.ROOT);
      if (!got.equals(DojColumns.NAMES.get(i))) {
        // The value is shown only when it is a column name: anything else may be a person's data
        // (this text reaches the console and summary.json).
        String found = DojColumns.isColumnName(got) ? "'" + got + "'"
            : got.isEmpty() ? "empty" : "not a DOJ column name";
        return "header column " + i + " is " + found + ", expected " + DojColumns.NAMES.get(i);
      }
    }
    return null;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

}
