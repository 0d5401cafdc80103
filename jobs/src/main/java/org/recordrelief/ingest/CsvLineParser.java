package org.recordrelief.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Strict RFC 4180 parsing of one physical line of a DOJ extract ({@code doj-input-format.md} §1),
 * and Go-{@code encoding/csv}-compatible formatting for writers and generators.
 *
 * <p>Spark's CSV source pads short records, truncates long ones and splits quoted line breaks, so
 * the reader parses every line itself with {@link #parse}: one pass over the characters, no regex,
 * no shared mutable state (safe to call from any number of threads). Values are returned exactly
 * as written — padding, tabs and control characters kept — with the enclosing quotes removed and
 * doubled quotes un-doubled.
 */
public final class CsvLineParser {
  private CsvLineParser() {}

  /** Why a line is not a well-formed RFC 4180 record. */
  public enum ErrorCode {
    /**
     * A quote inside an unquoted field ({@code AB"C}, or {@code  "X"} with a leading space), or a
     * character other than a comma after a closing quote ({@code "X"Y}).
     */
    MALFORMED_QUOTE,
    /**
     * The line ends inside a quoted field: either a quoted line break (the record continues on the
     * next physical line) or a truncated record; the caller decides.
     */
    UNTERMINATED_QUOTE
  }

  /**
   * The fields of one line and the first error found, if any. On error the fields are a
   * best-effort reading (a stray quote kept as a literal character; an unterminated last field
   * holding the text up to the end of the line), useful for diagnostics only.
   *
   * @param fields field values in order (unmodifiable); an empty line gives one empty field
   * @param error null when the line is well formed
   */
  public record Result(List<String> fields, ErrorCode error) {
    public boolean ok() {
      return error == null;
    }

    public int fieldCount() {
      return fields.size();
    }
  }

  /**
   * Parses one physical line, already stripped of its CR/LF.
   *
   * @param line the line; null is treated as empty
   */
  public static Result parse(String line) {
    String s = line == null ? "" : line;
    int n = s.length();
    List<String> fields = new ArrayList<>(96);
    ErrorCode error = null;
    int i = 0;
    while (true) {
      if (i < n && s.charAt(i) == '"') {
        // quoted field
        int segStart = i + 1;
        int j = segStart;
        StringBuilder sb = null;
        boolean closed = false;
        while (j < n) {
          if (s.charAt(j) == '"') {
            if (j + 1 < n && s.charAt(j + 1) == '"') {
              if (sb == null) {
                sb = new StringBuilder(j - segStart + 16);
              }
              sb.append(s, segStart, j + 1);
              j += 2;
              segStart = j;
              continue;
            }
            closed = true;
            break;
          }
          j++;
        }
        if (!closed) {
          fields.add(sb == null ? s.substring(segStart) : sb.append(s, segStart, n).toString());
          if (error == null) {
            error = ErrorCode.UNTERMINATED_QUOTE;
          }
          break;
        }
        String value = sb == null ? s.substring(segStart, j) : sb.append(s, segStart, j).toString();
        i = j + 1;
        if (i < n && s.charAt(i) != ',') {
          // text after the closing quote: keep it literally up to the next comma
          if (error == null) {
            error = ErrorCode.MALFORMED_QUOTE;
          }
          int k = s.indexOf(',', i);
          int end = k < 0 ? n : k;
          value = value + s.substring(i, end);
          i = end;
        }
        fields.add(value);
        if (i >= n) {
          break;
        }
        i++; // the comma; a comma at the very end yields a final empty field on the next pass
      } else {
        int k = i;
        while (k < n) {
          char c = s.charAt(k);
          if (c == ',') {
            break;
          }
          if (c == '"' && error == null) {
            error = ErrorCode.MALFORMED_QUOTE;
          }
          k++;
        }
        fields.add(s.substring(i, k));
        if (k >= n) {
          break;
        }
        i = k + 1;
      }
    }
    return new Result(Collections.unmodifiableList(fields), error);
  }

  /**
   * Writes one record as Go's {@code encoding/csv} Writer does (without the line end): a field is
   * quoted only if it contains a comma, a quote, CR or LF, begins with a Unicode space character
   * (space, tab, NBSP, …), or is exactly {@code \.}; embedded quotes are doubled; CR and LF inside
   * a quoted field are written as they are. The empty string is never quoted. Null is written as
   * an empty field.
   */
  public static String formatLine(List<String> fields) {
    StringBuilder sb = new StringBuilder(fields.size() * 8);
    for (int f = 0; f < fields.size(); f++) {
      if (f > 0) {
        sb.append(',');
      }
      String v = fields.get(f);
      if (v == null || v.isEmpty()) {
        continue;
      }
      if (!needsQuotes(v)) {
        sb.append(v);
        continue;
      }
      sb.append('"');
      int seg = 0;
      for (int i = 0; i < v.length(); i++) {
        if (v.charAt(i) == '"') {
          sb.append(v, seg, i + 1).append('"');
          seg = i + 1;
        }
      }
      sb.append(v, seg, v.length()).append('"');
    }
    return sb.toString();
  }

  private static boolean needsQuotes(String v) {
    if (v.equals("\\.")) {
      return true; // Go quotes this so the line cannot be read as an end-of-data marker
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return isGoSpace(v.codePointAt(0));
  }

  /** Go's {@code unicode.IsSpace}: the Latin-1 spaces plus Unicode White_Space characters. */
  private static boolean isGoSpace(int cp) {
    return switch (cp) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F,
          0x3000 -> true;
      default -> cp >= 0x2000 && cp <= 0x200A;
    };
  }
}
