package org.recordrelief.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import org.recordrelief.doj.DatePrecision;
import org.recordrelief.doj.DojDate;

/** Epoch-day arithmetic and DOJ {@code YYYYMMDD} formatting without per-call formatters. */
final class Dates {
  private Dates() {}

  /** 2016-11-09, the day Prop 64 took effect. */
  static final int PROP64_EFFECTIVE = (int) LocalDate.of(2016, 11, 9).toEpochDay();

  /** 2011-01-01, when SB 1449 made possession of 28.5 g or less an infraction. */
  static final int SB1449 = (int) LocalDate.of(2011, 1, 1).toEpochDay();

  static int day(int year, int month, int dayOfMonth) {
    return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
  }

  /** The same calendar day {@code years} later (Feb 29 becomes Feb 28). */
  static int plusYears(int epochDay, int years) {
    return (int) LocalDate.ofEpochDay(epochDay).plusYears(years).toEpochDay();
  }

  static int year(int epochDay) {
    return LocalDate.ofEpochDay(epochDay).getYear();
  }

  /** Whole years from {@code from} to {@code to}. */
  static int age(int fromEpochDay, int toEpochDay) {
    LocalDate a = LocalDate.ofEpochDay(fromEpochDay);
    LocalDate b = LocalDate.ofEpochDay(toEpochDay);
    int years = b.getYear() - a.getYear();
    if (b.getMonthValue() < a.getMonthValue()
        || (b.getMonthValue() == a.getMonthValue() && b.getDayOfMonth() < a.getDayOfMonth())) {
      years--;
    }
    return years;
  }

  /** YYYYMMDD. */
  static String yyyymmdd(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return format(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** YYYYMM00: month known, day unknown. */
  static String yyyymm00(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return format(d.getYear(), d.getMonthValue(), 0);
  }

  /** YYYY0000: year known only. */
  static String yyyy0000(int epochDay) {
    return format(LocalDate.ofEpochDay(epochDay).getYear(), 0, 0);
  }

  /** The date as written with the given precision; "" for NONE (a missing value). */
  static String raw(int epochDay, DatePrecision precision) {
    switch (precision) {
      case DAY:
        return yyyymmdd(epochDay);
      case MONTH:
        return yyyymm00(epochDay);
      case YEAR:
        return yyyy0000(epochDay);
      default:
        return "";
    }
  }

  /**
   * The interval a date written with {@code precision} denotes, in the project's date type
   * ({@code doj-input-format.md} §5), built from what the generator drew: the day, the month or
   * the year of {@code epochDay}; unknown for NONE.
   */
  static DojDate dojDate(int epochDay, DatePrecision precision) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    String raw = raw(epochDay, precision);
    switch (precision) {
      case DAY:
        return new DojDate(raw, DatePrecision.DAY, d, d, null);
      case MONTH:
        YearMonth ym = YearMonth.from(d);
        return new DojDate(
            raw, DatePrecision.MONTH, ym.atDay(1), ym.atEndOfMonth(), DojDate.DATE_PARTIAL);
      case YEAR:
        return new DojDate(
            raw,
            DatePrecision.YEAR,
            LocalDate.of(d.getYear(), 1, 1),
            LocalDate.of(d.getYear(), 12, 31),
            DojDate.DATE_PARTIAL);
      default:
        return DojDate.unknown();
    }
  }

  /** A date value replaced by an impossible one (injected DATE_INVALID defect): no day known. */
  static DojDate invalid(String written) {
    return new DojDate(written, DatePrecision.NONE, null, null, DojDate.DATE_INVALID);
  }

  static String format(int y, int m, int d) {
    char[] c = new char[8];
    c[0] = (char) ('0' + (y / 1000) % 10);
    c[1] = (char) ('0' + (y / 100) % 10);
    c[2] = (char) ('0' + (y / 10) % 10);
    c[3] = (char) ('0' + y % 10);
    c[4] = (char) ('0' + m / 10);
    c[5] = (char) ('0' + m % 10);
    c[6] = (char) ('0' + d / 10);
    c[7] = (char) ('0' + d % 10);
    return new String(c);
  }
}
