package org.recordrelief.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-local strict RFC 4180 splitting of single-line records (no quoted line breaks). */
final class TestCsv {
  private TestCsv() {}

  /** Fields of one line, or null when the quoting is malformed. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      b.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              b.append('"');
              i += 2;
            } else {
              i++;
              closed = true;
              break;
            }
          } else {
            b.append(c);
            i++;
          }
        }
        if (!closed || (i < n && line.charAt(i) != ',')) {
          return null;
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i);
          if (c == '"') {
            return null;
          }
          b.append(c);
          i++;
        }
      }
      out.add(b.toString());
      if (i >= n) {
        return out;
      }
      i++; // comma
    }
  }

  /** Physical lines of a file (LF or CRLF), without terminators. */
  static List<String> lines(Path p) throws IOException {
    String all = Files.readString(p, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < all.length(); i++) {
      if (all.charAt(i) == '\n') {
        int end = i > start && all.charAt(i - 1) == '\r' ? i - 1 : i;
        out.add(all.substring(start, end));
        start = i + 1;
      }
    }
    if (start < all.length()) {
      out.add(all.substring(start));
    }
    return out;
  }

  /** A CSV file with a header as a list of name→value maps. */
  static List<Map<String, String>> table(Path p) throws IOException {
    List<String> lines = lines(p);
    List<String> header = split(lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (int k = 1; k < lines.size(); k++) {
      List<String> f = split(lines.get(k));
      if (f == null || f.size() != header.size()) {
        throw new AssertionError(p + " line " + (k + 1) + " is not a valid record: " + lines.get(k));
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int j = 0; j < header.size(); j++) {
        m.put(header.get(j), f.get(j));
      }
      rows.add(m);
    }
    return rows;
  }
}
