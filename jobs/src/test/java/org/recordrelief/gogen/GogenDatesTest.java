package org.recordrelief.gogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Zero dates (D-09), {@code MM/DD/YYYY}, "years since" with one decimal, Go year arithmetic. */
class GogenDatesTest {
  private static final LocalDate NOW = LocalDate.of(2019, 11, 11);

  @Test
  void exactDatesParse() {
    assertEquals(LocalDate.of(2015, 5, 19), GogenDates.parse("20150519"));
    assertEquals(LocalDate.of(2016, 2, 29), GogenDates.parse("20160229"));
  }

  @Test
  void anythingElseIsZeroTime() {
    for (String raw : new String[] {"", "19700000", "19701200", "20150231", "20150229", "2015051", "201505190",
        " 20150519", "20150519 ", "2015-05-19", "00000000", "abcdefgh"}) {
      assertTrue(GogenDates.isZero(GogenDates.parse(raw)), raw);
    }
    assertTrue(GogenDates.isZero(GogenDates.parse(null)));
  }

  @Test
  void formats() {
    assertEquals("06/01/1979", GogenDates.format(LocalDate.of(1979, 6, 1)));
    assertEquals("01/01/0001", GogenDates.format(GogenDates.ZERO));
    assertEquals("1979-06-01T00:00:00Z", GogenDates.rfc3339(LocalDate.of(1979, 6, 1)));
  }

  @Test
  void yearsSinceUsesHoursOver8766AndOneDecimal() {
    assertEquals("40.4", GogenDates.yearsSince(LocalDate.of(1979, 6, 1), NOW));
    assertEquals("38.6", GogenDates.yearsSince(LocalDate.of(1981, 4, 11), NOW));
    assertEquals("4.0", GogenDates.yearsSince(LocalDate.of(2015, 10, 31), NOW));
    assertEquals("2.7", GogenDates.yearsSince(LocalDate.of(2017, 3, 12), NOW));
    assertEquals("0.0", GogenDates.yearsSince(NOW, NOW));
    assertEquals("-1.0", GogenDates.yearsSince(GogenDates.ZERO, NOW), "zero date");
    assertEquals("-0.0", GogenDates.yearsSince(NOW.plusDays(3), NOW), "Go keeps the sign");
    assertEquals("-1.1", GogenDates.yearsSince(NOW.plusDays(400), NOW));
  }

  @Test
  void oneDecimalRoundsTheExactBinaryValueHalfEven() {
    assertEquals("0.2", GogenDates.formatOneDecimal(0.25));
    assertEquals("0.8", GogenDates.formatOneDecimal(0.75));
    assertEquals("0.3", GogenDates.formatOneDecimal(0.35)); // 0.34999999999999997779…
    assertEquals("0.9", GogenDates.formatOneDecimal(0.95)); // 0.94999999999999995559…
    assertEquals("38.6", GogenDates.formatOneDecimal(38.65)); // 38.64999999999999857891…
  }

  @Test
  void goAddDateNormalisesTheLeapDay() {
    assertEquals(LocalDate.of(2021, 3, 1), GogenDates.addYears(LocalDate.of(2000, 2, 29), 21));
    assertEquals(LocalDate.of(2004, 2, 29), GogenDates.addYears(LocalDate.of(2000, 2, 29), 4));
    assertEquals(LocalDate.of(2009, 11, 11), GogenDates.addYears(NOW, -10));
    assertEquals(LocalDate.of(22, 1, 1), GogenDates.addYears(GogenDates.ZERO, 21));
  }
}
