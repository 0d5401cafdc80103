package org.recordrelief.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recordrelief.doj.DojDate;

/**
 * Fluent builder of a person's history for pure rule tests. Each {@link Person#convicted} opens a
 * new cycle and court case ({@code CNT_ORDER = <cycle>002<count>000}); co-counts can be placed in
 * the same case or the same cycle. Defaults: level F, the conviction date equals the offense date,
 * the sentence ended on the conviction date (completed), evaluation date 2025-01-01, §6 defaults.
 */
final class Fixture {
  private Fixture() {}

  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  /** "YYYY-MM-DD", "YYYY-MM", "YYYY", or null/"" for unknown. */
  static DojDate date(String s) {
    if (s == null || s.isEmpty()) {
      return DojDate.unknown();
    }
    return switch (s.length()) {
      case 4 -> DojDate.ofYear(Integer.parseInt(s));
      case 7 -> DojDate.parse(s.substring(0, 4) + s.substring(5, 7) + "00");
      default -> DojDate.of(s);
    };
  }

  static Person person(String dob) {
    return new Person(DobInfo.of(date(dob)));
  }

  static Person personWithoutDob() {
    return new Person(DobInfo.missing());
  }

  /** A person. */
  static final class Person {
    final String subjectId = "S1";
    DobInfo dob;
    final List<Count> counts = new ArrayList<>();
    final List<ChargeFacts> charges = new ArrayList<>();
    final List<HistoryEvent> events = new ArrayList<>();
    int nextCycle = 101;

    Person(DobInfo dob) {
      this.dob = dob;
    }

    Person dobInfo(DobInfo d) {
      this.dob = d;
      return this;
    }

    /** A conviction in a new cycle and case. */
    Count convicted(String cite) {
      int cycle = nextCycle++;
      Count c = new Count(this, String.format("%03d002001000", cycle), cite);
      counts.add(c);
      return c;
    }

    /** A conviction with an explicit CNT_ORDER (may be invalid). */
    Count convictedWithOrder(String countOrder, String cite) {
      Count c = new Count(this, countOrder, cite);
      counts.add(c);
      return c;
    }

    /** Another convicted count in the same court case as {@code other}. */
    Count convictedInSameCase(Count other, String cite) {
      Count c = new Count(this, nextCountOrder(other.countOrder.substring(0, 6)), cite);
      counts.add(c);
      return c;
    }

    /** A non-conviction court count in the same case as {@code other}. */
    Person chargedInSameCase(Count other, String cite, ChargeFacts.Disposition disp) {
      charges.add(new ChargeFacts(
          new CountKey(subjectId, nextCountOrder(other.countOrder.substring(0, 6))),
          Cits.of(cite), other.convictionDate(), ChargeFacts.StepKind.COURT, disp));
      return this;
    }

    /** An arrest count in the same cycle as {@code other} (arrest step 001). */
    Person arrestedInSameCycle(Count other, String cite) {
      String prefix = other.countOrder.substring(0, 3) + "001";
      charges.add(new ChargeFacts(new CountKey(subjectId, nextCountOrder(prefix)), Cits.of(cite),
          other.offenseDate(), ChargeFacts.StepKind.ARREST, ChargeFacts.Disposition.NOT_CONVICTED));
      return this;
    }

    Person registration(String when) {
      events.add(HistoryEvent.of(HistoryEvent.Type.PC290_REGISTRATION, date(when)));
      return this;
    }

    Person deceased(String when) {
      events.add(HistoryEvent.of(HistoryEvent.Type.DECEASED, date(when)));
      return this;
    }

    private String nextCountOrder(String prefix6) {
      int n = 1;
      while (true) {
        String co = String.format("%s%03d000", prefix6, n);
        boolean used = counts.stream().anyMatch(c -> c.countOrder.equals(co))
            || charges.stream().anyMatch(c -> c.key().countOrder().equals(co));
        if (!used) {
          return co;
        }
        n++;
      }
    }

    PersonHistory history() {
      return new PersonHistory("P1", dob, counts.stream().map(Count::build).toList(), charges,
          events);
    }

    Determination evaluate(Count c) {
      return evaluate(c, AS_OF, StatutorySettings.defaults());
    }

    Determination evaluate(Count c, LocalDate asOf) {
      return evaluate(c, asOf, StatutorySettings.defaults());
    }

    Determination evaluate(Count c, StatutorySettings s) {
      return evaluate(c, AS_OF, s);
    }

    Determination evaluate(Count c, LocalDate asOf, StatutorySettings s) {
      return tryEvaluate(c, asOf, s)
          .orElseThrow(() -> new AssertionError("no determination for " + c.cite));
    }

    Optional<Determination> tryEvaluate(Count c, LocalDate asOf, StatutorySettings s) {
      return StatutoryEvaluator.evaluate(history(), c.build(), c.facts, asOf, s);
    }
  }

  /** One convicted count. */
  static final class Count {
    final Person person;
    final String countOrder;
    final String cite;
    String chargedCite;
    Level level = Level.F;
    Level current;
    String offense;
    String conviction;
    boolean offenseUnknown;
    OffenseDateSource source = OffenseDateSource.CYCLE;
    SentenceInfo sentence;
    boolean juvenile;
    boolean relieved;
    boolean pc1203;
    SupplementaryFacts facts = SupplementaryFacts.NONE;
    final Set<Flag> carried = EnumSet.noneOf(Flag.class);
    final java.util.SortedSet<String> issues = new java.util.TreeSet<>();

    Count(Person person, String countOrder, String cite) {
      this.person = person;
      this.countOrder = countOrder;
      this.cite = cite;
    }

    Count level(Level l) {
      level = l;
      return this;
    }

    Count currentLevel(Level l) {
      current = l;
      return this;
    }

    /** Offense date (and conviction date unless set separately). */
    Count on(String when) {
      offense = when;
      return this;
    }

    Count offense(String when) {
      offense = when;
      return this;
    }

    Count convictedOn(String when) {
      conviction = when;
      return this;
    }

    /** No arrest/cycle date: the conviction date is the offense date (fallback). */
    Count offenseUnknown() {
      offenseUnknown = true;
      return this;
    }

    Count arrestStepDate() {
      source = OffenseDateSource.ARREST_STEP;
      return this;
    }

    Count sentenceEnds(String when) {
      sentence = SentenceInfo.endingOn(date(when));
      return this;
    }

    Count sentenceAbsent() {
      sentence = SentenceInfo.absent();
      return this;
    }

    Count sentenceInvalid() {
      sentence = SentenceInfo.invalid();
      return this;
    }

    Count juvenile() {
      juvenile = true;
      return this;
    }

    Count relieved() {
      relieved = true;
      return this;
    }

    Count pc1203() {
      pc1203 = true;
      return this;
    }

    Count charged(String c) {
      chargedCite = c;
      return this;
    }

    Count facts(SupplementaryFacts f) {
      facts = f;
      return this;
    }

    Count carry(Flag f) {
      carried.add(f);
      return this;
    }

    /** An ingest issue code raised on the count upstream. */
    Count issue(String code) {
      issues.add(code);
      return this;
    }

    DojDate convictionDate() {
      return date(conviction != null ? conviction : offense);
    }

    DojDate offenseDate() {
      return offenseUnknown ? DojDate.unknown() : date(offense);
    }

    CountKey key() {
      return new CountKey(person.subjectId, countOrder);
    }

    /** Done with this count: back to the person. */
    Person and() {
      return person;
    }

    ConvictionFacts build() {
      DojDate conv = convictionDate();
      return new ConvictionFacts(
          key(),
          Cits.of(cite),
          chargedCite == null ? null : Cits.of(chargedCite),
          level,
          current,
          offenseDate(),
          offenseUnknown ? OffenseDateSource.CONVICTION : source,
          conv,
          sentence == null ? SentenceInfo.endingOn(conv) : sentence,
          juvenile,
          "SACRAMENTO",
          "sacramento",
          relieved,
          pc1203,
          carried,
          issues);
    }
  }
}
