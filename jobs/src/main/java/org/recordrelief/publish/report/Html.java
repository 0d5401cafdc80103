package org.recordrelief.publish.report;

import java.util.Locale;

/**
 * A small HTML writer: escaping and a few element helpers over a {@link StringBuilder}. Every
 * text and attribute value goes through {@link #esc}; markup is only ever written by this
 * package's code.
 */
final class Html {
  private final StringBuilder sb = new StringBuilder(64 * 1024);
  private int ids;

  /** Escapes text for element content and double- or single-quoted attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (r == null && Character.isISOControl(c) && c != '\n' && c != '\t') {
        r = " "; // control characters are not allowed in HTML text
      }
      if (r != null) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16);
          out.append(s, 0, i);
        }
        out.append(r);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** An integer with thousands separators, locale-independent (1,234,567). */
  static String num(long n) {
    return String.format(Locale.US, "%,d", n);
  }

  /** A share as a percentage with one decimal ("12.5%"), or an en dash when the total is 0. */
  static String pct(long part, long total) {
    if (total <= 0) {
      return "–";
    }
    return String.format(Locale.US, "%.1f%%", 100.0 * part / total);
  }

  /** A fresh id, unique within the page and the same on every rendering of the same input. */
  String id(String prefix) {
    return prefix + "-" + (++ids);
  }

  /** Appends markup written by this package (never data). */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** Appends escaped text. */
  Html text(String s) {
    sb.append(esc(s));
    return this;
  }

  /** {@code <tag>text</tag>} with the text escaped. */
  Html el(String tag, String text) {
    sb.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag class="cls">text</tag>} with the text escaped. */
  Html el(String tag, String cls, String text) {
    sb.append('<').append(tag).append(" class=\"").append(esc(cls)).append("\">")
        .append(esc(text)).append("</").append(tag).append('>');
    return this;
  }

  Html nl() {
    sb.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
