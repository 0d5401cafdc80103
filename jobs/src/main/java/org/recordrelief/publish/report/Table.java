package org.recordrelief.publish.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A data table with a caption and a header row. Cell values: {@link Long}/{@link Integer}
 * (formatted with thousands separators, right-aligned), {@link Markup} (written as is: only this
 * package creates it), anything else as escaped text.
 */
final class Table {
  /** Markup written by this package's code, never data. */
  record Markup(String html, boolean numeric) {}

  private final String caption;
  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> numeric = new ArrayList<>();
  private final List<List<Object>> rows = new ArrayList<>();
  private List<Object> footer;
  private String cls = "";

  Table(String caption) {
    this.caption = caption;
  }

  Table col(String header) {
    headers.add(header);
    numeric.add(false);
    return this;
  }

  Table num(String header) {
    headers.add(header);
    numeric.add(true);
    return this;
  }

  Table cls(String cssClass) {
    this.cls = cssClass;
    return this;
  }

  Table row(Object... cells) {
    rows.add(List.of(nonNull(cells)));
    return this;
  }

  Table footer(Object... cells) {
    footer = List.of(nonNull(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  private static Object[] nonNull(Object[] cells) {
    Object[] out = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = cells[i] == null ? "" : cells[i];
    }
    return out;
  }

  String html() {
    StringBuilder s = new StringBuilder(2048);
    s.append("<div class=\"scroll\"><table").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"")
        .append("><caption>").append(Html.esc(caption)).append("</caption><thead><tr>");
    for (int i = 0; i < headers.size(); i++) {
      s.append(numeric.get(i) ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">")
          .append(Html.esc(headers.get(i))).append("</th>");
    }
    s.append("</tr></thead><tbody>");
    if (rows.isEmpty()) {
      s.append("<tr><td colspan=\"").append(headers.size()).append("\" class=\"nodata\">")
          .append("None.</td></tr>");
    }
    for (List<Object> r : rows) {
      cells(s, r, "td", true);
    }
    s.append("</tbody>");
    if (footer != null) {
      s.append("<tfoot>");
      cells(s, footer, "td", true);
      s.append("</tfoot>");
    }
    return s.append("</table></div>\n").toString();
  }

  private void cells(StringBuilder s, List<Object> r, String tag, boolean firstIsHeader) {
    s.append("<tr>");
    for (int i = 0; i < r.size(); i++) {
      Object v = r.get(i);
      boolean num = v instanceof Long || v instanceof Integer
          || (v instanceof Markup m && m.numeric())
          || (i < numeric.size() && numeric.get(i));
      String t = i == 0 && firstIsHeader ? "th" : tag;
      s.append('<').append(t);
      if (t.equals("th")) {
        s.append(" scope=\"row\"");
      }
      if (num) {
        s.append(" class=\"n\"");
      }
      s.append('>');
      if (v instanceof Long l) {
        s.append(Html.num(l));
      } else if (v instanceof Integer n) {
        s.append(Html.num(n));
      } else if (v instanceof Markup m) {
        s.append(m.html());
      } else {
        s.append(Html.esc(String.valueOf(v)));
      }
      s.append("</").append(t).append('>');
    }
    s.append("</tr>");
  }
}
