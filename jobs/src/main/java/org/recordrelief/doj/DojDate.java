package org.recordrelief.doj;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * A DOJ {@code YYYYMMDD} date with its precision ({@code doj-input-format.md} §5). Partial dates
 * ({@code YYYY0000}, {@code YYYYMM00}) are intervals [earliest, latest]; they are never replaced by
 * January 1 or a zero date. Every comparison is interval logic returning {@link Tri}.
 *
 * @param raw the original string, unchanged (may be null)
 * @param precision DAY, MONTH, YEAR or NONE
 * @param earliest first day the value can denote (null when NONE)
 * @param latest last day the value can denote (null when NONE)
 * @param issue null, or DATE_PARTIAL, DATE_INVALID, DATE_PLACEHOLDER
 */
public record DojDate(
    String raw, DatePrecision precision, LocalDate earliest, LocalDate latest, String issue) {

  public static final String DATE_PARTIAL = "DATE_PARTIAL";
  public static final String DATE_INVALID = "DATE_INVALID";
  public static final String DATE_PLACEHOLDER = "DATE_PLACEHOLDER";

  /** Default placeholder values treated as unknown (configurable per run). */
  public static final Set<String> DEFAULT_PLACEHOLDERS = Set.of("19000101", "99999999", "11111111");

  private static final DojDate BLANK = new DojDate("", DatePrecision.NONE, null, null, null);

  /** Parse with the default placeholder list. */
  public static DojDate parse(String raw) {
    return parse(raw, DEFAULT_PLACEHOLDERS);
  }

  /**
   * Parse a raw DOJ date. Blank (after trimming) gives precision NONE with no issue; anything that
   * is not 8 digits, an impossible month or day, or {@code 00000000} gives NONE with DATE_INVALID;
   * a configured placeholder gives NONE with DATE_PLACEHOLDER.
   */
  public static DojDate parse(String raw, Set<String> placeholders) {
    String t = TextNorm.trim(raw);
    if (t.isEmpty() || t.equalsIgnoreCase("NULL")) {
      return new DojDate(raw, DatePrecision.NONE, null, null, null);
    }
    if (t.length() != 8 || !allDigits(t)) {
      return invalid(raw);
    }
    if (placeholders != null && placeholders.contains(t)) {
      return new DojDate(raw, DatePrecision.NONE, null, null, DATE_PLACEHOLDER);
    }
    int y = Integer.parseInt(t.substring(0, 4));
    int m = Integer.parseInt(t.substring(4, 6));
    int d = Integer.parseInt(t.substring(6, 8));
    if (y == 0 || m > 12 || (m == 0 && d != 0)) {
      return invalid(raw);
    }
    try {
      if (m == 0) {
        return new DojDate(
            raw, DatePrecision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DATE_PARTIAL);
      }
      if (d == 0) {
        YearMonth ym = YearMonth.of(y, m);
        return new DojDate(
            raw, DatePrecision.MONTH, ym.atDay(1), ym.atEndOfMonth(), DATE_PARTIAL);
      }
      LocalDate v = LocalDate.of(y, m, d);
      return new DojDate(raw, DatePrecision.DAY, v, v, null);
    } catch (DateTimeException e) {
      return invalid(raw);
    }
  }

  private static DojDate invalid(String raw) {
    return new DojDate(raw, DatePrecision.NONE, null, null, DATE_INVALID);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** An exact date (for tests and derived values). */
  public static DojDate of(LocalDate d) {
    if (d == null) {
      return BLANK;
    }
    String raw = String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    return new DojDate(raw, DatePrecision.DAY, d, d, null);
  }

  /** An exact date from ISO text {@code YYYY-MM-DD}. */
  public static DojDate of(String iso) {
    return of(LocalDate.parse(iso));
  }

  /** A year-only date (any day in that year). */
  public static DojDate ofYear(int year) {
    return parse(String.format("%04d0000", year));
  }

  /** The unknown date. */
  public static DojDate unknown() {
    return BLANK;
  }

  public boolean isKnown() {
    return precision != DatePrecision.NONE;
  }

  public boolean isExact() {
    return precision == DatePrecision.DAY;
  }

  /** The exact date when precision is DAY, else null. */
  public LocalDate value() {
    return precision == DatePrecision.DAY ? earliest : null;
  }

  /** This date is strictly before {@code d} (every day of the interval). */
  public Tri isBefore(LocalDate d) {
    if (!isKnown() || d == null) {
      return Tri.UNKNOWN;
    }
    if (latest.isBefore(d)) {
      return Tri.TRUE;
    }
    if (!earliest.isBefore(d)) {
      return Tri.FALSE;
    }
    return Tri.UNKNOWN;
  }

  /** This date is on or after {@code d}. */
  public Tri isOnOrAfter(LocalDate d) {
    return isBefore(d).not();
  }

  /** This date is strictly after {@code d}. */
  public Tri isAfter(LocalDate d) {
    if (!isKnown() || d == null) {
      return Tri.UNKNOWN;
    }
    if (earliest.isAfter(d)) {
      return Tri.TRUE;
    }
    if (!latest.isAfter(d)) {
      return Tri.FALSE;
    }
    return Tri.UNKNOWN;
  }

  /** This date is on or before {@code d}. */
  public Tri isOnOrBefore(LocalDate d) {
    return isAfter(d).not();
  }

  /** This date is strictly before {@code other} for every pair of days. */
  public Tri isBefore(DojDate other) {
    if (!isKnown() || other == null || !other.isKnown()) {
      return Tri.UNKNOWN;
    }
    if (latest.isBefore(other.earliest)) {
      return Tri.TRUE;
    }
    if (!earliest.isBefore(other.latest)) {
      return Tri.FALSE;
    }
    return Tri.UNKNOWN;
  }

  /** This date is strictly after {@code other}. */
  public Tri isAfter(DojDate other) {
    return other == null ? Tri.UNKNOWN : other.isBefore(this);
  }

  /** Both denote the same single day (TRUE only when both are exact and equal). */
  public Tri isSameDay(DojDate other) {
    if (!isKnown() || other == null || !other.isKnown()) {
      return Tri.UNKNOWN;
    }
    if (latest.isBefore(other.earliest) || other.latest.isBefore(earliest)) {
      return Tri.FALSE;
    }
    return isExact() && other.isExact() ? Tri.TRUE : Tri.UNKNOWN;
  }

  /**
   * Whole years from {@code dob} to {@code at} (a person is N on their N-th birthday), as the
   * smallest and largest value over both intervals; null when either date is unknown.
   */
  public static int[] ageRange(DojDate dob, DojDate at) {
    if (dob == null || at == null || !dob.isKnown() || !at.isKnown()) {
      return null;
    }
    int min = (int) ChronoUnit.YEARS.between(dob.latest, at.earliest);
    int max = (int) ChronoUnit.YEARS.between(dob.earliest, at.latest);
    return new int[] {min, max};
  }

  /** ISO text of the exact value, or null. */
  public String isoOrNull() {
    LocalDate v = value();
    return v == null ? null : v.toString();
  }
}
