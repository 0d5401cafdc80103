package org.recordrelief.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.recordrelief.doj.TextNorm;
import org.recordrelief.validate.RecordValidator;

/**
 * Normalisation of the non-name identity fields ({@code entity-resolution.md} §2.1): CII,
 * strong identifiers (FBI, CDL, SSN), DOB, sex and race. Every function returns null for a value
 * that must not count as agreement (blank, placeholder, malformed).
 */
public final class IdentityValues {
  private IdentityValues() {}

  /** The trimmed, upper-cased CII when it has the observed shape, else null. */
  public static String cii(String raw) {
    String c = TextNorm.valueOrNull(raw);
    return c != null && RecordValidator.isCiiShape(c) ? c : null;
  }

  /** Profile id of a row: {@code C:<cii>} for a valid CII, else {@code S:<subject key>}. */
  public static String profileId(String rawCii, String subjectKey) {
    String c = cii(rawCii);
    return c != null ? "C:" + c : "S:" + subjectKey;
  }

  /**
   * A strong identifier upper-cased with separators removed; null for blanks and placeholders:
   * fewer than 5 characters, one character repeated (all zeros), or a run of consecutive digits
   * ({@code 123456789}, {@code 987654321}).
   */
  public static String strongId(String raw) {
    String t = TextNorm.valueOrNull(raw);
    if (t == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      }
    }
    String v = sb.toString();
    if (v.length() < 5 || isRepeated(v) || isSequence(v, 1) || isSequence(v, -1)) {
      return null;
    }
    return v;
  }

  /**
   * An SSN: 9 digits after {@link #strongId}, and not area 000/666, group 00 or serial 0000.
   * Area 9xx stays (ITINs identify people too; the synthetic generator uses it).
   */
  public static String ssn(String raw) {
    String v = strongId(raw);
    if (v == null || v.length() != 9 || !v.chars().allMatch(Character::isDigit)) {
      return null;
    }
    String area = v.substring(0, 3);
    if (area.equals("000") || area.equals("666") || v.startsWith("00", 3)
        || v.endsWith("0000")) {
      return null;
    }
    return v;
  }

  private static boolean isRepeated(String v) {
    for (int i = 1; i < v.length(); i++) {
      if (v.charAt(i) != v.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSequence(String v, int step) {
    for (int i = 1; i < v.length(); i++) {
      char a = v.charAt(i - 1);
      char b = v.charAt(i);
      if (!Character.isDigit(a) || !Character.isDigit(b) || (b - a + 10) % 10 != (step + 10) % 10) {
        return false;
      }
    }
    return true;
  }

  /** Sex as M or F (M, MALE, F, FEMALE); anything else is unknown (null). */
  public static String sex(String raw) {
    String t = TextNorm.valueOrNull(raw);
    if (t == null) {
      return null;
    }
    return switch (t) {
      case "M", "MALE" -> "M";
      case "F", "FEMALE" -> "F";
      default -> null;
    };
  }

  /** Race description, comparable; UNKNOWN and blanks are null. */
  public static String race(String raw) {
    String t = TextNorm.valueOrNull(raw);
    if (t == null || t.equals("UNKNOWN") || t.equals("U") || t.equals("OTHER UNKNOWN")) {
      return null;
    }
    return t;
  }

  /** A DOB for matching and blocking: status says why a value is not usable for matching. */
  public record Dob(String exact, Integer year, Status status) {
    /** Why the DOB is (not) usable. */
    public enum Status {
      EXACT,
      BLANK,
      INVALID,
      PLACEHOLDER,
      PARTIAL
    }

    /** The exact date, or null. */
    public LocalDate date() {
      return exact == null ? null : LocalDate.parse(exact.substring(0, 4) + "-"
          + exact.substring(4, 6) + "-" + exact.substring(6, 8));
    }
  }

  /**
   * Parse a raw {@code YYYYMMDD} DOB, never throwing. Placeholders (exact values or patterns with
   * {@code y} for any digit) and partial dates have no exact value; their year (when plausible,
   * 1880 and later) is kept for blocking.
   */
  public static Dob dob(String raw, List<String> placeholders) {
    String t = TextNorm.trim(raw);
    if (t.isEmpty() || t.equalsIgnoreCase("NULL")) {
      return new Dob(null, null, Dob.Status.BLANK);
    }
    if (t.length() != 8 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new Dob(null, null, Dob.Status.INVALID);
    }
    int y = Integer.parseInt(t.substring(0, 4));
    int m = Integer.parseInt(t.substring(4, 6));
    int d = Integer.parseInt(t.substring(6, 8));
    Integer year = y >= 1880 ? y : null;
    for (String p : placeholders) {
      if (matches(p, t)) {
        return new Dob(null, p.startsWith("yyyy") ? year : null, Dob.Status.PLACEHOLDER);
      }
    }
    if (m == 0 || d == 0) {
      return new Dob(null, m > 12 ? null : year, year == null ? Dob.Status.INVALID
          : Dob.Status.PARTIAL);
    }
    try {
      LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return new Dob(null, null, Dob.Status.INVALID);
    }
    return year == null ? new Dob(null, null, Dob.Status.INVALID)
        : new Dob(t, year, Dob.Status.EXACT);
  }

  static boolean matches(String pattern, String value) {
    for (int i = 0; i < 8; i++) {
      char p = pattern.charAt(i);
      if (p != 'y' && p != value.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Day and month swapped ({@code YYYYDDMM}), when that is a different valid date, else null. */
  public static String swapDayMonth(String exact) {
    if (exact == null) {
      return null;
    }
    String mm = exact.substring(4, 6);
    String dd = exact.substring(6, 8);
    if (mm.equals(dd)) {
      return null;
    }
    String s = exact.substring(0, 4) + dd + mm;
    try {
      LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(dd),
          Integer.parseInt(mm));
      return s;
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }
}
