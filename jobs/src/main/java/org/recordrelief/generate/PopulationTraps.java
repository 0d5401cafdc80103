package org.recordrelief.generate;

import java.util.SplittableRandom;

/**
 * Distinct true persons who look alike ({@code entity-resolution.md} §11.1 and §11.6): a person
 * may imitate the person generated just before it. The imitation is applied to the freshly drawn
 * person before its history is built (the history then follows its new date of birth); the
 * person keeps its own SUBJECT_ID, CII and other identifiers. Each pair goes to {@code
 * truth/adversarial_pairs.csv} as a true non-match that must stay unmerged.
 */
final class PopulationTraps {

  /** How the second person of a pair imitates the first. */
  enum Kind {
    /** Same surname and DOB, another first name (twins; same race and home county). */
    TWIN,
    /** Father and son: same full name, DOB 20-35 years apart, a JR or SR suffix sometimes. */
    JR_SR,
    /** An unrelated person with the same first name, surname and DOB ("JOSE GARCIA"). */
    SAME_NAME_SAME_DOB,
    /** An unrelated person with the same name and a DOB a day/month swap or a day away. */
    SAME_NAME_NEAR_DOB
  }

  private static final Kind[] ADVERSARIAL_ORDER = Kind.values();

  private final IdentitySettings cfg;
  private final PersonFactory persons;

  PopulationTraps(IdentitySettings cfg, PersonFactory persons) {
    this.cfg = cfg;
    this.persons = persons;
  }

  /** The population trap of an ordinary person (drawn from its family stream), or null. */
  Kind draw(SplittableRandom family) {
    double u = family.nextDouble();
    if (u < cfg.twinRate()) {
      return Kind.TWIN;
    }
    if (u < cfg.twinRate() + cfg.juniorRate()) {
      return Kind.JR_SR;
    }
    if (u < cfg.twinRate() + cfg.juniorRate() + cfg.sameNameDobRate()) {
      return Kind.SAME_NAME_SAME_DOB;
    }
    return null;
  }

  /** The trap of the {@code k}-th adversarial person (0-based): every second one imitates. */
  static Kind adversarial(long k) {
    return k % 2 == 0 ? null : ADVERSARIAL_ORDER[(int) ((k / 2) % ADVERSARIAL_ORDER.length)];
  }

  /**
   * Makes {@code p} imitate {@code prev} as {@code kind} asks; returns the kind applied (JR_SR
   * becomes TWIN when {@code prev} is a woman or no DOB fits).
   */
  Kind apply(Kind kind, TruePerson p, TruePerson prev, SplittableRandom rng) {
    switch (kind) {
      case TWIN -> {
        p.lastName = prev.lastName;
        p.dob = prev.dob;
        p.dobPrecision = prev.dobPrecision;
        p.raceCode = prev.raceCode;
        p.raceDescr = prev.raceDescr;
        p.homeCounty = prev.homeCounty;
        for (int i = 0; i < 8 && p.firstName.equals(prev.firstName); i++) {
          p.firstName = Names.givenName(p.male, Names.Origin.GENERAL, rng);
        }
        if (p.firstName.equals(prev.firstName)) {
          p.firstName = p.firstName + "A";
        }
      }
      case JR_SR -> {
        if (!prev.male) {
          return apply(Kind.TWIN, p, prev, rng);
        }
        int gap = 20 + rng.nextInt(16);
        int son = Dates.plusYears(prev.dob, gap) + rng.nextInt(300);
        int father = Dates.plusYears(prev.dob, -gap) - rng.nextInt(300);
        boolean pIsSon = Dates.year(son) <= persons.dobLastYear();
        if (!pIsSon && Dates.year(father) < persons.dobFirstYear()) {
          return apply(Kind.TWIN, p, prev, rng);
        }
        p.male = true;
        p.gender = "M";
        p.lastName = prev.lastName;
        p.firstName = prev.firstName;
        p.middle = prev.middle;
        p.dob = pIsSon ? son : father;
        p.raceCode = prev.raceCode;
        p.raceDescr = prev.raceDescr;
        p.homeCounty = prev.homeCounty;
        if (rng.nextDouble() < (pIsSon ? 0.5 : 0.2)) {
          p.suffix = pIsSon ? "JR" : "SR";
        }
      }
      case SAME_NAME_SAME_DOB, SAME_NAME_NEAR_DOB -> {
        p.male = prev.male;
        p.gender = prev.gender;
        p.lastName = prev.lastName;
        p.firstName = prev.firstName;
        p.dob = prev.dob;
        p.dobPrecision = prev.dobPrecision;
        if (kind == Kind.SAME_NAME_NEAR_DOB) {
          int[] ymd = ymd(prev.dob);
          p.dob =
              ymd[2] <= 12 && ymd[2] != ymd[1]
                  ? Dates.day(ymd[0], ymd[2], ymd[1])
                  : prev.dob + (rng.nextBoolean() ? 1 : -1);
        }
      }
      default -> throw new IllegalStateException(kind.name());
    }
    p.dobRaw = Dates.raw(p.dob, p.dobPrecision);
    String middle = p.suffix.isEmpty() ? p.middle
        : p.middle.isEmpty() ? p.suffix : p.middle + " " + p.suffix;
    p.priName = PersonFactory.formatName(p.lastName, p.firstName, middle, p.priName.contains(", "));
    return kind;
  }

  private static int[] ymd(int epochDay) {
    java.time.LocalDate d = java.time.LocalDate.ofEpochDay(epochDay);
    return new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()};
  }
}
