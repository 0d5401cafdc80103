package org.recordrelief.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recordrelief.doj.DatePrecision;
import org.recordrelief.generate.CaseModel.Agency;
import org.recordrelief.generate.CaseModel.CountModel;
import org.recordrelief.generate.CaseModel.Kind;
import org.recordrelief.generate.CaseModel.SentencePart;
import org.recordrelief.generate.Offense.Category;

/**
 * Builds one person's criminal history (cycles, steps, counts, sentence parts) between
 * {@code firstYear} and the extract date, following the event mix of {@code entity-resolution.md}
 * §11.2. One instance is reused for every person; the returned list is valid until the next call.
 */
final class HistoryBuilder {
  /** CNT_ORDER digits 1-3 run from 101 to 999. */
  static final int MAX_CYCLES = 899;

  private static final int RESERVED_CYCLES = 12;

  private final GeneratorSettings s;
  private final int firstDay;
  private final int extractDay;
  private final List<CaseModel> cases = new ArrayList<>();
  private final StringBuilder scratch = new StringBuilder(96);
  private int sequence;
  private SplittableRandom rng;
  private TruePerson person;

  HistoryBuilder(GeneratorSettings s) {
    this.s = s;
    this.firstDay = Dates.day(s.firstYear(), 1, 1);
    this.extractDay = (int) s.extractDate().toEpochDay();
  }

  /** The person's cycles sorted by date, numbered from 101. */
  List<CaseModel> build(TruePerson p, SplittableRandom random) {
    this.rng = random;
    this.person = p;
    cases.clear();
    sequence = 0;

    int end = Math.min(extractDay - 45, Dates.plusYears(p.dob, 85));
    int adultStart = Math.max(firstDay, Dates.plusYears(p.dob, 18));
    if (adultStart > end) {
      adultStart = end;
    }
    int juvStart = Math.max(firstDay, Dates.plusYears(p.dob, 13));
    int juvEnd = Math.min(Dates.plusYears(p.dob, 18) - 1, Math.min(end, Dates.PROP64_EFFECTIVE - 1));

    // Prop 64 conviction cases.
    int p64 = 0;
    if (Weighted.chance(rng, s.prop64PersonRate())) {
      double u = rng.nextDouble();
      p64 = u < s.prop64ThreeCaseRate() ? 3 : u < s.prop64ThreeCaseRate() + s.prop64TwoCaseRate() ? 2 : 1;
    }
    Offense priorOffense = null;
    if (Weighted.chance(rng, s.twoPriorsRate())) {
      p64 = Math.max(p64, 3);
      priorOffense = Weighted.oneOf(rng, OffenseCatalog.TWO_PRIOR_SECTIONS);
    }
    boolean juvenileFirst = p64 > 0 && Weighted.chance(rng, s.juvenileRate()) && juvStart <= juvEnd;
    for (int k = 0; k < p64; k++) {
      if (k == 0 && juvenileFirst) {
        int date = juvStart + rng.nextInt(juvEnd - juvStart + 1);
        Offense o = priorOffense != null ? priorOffense : OffenseCatalog.PROP64_JUVENILE.pick(rng);
        convictionCase(Kind.PROP64_CONVICTION, o, date, p.homeCounty, rng.nextDouble() < 0.8);
      } else {
        boolean post = Weighted.chance(rng, s.post2016Rate());
        int date = prop64Date(adultStart, end, post);
        Offense o = priorOffense != null ? priorOffense : OffenseCatalog.PROP64_ADULT.pick(rng);
        convictionCase(Kind.PROP64_CONVICTION, o, date, p.homeCounty, false);
      }
    }

    // Rule-relevant special convictions.
    if (Weighted.chance(rng, s.superStrikeRate())) {
      convictionCase(
          Kind.OTHER_CONVICTION,
          OffenseCatalog.SUPER_STRIKES.pick(rng),
          adultDate(adultStart, end),
          caseCounty(),
          false);
    }
    if (Weighted.chance(rng, s.pc290ConvictionRate())) {
      convictionCase(
          Kind.OTHER_CONVICTION,
          OffenseCatalog.PC290_OFFENSES.pick(rng),
          adultDate(adultStart, end),
          caseCounty(),
          false);
    }
    if (Weighted.chance(rng, s.lookalikeRate())) {
      convictionCase(
          Kind.OTHER_CONVICTION,
          OffenseCatalog.LOOKALIKES.pick(rng),
          adultDate(adultStart, end),
          caseCounty(),
          false);
    }

    // The bulk: other convictions and non-conviction cycles.
    double factor =
        Weighted.chance(rng, s.frequentOffenderRate()) ? s.frequentOffenderFactor() : 1.0;
    long nOther = Math.round(s.otherConvictionMean() * s.caseScale() * factor * Weighted.exp1(rng));
    long nNon = Math.round(s.nonConvictionMean() * s.caseScale() * factor * Weighted.exp1(rng));
    int room = MAX_CYCLES - RESERVED_CYCLES - cases.size();
    nOther = Math.min(nOther, room);
    nNon = Math.min(nNon, room - nOther);
    for (long k = 0; k < nOther; k++) {
      convictionCase(
          Kind.OTHER_CONVICTION,
          OffenseCatalog.OTHER_OFFENSES.pick(rng),
          adultDate(adultStart, end),
          caseCounty(),
          false);
    }
    for (long k = 0; k < nNon; k++) {
      nonConvictionCase(adultDate(adultStart, end), caseCounty());
    }

    // Registration steps: after a registrable conviction, or (rarely) without one.
    int registrableConviction = -1;
    for (CaseModel c : cases) {
      for (CountModel m : c.counts) {
        if (m.convicted && m.effectiveCharge().offense.isPc290()) {
          if (registrableConviction < 0 || c.courtDate < registrableConviction) {
            registrableConviction = c.courtDate;
          }
        }
      }
    }
    if (registrableConviction >= 0 && Weighted.chance(rng, s.registrationRate())) {
      registrations(registrableConviction + 30 + rng.nextInt(336), end, 1 + rng.nextInt(3));
    } else if (Weighted.chance(rng, s.registrationOnlyRate())) {
      registrations(adultDate(adultStart, end), end, 1 + rng.nextInt(2));
    }
    if (Weighted.chance(rng, s.narcoticRegistrationRate())) {
      registration(OffenseCatalog.REG_11590, adultDate(adultStart, end));
    }

    if (Weighted.chance(rng, s.deceasedRate())) {
      int last = firstDay;
      for (CaseModel c : cases) {
        last = Math.max(last, c.lastDate());
      }
      int from = last + 30;
      int to = extractDay - 1;
      int date = from >= to ? Math.max(last, Math.min(from, to)) : from + rng.nextInt(to - from + 1);
      deceased(date);
    }

    cases.sort(
        (a, b) -> a.cycleDate != b.cycleDate
            ? Integer.compare(a.cycleDate, b.cycleDate)
            : Integer.compare(a.sequence, b.sequence));
    for (int i = 0; i < cases.size(); i++) {
      cases.get(i).cycleNumber = 101 + i;
    }
    return cases;
  }

  // ---------------------------------------------------------------- dates and places

  /** Event date weighted towards younger ages: start + Exp(mean 10 years), else uniform. */
  private int adultDate(int lo, int hi) {
    if (lo >= hi) {
      return lo;
    }
    long d = lo + (long) (Weighted.exp1(rng) * 3650);
    if (d > hi) {
      d = lo + rng.nextInt(hi - lo + 1);
    }
    return (int) d;
  }

  private int prop64Date(int adultStart, int end, boolean post) {
    int preHi = Math.min(end, Dates.PROP64_EFFECTIVE - 1);
    int postLo = Math.max(adultStart, Dates.PROP64_EFFECTIVE);
    boolean preOk = adultStart <= preHi;
    boolean postOk = postLo <= end;
    if ((post && postOk) || (!preOk && postOk)) {
      return postLo + rng.nextInt(end - postLo + 1);
    }
    if (preOk) {
      return adultDate(adultStart, preHi);
    }
    return adultStart;
  }

  private int caseCounty() {
    return Weighted.chance(rng, s.otherCountyShare())
        ? CountyWeights.pickOther(rng, person.homeCounty)
        : person.homeCounty;
  }

  /** How precisely one date value is written: mostly the day, sometimes YYYY0000 or YYYYMM00. */
  private DatePrecision precision() {
    if (Weighted.chance(rng, s.partialDateRate())) {
      return rng.nextBoolean() ? DatePrecision.YEAR : DatePrecision.MONTH;
    }
    return DatePrecision.DAY;
  }

  private CaseModel newCase(Kind kind, int date, int county) {
    CaseModel c = new CaseModel(kind, sequence++);
    c.cycleDate = date;
    c.county = county;
    c.cycleDatePrecision = precision();
    c.cycleDateRaw = Dates.raw(date, c.cycleDatePrecision);
    int age = Dates.age(person.dob, date);
    c.minor = age < 18;
    c.cycleAge = rng.nextDouble() < 0.9 ? Integer.toString(age) : "";
    cases.add(c);
    return c;
  }

  private void arrest(CaseModel c) {
    c.hasArrest = true;
    c.arrestAgency = rng.nextDouble() < 0.7 ? Agency.POLICE : Agency.SHERIFF;
    c.arrestOri = ori(c.arrestAgency, c.county);
    c.arrestOfn = rng.nextDouble() < 0.4 ? PersonFactory.digits(rng, 8) : "";
  }

  private void court(CaseModel c, boolean juvenileCourt) {
    c.hasCourt = true;
    int delay = 7 + (int) (Weighted.exp1(rng) * 60);
    c.courtDate = Math.min(c.cycleDate + delay, extractDay - 1);
    c.courtDatePrecision = precision();
    c.courtDateRaw = Dates.raw(c.courtDate, c.courtDatePrecision);
    if (juvenileCourt) {
      c.courtAgency = Agency.JUVENILE_COURT;
    } else if (Dates.year(c.courtDate) < 2000 && rng.nextDouble() < 0.4) {
      c.courtAgency = Agency.MUNICIPAL_COURT;
    } else {
      c.courtAgency = Agency.SUPERIOR_COURT;
    }
    c.courtOri = ori(c.courtAgency, c.county);
    c.courtOfn = caseNumber(c.courtDate);
  }

  private String ori(Agency a, int county) {
    String n = CountyWeights.NUMBER[county];
    switch (a) {
      case POLICE:
        return "CA0" + n + (10 + rng.nextInt(90)) + "00";
      case SUPERIOR_COURT:
        return "CA0" + n + "01" + rng.nextInt(10) + "J";
      case MUNICIPAL_COURT:
        return "CA0" + n + "02" + rng.nextInt(10) + "J";
      case JUVENILE_COURT:
        return "CA0" + n + "03" + rng.nextInt(10) + "J";
      default:
        return "CA0" + n + "0000";
    }
  }

  private static final String[] OFN_PREFIXES = {"BA", "CR", "SC", "F", "M", "VA", "SF"};

  private String caseNumber(int courtDate) {
    double u = rng.nextDouble();
    if (u < 0.5) {
      return PersonFactory.digits(rng, 6);
    }
    if (u < 0.7) {
      return Weighted.oneOf(rng, OFN_PREFIXES) + PersonFactory.digits(rng, 6);
    }
    if (u < 0.8) {
      int yy = Dates.year(courtDate) % 100;
      return (yy < 10 ? "0" : "") + yy + " " + PersonFactory.digits(rng, 6) + "-"
          + (char) ('A' + rng.nextInt(4));
    }
    if (u < 0.85) {
      return "NULL  ";
    }
    return "";
  }

  // ---------------------------------------------------------------- cases

  private int countsPerCase() {
    int k = 1;
    while (k < s.maxCountsPerCase() && rng.nextDouble() < 0.42) {
      k++;
    }
    return k;
  }

  private void convictionCase(Kind kind, Offense principal, int date, int county, boolean juvenileCourt) {
    CaseModel c = newCase(kind, date, county);
    if (juvenileCourt || !Weighted.chance(rng, s.noArrestStepRate())) {
      arrest(c);
    }
    court(c, juvenileCourt);
    int k = countsPerCase();
    int principalAt = rng.nextDouble() < 0.6 ? 0 : rng.nextInt(k);
    for (int j = 0; j < k; j++) {
      boolean isPrincipal = j == principalAt;
      Offense o = isPrincipal ? principal : companion(kind, principal);
      boolean convicted = isPrincipal || rng.nextDouble() < 0.35;
      addCount(c, o, convicted);
    }
  }

  private Offense companion(Kind kind, Offense principal) {
    if (kind != Kind.PROP64_CONVICTION) {
      return OffenseCatalog.OTHER_OFFENSES.pick(rng);
    }
    double u = rng.nextDouble();
    if (u < 0.62) {
      return OffenseCatalog.RELATED_OFFENSES.pick(rng);
    }
    if (u < 0.87) {
      return OffenseCatalog.OTHER_OFFENSES.pick(rng);
    }
    if (u < 0.93) {
      return OffenseCatalog.PROP64_ADULT.pick(rng);
    }
    if (u < 0.945) {
      if ("11358".equals(principal.section)) {
        return OffenseCatalog.ENVIRONMENTAL_COMPANION;
      }
      if ("11359".equals(principal.section) || "11360".equals(principal.section)) {
        return OffenseCatalog.MINOR_COMPANION;
      }
    }
    return OffenseCatalog.RELATED_OFFENSES.pick(rng);
  }

  private void nonConvictionCase(int date, int county) {
    CaseModel c = newCase(Kind.NON_CONVICTION, date, county);
    arrest(c);
    if (rng.nextDouble() < 0.45) {
      court(c, false);
    }
    int k = countsPerCase();
    for (int j = 0; j < k; j++) {
      double u = rng.nextDouble();
      Offense o =
          u < 0.9
              ? OffenseCatalog.OTHER_OFFENSES.pick(rng)
              : u < 0.98
                  ? OffenseCatalog.PROP64_ADULT.pick(rng)
                  : OffenseCatalog.LOOKALIKES.pick(rng);
      addCount(c, o, false);
    }
  }

  private void registrations(int first, int end, int n) {
    int date = first;
    for (int i = 0; i < n && date <= end; i++) {
      registration(OffenseCatalog.REG_290, date);
      date += 300 + rng.nextInt(100);
    }
  }

  private void registration(Offense o, int date) {
    CaseModel c = newCase(Kind.REGISTRATION, date, person.homeCounty);
    c.eventAgency = rng.nextDouble() < 0.6 ? Agency.POLICE : Agency.SHERIFF;
    c.eventOri = ori(c.eventAgency, c.county);
    CountModel m = new CountModel(Charge.registration(o));
    m.toc = "";
    c.counts.add(m);
  }

  private void deceased(int date) {
    CaseModel c = newCase(Kind.DECEASED, date, person.homeCounty);
    c.eventAgency = Agency.CORONER;
    c.eventOri = ori(Agency.CORONER, c.county);
    CountModel m = new CountModel(Charge.none());
    m.toc = "";
    c.counts.add(m);
  }

  // ---------------------------------------------------------------- counts

  private static final String[] ARREST_DISPOSITIONS = {
    "", "", "", "REL/TOT OTHER JURIS/AUTH", "REL/TOT OTHER JURIS/AUTH",
    "PROS REJ-LACK OF SUFFICIENT EVIDENCE", "DET/REL-INSUFFICIENT EVIDENCE"
  };
  private static final String[] PADDING = {
    "              ", "                        ", "   ", "                             "
  };

  private void addCount(CaseModel c, Offense o, boolean convicted) {
    boolean cannabisEra = c.cycleDate >= Dates.PROP64_EFFECTIVE;
    Charge ch = Charge.render(o, cannabisEra, true, s, rng, scratch);
    CountModel m = new CountModel(ch);
    c.counts.add(m);
    m.toc = chargeLevel(o, c.cycleDate);
    m.qualifierPadding = rng.nextDouble() < 0.3 ? Weighted.oneOf(rng, PADDING) : "";
    if (c.hasArrest) {
      if (c.kind == Kind.NON_CONVICTION && !c.hasCourt) {
        m.arrestDisposition = Weighted.oneOf(rng, ARREST_DISPOSITIONS);
      } else {
        m.arrestDisposition = rng.nextDouble() < 0.6 ? "" : "REL/TOT OTHER JURIS/AUTH";
      }
      m.arrestDispDate = rng.nextDouble() < 0.3 ? c.cycleDateRaw : "";
    }
    if (!c.hasCourt) {
      return;
    }
    double d = rng.nextDouble();
    m.courtDispDate =
        d < 0.8
            ? c.courtDateRaw
            : d < 0.95 || c.courtDate + 31 >= extractDay
                ? ""
                : Dates.yyyymmdd(c.courtDate + 1 + rng.nextInt(30));
    if (!convicted) {
      double u = rng.nextDouble();
      m.courtDisposition =
          u < 0.85
              ? "DISMISSED/CHARGE DROPPED"
              : u < 0.93 ? "ACQUITTED" : "DISMISSED-FURTHERANCE OF JUSTICE";
      return;
    }
    m.convicted = true;
    m.convStatCodePadding = rng.nextDouble() < 0.3 ? "          " : "";
    Offense convictedOffense = o;
    String level;
    if (Weighted.chance(rng, s.convOffenseDescrRate())) {
      convictedOffense = pleaAlternative(o);
      m.convictedAs = Charge.render(convictedOffense, cannabisEra, false, s, rng, scratch);
      m.convToc = chargeLevel(convictedOffense, c.cycleDate);
      level = convictedLevel(m.convToc);
    } else {
      level = convictedLevel(m.toc);
    }
    m.convStat =
        Weighted.chance(rng, s.convStatBlankRate())
            ? ""
            : "F".equals(level) ? "FELONY" : "M".equals(level) ? "MISDEMEANOR" : "";
    sentence(c, m, convictedOffense, level);
  }

  private String chargeLevel(Offense o, int date) {
    boolean newLaw = o.isProp64() && date >= Dates.PROP64_EFFECTIVE;
    switch (o.level) {
      case FELONY:
        return newLaw && rng.nextDouble() < 0.8 ? "M" : "F";
      case WOBBLER:
        if (newLaw) {
          return rng.nextDouble() < 0.8 ? "M" : "F";
        }
        return rng.nextDouble() < s.felonyShare() ? "F" : "M";
      case SMALL_AMOUNT:
        return date >= Dates.SB1449 ? (rng.nextDouble() < 0.85 ? "I" : "M") : "M";
      case INFRACTION:
        return "I";
      default:
        return "M";
    }
  }

  /** Felony charges are sometimes reduced to misdemeanors at the plea. */
  private String convictedLevel(String toc) {
    return "F".equals(toc) && rng.nextDouble() < 0.1 ? "M" : toc;
  }

  private Offense pleaAlternative(Offense charged) {
    for (int tries = 0; tries < 8; tries++) {
      Offense alt;
      if (charged.isProp64()) {
        alt =
            rng.nextDouble() < 0.5
                ? OffenseCatalog.PROP64_ADULT.pick(rng)
                : OffenseCatalog.RELATED_OFFENSES.pick(rng);
      } else {
        alt =
            rng.nextDouble() < 0.3
                ? OffenseCatalog.PROP64_ADULT.pick(rng)
                : OffenseCatalog.OTHER_OFFENSES.pick(rng);
      }
      if (!(alt.section.equals(charged.section) && alt.subdivisions.equals(charged.subdivisions))) {
        return alt;
      }
    }
    return charged.isProp64() ? OffenseCatalog.RELATED_OFFENSES.all().get(0) : OffenseCatalog.P11359;
  }

  // ---------------------------------------------------------------- sentences

  private enum PartKind {
    PROBATION,
    JAIL,
    PRISON,
    FINE
  }

  private void sentence(CaseModel c, CountModel m, Offense o, String level) {
    boolean superStrike =
        o.category == Category.SUPER_STRIKE || o.category == Category.SUPER_STRIKE_PC290;
    PartKind first;
    if (c.courtAgency == Agency.JUVENILE_COURT) {
      first = PartKind.PROBATION;
    } else if (superStrike) {
      first = rng.nextDouble() < 0.9 ? PartKind.PRISON : PartKind.JAIL;
    } else if ("F".equals(level)) {
      double u = rng.nextDouble();
      first = u < 0.3 ? PartKind.PRISON : u < 0.6 ? PartKind.JAIL : PartKind.PROBATION;
    } else if ("M".equals(level)) {
      first = rng.nextDouble() < 0.4 ? PartKind.JAIL : PartKind.PROBATION;
    } else {
      first = PartKind.FINE;
    }
    switch (first) {
      case PRISON:
        m.courtDisposition = "CONVICTED-PRISON";
        break;
      case JAIL:
        m.courtDisposition = "CONVICTED-JAIL";
        break;
      default:
        m.courtDisposition = "CONVICTED-PROBATION";
    }
    double u = rng.nextDouble();
    if (u < s.sentenceAbsentRate()) {
      m.parts.add(SentencePart.ABSENT);
      return;
    }
    u -= s.sentenceAbsentRate();
    int n = u < s.sentenceThreePartRate() ? 3 : u < s.sentenceThreePartRate() + s.sentenceTwoPartRate() ? 2 : 1;
    PartKind kind = first;
    for (int i = 0; i < n; i++) {
      m.parts.add(part(kind, i + 1, superStrike));
      kind = nextKind(first);
    }
  }

  private PartKind nextKind(PartKind first) {
    double u = rng.nextDouble();
    switch (first) {
      case PRISON:
        return u < 0.7 ? PartKind.FINE : PartKind.PRISON;
      case JAIL:
        return u < 0.7 ? PartKind.PROBATION : PartKind.FINE;
      case PROBATION:
        return u < 0.7 ? PartKind.JAIL : PartKind.FINE;
      default:
        return u < 0.6 ? PartKind.PROBATION : PartKind.JAIL;
    }
  }

  private static final String[] ORDERS = {"", "1", "2", "3"};
  private static final int[] PROBATION_MONTHS = {12, 18, 24, 36, 36, 36, 60};
  private static final int[] PROBATION_YEARS = {1, 2, 3, 3, 5};
  private static final int[] JAIL_DAYS = {1, 2, 10, 30, 45, 60, 90, 120, 180, 180, 365};
  private static final int[] JAIL_MONTHS = {6, 12};
  private static final int[] PRISON_MONTHS = {16, 24, 32, 36};
  private static final int[] PRISON_YEARS = {2, 3, 4, 5, 6, 8};
  private static final int[] PRISON_YEARS_SERIOUS = {7, 9, 15, 25};
  private static final String[] DAYS = {"DAYS      ", "DAYS\t", "DAYS"};
  private static final String[] MONTHS = {"MONTHS   ", "MONTHS\t", "MONTHS"};
  private static final String[] YEARS = {"YEARS     ", "YEARS\t", "YEARS"};

  private SentencePart part(PartKind kind, int order, boolean superStrike) {
    String ord = ORDERS[order];
    switch (kind) {
      case PROBATION:
        return rng.nextDouble() < 0.7
            ? timed(ord, "P", "PROBATION", Weighted.oneOf(rng, PROBATION_MONTHS), 'M')
            : timed(ord, "P", "PROBATION", Weighted.oneOf(rng, PROBATION_YEARS), 'Y');
      case JAIL:
        return rng.nextDouble() < 0.8
            ? timed(ord, "J", "JAIL", Weighted.oneOf(rng, JAIL_DAYS), 'D')
            : timed(ord, "J", "JAIL", Weighted.oneOf(rng, JAIL_MONTHS), 'M');
      case PRISON:
        if (superStrike) {
          return timed(ord, "P", "PRISON", Weighted.oneOf(rng, PRISON_YEARS_SERIOUS), 'Y');
        }
        return rng.nextDouble() < 0.3
            ? timed(ord, "P", "PRISON", Weighted.oneOf(rng, PRISON_MONTHS), 'M')
            : timed(ord, "P", "PRISON", Weighted.oneOf(rng, PRISON_YEARS), 'Y');
      default:
        return new SentencePart(ord, "F", "FINE", "", "", "", 0, SentencePart.NO_UNIT);
    }
  }

  private SentencePart timed(String ord, String code, String descr, int length, char unit) {
    double u = rng.nextDouble();
    int style = u < 0.7 ? 0 : u < 0.85 ? 1 : 2;
    String unitDescr;
    String unitCode;
    if (unit == 'D') {
      unitDescr = DAYS[style];
      unitCode = "D";
    } else if (unit == 'M') {
      unitDescr = MONTHS[style];
      unitCode = "M";
    } else {
      unitDescr = YEARS[style];
      unitCode = "Y";
    }
    return new SentencePart(
        ord, code, descr, Integer.toString(length), unitCode, unitDescr, length, unit);
  }
}
