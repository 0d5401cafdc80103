package org.recordrelief.doj;

import java.util.Locale;

/**
 * Derived comparison values ({@code doj-input-format.md} §4): raw values are kept byte for byte
 * elsewhere; these helpers produce the trimmed, collapsed, upper-cased copies rules compare.
 */
public final class TextNorm {
  private TextNorm() {}

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\f'
        || c == '\u000B';
  }

  /** Trim space, tab, CR, LF and NBSP at both ends; null becomes "". */
  public static String trim(String raw) {
    if (raw == null) {
      return "";
    }
    int s = 0;
    int e = raw.length();
    while (s < e && isSpace(raw.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(raw.charAt(e - 1))) {
      e--;
    }
    return raw.substring(s, e);
  }

  /**
   * NUL and the other C0 control characters that are not whitespace: dropped from derived values
   * ({@code doj-input-format.md} §9.2 {@code CONTROL_CHARACTERS}; the raw value keeps them).
   */
  private static boolean isControl(char c) {
    return c < 0x20 && !isSpace(c);
  }

  private static String withoutControls(String raw) {
    if (raw == null) {
      return "";
    }
    for (int i = 0; i < raw.length(); i++) {
      if (isControl(raw.charAt(i))) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
          if (!isControl(raw.charAt(k))) {
            sb.append(raw.charAt(k));
          }
        }
        return sb.toString();
      }
    }
    return raw;
  }

  /** Upper-case ASCII with no whitespace other than single spaces. */
  private static boolean isAlreadyComparable(String t) {
    char prev = 'x';
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 128 || (c >= 'a' && c <= 'z') || (isSpace(c) && (c != ' ' || prev == ' '))) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /**
   * Control characters dropped, trimmed, internal whitespace runs collapsed to one space, upper
   * case (ROOT locale).
   */
  public static String comparable(String raw) {
    String t = trim(withoutControls(raw));
    if (t.isEmpty() || isAlreadyComparable(t)) {
      return t; // the common case in DOJ data: upper-case ASCII with single spaces
    }
    StringBuilder sb = new StringBuilder(t.length());
    boolean lastSpace = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (isSpace(c)) {
        if (!lastSpace) {
          sb.append(' ');
        }
        lastSpace = true;
      } else {
        sb.append(c);
        lastSpace = false;
      }
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * True when the value carries no information: empty after dropping control characters and
   * trimming, the literal {@code NULL} (any case), or only spaces and hyphens (gogen's generator
   * filler {@code "  -  "}).
   */
  public static boolean isBlank(String raw) {
    String t = trim(withoutControls(raw));
    if (t.isEmpty() || t.equalsIgnoreCase("NULL")) {
      return true;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c != '-' && !isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** True when the trimmed value is the literal NULL (case-insensitive). */
  public static boolean isLiteralNull(String raw) {
    return trim(raw).equalsIgnoreCase("NULL");
  }

  /** {@link #comparable} or null when {@link #isBlank}. */
  public static String valueOrNull(String raw) {
    return isBlank(raw) ? null : comparable(raw);
  }
}
