package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recordrelief.eligibility.Fixture.person;
import static org.recordrelief.eligibility.Fixture.personWithoutDob;
import static org.recordrelief.eligibility.Flag.*;
import static org.recordrelief.eligibility.Outcome.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.eligibility.Fixture.Count;
import org.recordrelief.eligibility.Fixture.Person;

/**
 * Interval logic for partial dates ({@code doj-input-format.md} §5): a year-only date means any day
 * of that year; a firm result must hold for every day, an UNKNOWN that changes the decision is
 * NEEDS_REVIEW with DATE_IMPRECISE, and a partial date is never replaced by January 1.
 */
class IntervalLogicTest {

  /** Days of a year to substitute for a year-only value. */
  private static List<String> daysOf(String year) {
    return List.of(year + "-01-01", year + "-03-31", year + "-07-01", year + "-11-09",
        year + "-12-31");
  }

  private static List<Object> summary(Determination d) {
    return List.of(d.outcome(), String.valueOf(d.candidateOutcome()), String.valueOf(d.track()));
  }

  /** Reference cases whose year-only dates must not change the expected result. */
  static Stream<Arguments> yearOnlyReferenceCases() {
    return Stream.of(
        Arguments.of("R09 former 11530, 1970", "1970", (Function<String, Determination>) y -> {
          Person p = person("1948-01-01");
          Count c = p.convicted("HS 11530").convictedOn(y).offenseUnknown();
          return p.evaluate(c);
        }),
        Arguments.of("R18 11359 in 2011 with same-case HS 11361", "2011",
            (Function<String, Determination>) y -> {
              Person p = person("1980-01-01");
              Count c = p.convicted("HS 11359").on(y);
              p.chargedInSameCase(c, "HS 11361", ChargeFacts.Disposition.NOT_CONVICTED);
              return p.evaluate(c);
            }),
        Arguments.of("R19 11359 recorded misdemeanor, 2011", "2011",
            (Function<String, Determination>) y -> {
              Person p = person("1980-01-01");
              return p.evaluate(p.convicted("HS 11359").level(Level.M).on(y));
            }),
        Arguments.of("R22 prior 664/269 in 1990 (offense 2008-05-05)", "1990",
            (Function<String, Determination>) y -> {
              Person p = person("1960-01-01");
              p.convicted("PC 664/269").on(y);
              return p.evaluate(p.convicted("HS 11360(A)").on("2008-05-05"));
            }),
        Arguments.of("R22 offense 2008 (prior 1990-05-05)", "2008",
            (Function<String, Determination>) y -> {
              Person p = person("1960-01-01");
              p.convicted("PC 664/269").on("1990-05-05");
              return p.evaluate(p.convicted("HS 11360(A)").on(y));
            }),
        Arguments.of("R23 import 2008", "2008", (Function<String, Determination>) y -> {
          Person p = person("1970-01-01");
          return p.evaluate(p.convicted("HS 11360(A) - IMPORT MARIJUANA INTO STATE").on(y));
        }),
        Arguments.of("R24 conspiracy 2010", "2010", (Function<String, Determination>) y -> {
          Person p = person("1980-01-01");
          return p.evaluate(p.convicted("PC 182(A)(1)>HS 11359").on(y));
        }),
        Arguments.of("R26 HS 11361 2005", "2005", (Function<String, Determination>) y -> {
          Person p = person("1970-01-01");
          return p.evaluate(p.convicted("HS 11361").on(y));
        }),
        Arguments.of("R31 deceased 2020, 11359 2000", "2000",
            (Function<String, Determination>) y -> {
          Person p = person("1950-01-01");
          p.deceased("2020");
          return p.evaluate(p.convicted("HS 11359").on(y));
        }),
        Arguments.of("R32 11359 2003 relieved", "2003", (Function<String, Determination>) y -> {
          Person p = person("1970-01-01");
          return p.evaluate(p.convicted("HS 11359").on(y).relieved());
        }),
        Arguments.of("R34 DOB missing, 11357(b) 1995", "1995",
            (Function<String, Determination>) y -> {
          Person p = personWithoutDob();
          return p.evaluate(p.convicted("HS 11357(B)").level(Level.M).on(y));
        }),
        Arguments.of("R35 11358 2013 with FG 5650", "2013", (Function<String, Determination>) y -> {
          Person p = person("1975-01-01");
          Count c = p.convicted("HS 11358").on(y);
          p.convictedInSameCase(c, "FG 5650").level(Level.M).on(y);
          return p.evaluate(c);
        }),
        Arguments.of("R36 PC 4573.6 2012", "2012", (Function<String, Determination>) y -> {
          Person p = person("1970-01-01");
          return p.evaluate(p.convicted("PC 4573.6").on(y));
        }),
        Arguments.of("R37 juvenile 11359 1986", "1986", (Function<String, Determination>) y -> {
          Person p = person("1970-01-01");
          return p.evaluate(p.convicted("HS 11359").on(y).juvenile());
        }),
        Arguments.of("R13 prior 288(a) 1990", "1990", (Function<String, Determination>) y -> {
          Person p = person("1970-01-01");
          p.convicted("PC 288(A)").on(y);
          return p.evaluate(p.convicted("HS 11358").on("2010-01-01"));
        }),
        Arguments.of("R14 priors 2003/2007", "2003", (Function<String, Determination>) y -> {
          Person p = person("1970-01-01");
          p.convicted("HS 11358").on(y);
          p.convicted("HS 11358").on("2007");
          return p.evaluate(p.convicted("HS 11358").on("2012-02-02"));
        }),
        Arguments.of("R17 registration 2015", "2015", (Function<String, Determination>) y -> {
          Person p = person("1983-01-01");
          p.registration(y);
          return p.evaluate(p.convicted("HS 11359").on("2011-11-11"));
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yearOnlyReferenceCases")
  void yearOnlyReferenceCasesDoNotDependOnTheDay(
      String name, String year, Function<String, Determination> build) {
    Determination yearOnly = build.apply(year);
    for (String day : daysOf(year)) {
      assertEquals(summary(yearOnly), summary(build.apply(day)), name + " with " + day);
    }
    assertTrue(!yearOnly.flags().contains(DATE_IMPRECISE), name + ": " + yearOnly);
  }

  @Test
  void birthdayInsideTheOffenseYearIsImprecise() {
    Person p = person("1990-06-15");
    Determination d = p.evaluate(p.convicted("HS 11357(B)").level(Level.M).on("2011"));
    Expect.that(d).outcome(NEEDS_REVIEW).candidate(DISMISS_AND_SEAL)
        .flags(AGE_UNKNOWN, DATE_IMPRECISE).decisive("G8");
    Person q = person("1990-06-15");
    Expect.that(q.evaluate(q.convicted("HS 11357(B)").level(Level.M).on("2011-01-01")))
        .outcome(REDUCE_TO_INFRACTION);
    Person r = person("1990-06-15");
    Expect.that(r.evaluate(r.convicted("HS 11357(B)").level(Level.M).on("2011-12-31")))
        .outcome(DISMISS_AND_SEAL);
  }

  @Test
  void offenseYear2016IsNotReplacedByJanuaryFirst() {
    Person p = person("1980-01-01");
    Expect.that(p.evaluate(p.convicted("HS 11359").on("2016-01-01")))
        .outcome(REDUCE_TO_MISDEMEANOR);
    Person q = person("1980-01-01");
    Expect.that(q.evaluate(q.convicted("HS 11359").offense("2016").convictedOn("2016-12-31")))
        .outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR).flags(DATE_IMPRECISE)
        .decisive("G4");
  }

  @Test
  void monthPrecision() {
    Person p = person("1980-01-01");
    Expect.that(p.evaluate(p.convicted("HS 11359").offense("2016-11").convictedOn("2016-12-15")))
        .outcome(NEEDS_REVIEW).flags(DATE_IMPRECISE);
    Person q = person("1980-01-01");
    Expect.that(q.evaluate(q.convicted("HS 11359").offense("2016-10").convictedOn("2016-10-30")))
        .outcome(REDUCE_TO_MISDEMEANOR);
    Person r = person("1950-01-01");
    Expect.that(r.evaluate(r.convicted("HS 11357(B)").level(Level.M).on("1975-12")))
        .outcome(NEEDS_REVIEW).flags(PRE_1976).decisive("G3").noFlags(DATE_IMPRECISE);
  }

  @Test
  void convictionYearSpanningTheEffectiveDate() {
    Person p = person("1980-01-01");
    Expect.that(p.evaluate(p.convicted("HS 11359").offense("2016-03-01").convictedOn("2016")))
        .outcome(NEEDS_REVIEW).candidate(REDUCE_TO_MISDEMEANOR).decisive("G5")
        .flags(DATE_IMPRECISE);
  }

  // ------------------------------------------------------------------ soundness property

  private static final String[] SECTIONS = {
      "HS 11357(A)", "HS 11357(B)", "HS 11357(C)", "HS 11358", "HS 11359", "HS 11360(A)",
      "HS 11360(B)"};

  /**
   * Random single-count histories with one year-only date (offense year, prior year or DOB
   * year-month): the year-only result is firm only if every sampled exact day gives that same firm
   * result; and when the exact days disagree the year-only result is NEEDS_REVIEW with a candidate
   * at least as favourable as any exact day's.
   */
  @Test
  void yearOnlyResultIsSoundAgainstEveryExactDay() {
    Random rnd = new Random(20250101L);
    int dayDependent = 0;
    for (int i = 0; i < 1200; i++) {
      String section = SECTIONS[rnd.nextInt(SECTIONS.length)];
      int dobYear = 1950 + rnd.nextInt(50);
      String dobExact =
          String.format("%d-%02d-%02d", dobYear, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      int offenseYear = Math.min(Math.max(dobYear + 14, 1976) + rnd.nextInt(12), 2016);
      boolean withPrior = rnd.nextBoolean();
      int priorYear = offenseYear - rnd.nextInt(3);
      Level level = section.equals("HS 11357(B)") ? Level.M : Level.F;
      int variant = rnd.nextInt(3); // 0 offense year-only, 1 prior year-only, 2 DOB year-only
      if (variant == 1 && !withPrior) {
        continue;
      }
      String yearValue = String.valueOf(
          switch (variant) {
            case 0 -> offenseYear;
            case 1 -> priorYear;
            default -> dobYear;
          });
      final int oy = offenseYear;
      final int py = priorYear;
      Function<String, Determination> build = v -> {
        Person p = person(variant == 2 ? v : dobExact);
        if (withPrior) {
          p.convicted("PC 187").on(variant == 1 ? v : py + "-06-15");
        }
        Count c = p.convicted(section).level(level).on(variant == 0 ? v : oy + "-06-15");
        return p.evaluate(c);
      };
      Determination yearOnly = build.apply(yearValue);
      Set<List<Object>> exact = new HashSet<>();
      List<Determination> exactDets = new ArrayList<>();
      List<String> days = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        for (int day : new int[] {1, 14, 15, 16, 28}) {
          days.add(String.format("%s-%02d-%02d", yearValue, m, day));
        }
      }
      days.add(yearValue + "-12-31");
      days.add(dobExact.replaceFirst("^\\d{4}", yearValue));
      for (String day : days) {
        Determination d = build.apply(day);
        exact.add(List.of(d.outcome(), String.valueOf(d.candidateOutcome())));
        exactDets.add(d);
      }
      String ctx = section + " dob=" + dobExact + " year=" + yearValue + " variant=" + variant
          + " prior=" + withPrior + " -> " + yearOnly;
      if (yearOnly.outcome() != NEEDS_REVIEW) {
        assertEquals(1, exact.size(), ctx + " exact=" + exact);
        assertEquals(List.of(yearOnly.outcome(), "null"), exact.iterator().next(), ctx);
      }
      if (exact.size() > 1) {
        assertEquals(NEEDS_REVIEW, yearOnly.outcome(), ctx);
        int best = exactDets.stream().map(Determination::effectiveOutcome)
            .mapToInt(o -> o == null ? -1 : o.reliefRank()).max().orElse(-1);
        Outcome cand = yearOnly.candidateOutcome();
        assertTrue(cand != null && cand.reliefRank() >= best, ctx + " exact=" + exact);
        dayDependent++;
      }
    }
    assertTrue(dayDependent >= 20,
        "the generator must produce day-dependent cases: " + dayDependent);
  }

  @Test
  void partialDatesNeverBecomeZeroDates() {
    // a fully unknown offense and conviction date: nothing is assumed
    Person p = person("1960-01-01");
    Determination d = p.evaluate(p.convicted("HS 11359").on(""));
    Expect.that(d).outcome(NEEDS_REVIEW).flags(DATE_IMPRECISE);
    assertEquals(LocalDate.of(1, 1, 1).getYear(), 1); // no zero-date sentinel is ever produced
  }
}
