package org.recordrelief.gogen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * gogen's date handling, reproduced for the compatible export only ({@code doj-input-format.md}
 * §5, defect D-09): a DOJ date is parsed as exactly {@code YYYYMMDD}; anything else (blank,
 * partial {@code YYYY0000}, impossible days, padding) becomes "zero time", 0001-01-01, which is
 * before every real date, prints as {@code 01/01/0001} and has "years since" {@code -1.0}.
 *
 * <p>Year arithmetic follows Go's {@code time.AddDate}: 29 February plus a number of years that
 * lands in a common year normalises to 1 March (Java's {@code plusYears} would give 28 February).
 */
public final class GogenDates {
  private GogenDates() {}

  /** gogen's zero time as a date. */
  public static final LocalDate ZERO = LocalDate.of(1, 1, 1);

  /** Hours in gogen's year for "years since" values: 24 × 365.25. */
  private static final double HOURS_PER_YEAR = 24 * 365.25;

  /** Parses {@code YYYYMMDD} exactly (8 ASCII digits, valid month and day), else {@link #ZERO}. */
  public static LocalDate parse(String raw) {
    if (raw == null || raw.length() != 8) {
      return ZERO;
    }
    for (int i = 0; i < 8; i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return ZERO;
      }
    }
    int year = Integer.parseInt(raw.substring(0, 4));
    int month = Integer.parseInt(raw.substring(4, 6));
    int day = Integer.parseInt(raw.substring(6, 8));
    if (month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return ZERO;
    }
    return LocalDate.of(year, month, day);
  }

  /** True for gogen's zero time. */
  public static boolean isZero(LocalDate d) {
    return ZERO.equals(d);
  }

  /** {@code MM/DD/YYYY}; the zero date prints {@code 01/01/0001}. */
  public static String format(LocalDate d) {
    return String.format(
        "%02d/%02d/%04d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
  }

  /** RFC 3339 at midnight UTC, as Go's JSON encoding of a {@code time.Time} writes it. */
  public static String rfc3339(LocalDate d) {
    return String.format(
        "%04d-%02d-%02dT00:00:00Z", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** Go's {@code AddDate(years, 0, 0)}: 29 February into a common year becomes 1 March. */
  public static LocalDate addYears(LocalDate d, int years) {
    int y = d.getYear() + years;
    if (d.getMonthValue() == 2 && d.getDayOfMonth() == 29 && !java.time.Year.isLeap(y)) {
      return LocalDate.of(y, 3, 1);
    }
    return LocalDate.of(y, d.getMonthValue(), d.getDayOfMonth());
  }

  /** (to − from) in hours / (24 × 365.25), as a double (dates are midnights, UTC). */
  public static double yearsBetween(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return (days * 24) / HOURS_PER_YEAR;
  }

  /**
   * "Years since" column value: (evaluation date − date) in years with one decimal, rounded as
   * Go's {@code %.1f} does (exact binary value, ties to even, sign kept for negative values that
   * round to zero); the zero date gives {@code -1.0}.
   */
  public static String yearsSince(LocalDate date, LocalDate evaluationDate) {
    if (isZero(date)) {
      return "-1.0";
    }
    return formatOneDecimal(yearsBetween(date, evaluationDate));
  }

  /** Go's {@code strconv.FormatFloat(v, 'f', 1, 64)} for finite values. */
  public static String formatOneDecimal(double v) {
    boolean negative = v < 0 || (v == 0 && 1 / v < 0);
    String digits = new BigDecimal(Math.abs(v)).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    return negative ? "-" + digits : digits;
  }

  /** Midnight of {@code d} plus {@code hours} (gogen's sentence end). */
  public static LocalDateTime plusHours(LocalDate d, long hours) {
    return d.atStartOfDay().plusHours(hours);
  }
}
