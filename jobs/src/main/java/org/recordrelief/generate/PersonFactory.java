package org.recordrelief.generate;

import java.util.SplittableRandom;
import org.recordrelief.doj.DatePrecision;

/** Draws a {@link TruePerson}: name, sex, race, date of birth, identifiers and descriptors. */
final class PersonFactory {
  private final GeneratorSettings s;
  private final Ids ids;
  private final int dobFirstYear;
  private final int dobLastYear;

  PersonFactory(GeneratorSettings s, Ids ids) {
    this.s = s;
    this.ids = ids;
    this.dobLastYear = Math.min(2005, s.extractDate().getYear() - 19);
    this.dobFirstYear = Math.min(1930, dobLastYear - 10);
  }

  private static final String[][] RACE_HISPANIC = {
    {"H", "HISPANIC"}, {"W", "WHITE"}, {"O", "OTHER"}, {"X", "UNKNOWN"}
  };
  private static final double[] RACE_HISPANIC_CUM = Weighted.cumulative(new double[] {85, 10, 3, 2});
  private static final String[][] RACE_ASIAN = {
    {"V", "VIETNAMESE"}, {"C", "CHINESE"}, {"F", "FILIPINO"}, {"K", "KOREAN"}, {"A", "OTHER ASIAN"}
  };
  private static final double[] RACE_ASIAN_CUM = Weighted.cumulative(new double[] {25, 20, 15, 10, 30});
  private static final String[][] RACE_GENERAL = {
    {"W", "WHITE"}, {"B", "BLACK"}, {"H", "HISPANIC"}, {"I", "AMERICAN INDIAN"}, {"O", "OTHER"},
    {"X", "UNKNOWN"}
  };
  private static final double[] RACE_GENERAL_CUM =
      Weighted.cumulative(new double[] {55, 33, 4, 2, 4, 2});
  private static final String[][] EYES = {
    {"BRO", "BROWN"}, {"BLU", "BLUE"}, {"HAZ", "HAZEL"}, {"GRN", "GREEN"}, {"BLK", "BLACK"}
  };
  private static final double[] EYES_CUM = Weighted.cumulative(new double[] {70, 12, 8, 5, 5});
  private static final String[][] HAIR = {
    {"BLK", "BLACK"}, {"BRO", "BROWN"}, {"BLN", "BLOND"}, {"RED", "RED"}, {"GRY", "GRAY"},
    {"BLD", "BALD"}
  };
  private static final double[] HAIR_CUM = Weighted.cumulative(new double[] {45, 35, 8, 2, 5, 5});
  private static final String[][] POB_OTHER = {
    {"TX", "TEXAS"}, {"AZ", "ARIZONA"}, {"NY", "NEW YORK"}, {"IL", "ILLINOIS"}, {"WA", "WASHINGTON"},
    {"NV", "NEVADA"}, {"LA", "LOUISIANA"}, {"OR", "OREGON"}
  };
  private static final String[][] POB_ASIA = {
    {"VN", "VIETNAM"}, {"PH", "PHILIPPINES"}, {"CN", "CHINA"}, {"KR", "KOREA"}
  };
  private static final String[][] POB_LATAM = {
    {"MX", "MEXICO"}, {"MX", "MEXICO"}, {"MX", "MEXICO"}, {"GT", "GUATEMALA"}, {"SV", "EL SALVADOR"}
  };

  /** Person {@code index}, drawn from {@code rng} (the person's own stream). */
  TruePerson create(long index, SplittableRandom rng) {
    TruePerson p = new TruePerson();
    p.index = index;
    p.personId = Ids.personId(index);
    p.subjectId = ids.subjectId(index);
    p.cii = cii(ids.ciiCore(index), rng);

    p.male = rng.nextDouble() < s.maleShare();
    p.gender = p.male ? "M" : "F";
    int sn = Names.surnameIndex(rng);
    Names.Origin origin = Names.origin(sn);
    String last = Names.surname(sn);
    if (origin == Names.Origin.HISPANIC && last.indexOf('-') < 0 && rng.nextDouble() < 0.08) {
      String second = Names.hispanicSurname(rng);
      if (!second.equals(last)) {
        last = last + (rng.nextDouble() < 0.2 ? "-" : " ") + second;
      }
    }
    p.lastName = last;
    p.firstName = Names.givenName(p.male, origin, rng);
    double m = rng.nextDouble();
    if (m < 0.35) {
      p.middle = Names.givenName(p.male, origin, rng).substring(0, 1);
    } else if (m < 0.60) {
      p.middle = Names.givenName(p.male, origin, rng);
      if (p.middle.equals(p.firstName) || p.firstName.indexOf(' ') >= 0) {
        p.middle = "";
      }
    } else {
      p.middle = "";
    }
    p.priName = formatName(p.lastName, p.firstName, p.middle, rng.nextDouble() < 0.1);

    String[] race;
    switch (origin) {
      case HISPANIC:
        race = RACE_HISPANIC[Weighted.pick(RACE_HISPANIC_CUM, rng)];
        break;
      case ASIAN:
        race = RACE_ASIAN[Weighted.pick(RACE_ASIAN_CUM, rng)];
        break;
      default:
        race = RACE_GENERAL[Weighted.pick(RACE_GENERAL_CUM, rng)];
    }
    p.raceCode = race[0];
    p.raceDescr = race[1];

    p.dob = drawDob(rng);
    double d = rng.nextDouble();
    if (d < s.missingDobRate()) {
      p.dobPrecision = DatePrecision.NONE;
    } else if (d < s.missingDobRate() + s.partialDateRate()) {
      p.dobPrecision = rng.nextBoolean() ? DatePrecision.YEAR : DatePrecision.MONTH;
    } else {
      p.dobPrecision = DatePrecision.DAY;
    }
    p.dobRaw = Dates.raw(p.dob, p.dobPrecision);

    boolean darkEyes = !"W".equals(p.raceCode);
    String[] eye = darkEyes && rng.nextDouble() < 0.8 ? EYES[0] : EYES[Weighted.pick(EYES_CUM, rng)];
    p.eyeCode = eye[0];
    p.eyeDescr = eye[1];
    String[] hair = HAIR[Weighted.pick(HAIR_CUM, rng)];
    p.hairCode = hair[0];
    p.hairDescr = hair[1];
    int inches = p.male ? 64 + rng.nextInt(13) : 59 + rng.nextInt(12);
    p.height = (inches / 12) + twoDigits(inches % 12);
    p.weight = Integer.toString(p.male ? 130 + rng.nextInt(131) : 100 + rng.nextInt(121));
    p.ssn = rng.nextDouble() < 0.6 ? "9" + digits(rng, 8) : "";
    p.cdl = rng.nextDouble() < 0.7 ? (char) ('A' + rng.nextInt(26)) + digits(rng, 7) : "";
    p.fbi =
        rng.nextDouble() < 0.5
            ? digits(rng, 6) + (char) ('A' + rng.nextInt(26)) + (char) ('A' + rng.nextInt(26))
                + digits(rng, 1)
            : "";
    double pob = rng.nextDouble();
    String[] place;
    if (origin == Names.Origin.HISPANIC && pob < 0.35) {
      place = Weighted.oneOf(rng, POB_LATAM);
    } else if (origin == Names.Origin.ASIAN && pob < 0.45) {
      place = Weighted.oneOf(rng, POB_ASIA);
    } else if (pob < 0.85) {
      place = new String[] {"CA", "CALIFORNIA"};
    } else {
      place = Weighted.oneOf(rng, POB_OTHER);
    }
    p.pobCode = place[0];
    p.pobName = place[1];
    p.homeCounty = CountyWeights.pick(rng);
    return p;
  }

  /** A CII number around {@code core}: leading letter or digit (drawn first), core, check digit. */
  String cii(String core, SplittableRandom rng) {
    char first =
        Weighted.chance(rng, s.ciiLetterRate())
            ? (char) ('A' + rng.nextInt(26))
            : (char) ('0' + rng.nextInt(10));
    return first + core + checkDigit(core);
  }

  /** Person {@code index} as {@link #create} draws it from its own stream (before any trap). */
  TruePerson recreate(long index, long seed) {
    return create(index, new SplittableRandom(Ids.mix(seed, index, Ids.STREAM_PERSON)));
  }

  /** First and last year of birth drawn. */
  int dobFirstYear() {
    return dobFirstYear;
  }

  int dobLastYear() {
    return dobLastYear;
  }

  /** Date of birth: a mix of a broad uniform spread and a peak around the mid-1970s. */
  private int drawDob(SplittableRandom rng) {
    int year;
    if (rng.nextDouble() < 0.3) {
      year = dobFirstYear + rng.nextInt(dobLastYear - dobFirstYear + 1);
    } else {
      double g = rng.nextGaussian();
      year = (int) Math.round(1975 + 12 * g);
      if (year < dobFirstYear || year > dobLastYear) {
        year = dobFirstYear + rng.nextInt(dobLastYear - dobFirstYear + 1);
      }
    }
    int start = Dates.day(year, 1, 1);
    int len = Dates.day(year + 1, 1, 1) - start;
    return start + rng.nextInt(len);
  }

  static String formatName(String last, String first, String middle, boolean spaceAfterComma) {
    StringBuilder b = new StringBuilder(last.length() + first.length() + middle.length() + 3);
    b.append(last).append(',');
    if (spaceAfterComma) {
      b.append(' ');
    }
    b.append(first);
    if (!middle.isEmpty()) {
      b.append(' ').append(middle);
    }
    return b.toString();
  }

  static char checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int v = digits.charAt(i) - '0';
      sum += (i % 2 == 0) ? v : (v * 2) % 9;
    }
    return (char) ('0' + sum % 10);
  }

  private static String twoDigits(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  static String digits(SplittableRandom rng, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + rng.nextInt(10));
    }
    return new String(c);
  }
}
