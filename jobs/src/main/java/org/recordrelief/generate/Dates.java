package org.recordrelief.generate;

import java.time.LocalDate;

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
