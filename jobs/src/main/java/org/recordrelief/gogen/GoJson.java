package org.recordrelief.gogen;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A tiny writer for JSON laid out as Go's {@code json.MarshalIndent(v, "", "  ")} plus a final
 * LF: one member per line, {@code "key": value}, empty objects as {@code {}}, and Go's string
 * escaping (HTML-safe: {@code <}, {@code >}, {@code &} as {@code \u003c} …).
 */
final class GoJson {
  private final StringBuilder sb = new StringBuilder();
  private int depth;
  private boolean first;

  void begin() {
    sb.append('{');
    depth = 1;
    first = true;
  }

  String end() {
    sb.append('\n').append('}').append('\n');
    return sb.toString();
  }

  private void key(String k) {
    if (!first) {
      sb.append(',');
    }
    first = false;
    sb.append('\n').append("  ".repeat(depth)).append(quote(k)).append(": ");
  }

  void string(String k, String v) {
    key(k);
    sb.append(quote(v));
  }

  void number(String k, long v) {
    key(k);
    sb.append(v);
  }

  void raw(String k, String literal) {
    key(k);
    sb.append(literal);
  }

  void nullValue(String k) {
    key(k);
    sb.append("null");
  }

  void beginObject(String k) {
    key(k);
    sb.append('{');
    depth++;
    first = true;
  }

  void endObject() {
    depth--;
    if (first) {
      sb.append('}');
    } else {
      sb.append('\n').append("  ".repeat(depth)).append('}');
    }
    first = false;
  }

  void map(String k, Map<String, Integer> m) {
    beginObject(k);
    m.forEach((mk, mv) -> number(mk, mv));
    endObject();
  }

  /** Go's {@code encoding/json} string quoting with HTML escaping. */
  static String quote(String s) {
    StringBuilder q = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\r' -> q.append("\\r");
        case '\t' -> q.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> q.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  /** A float64 as Go's JSON encoder writes it (plain decimal for ordinary magnitudes). */
  static String goFloat(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e21) {
      return Long.toString((long) v);
    }
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
