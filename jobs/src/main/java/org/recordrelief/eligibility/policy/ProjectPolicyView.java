package org.recordrelief.eligibility.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.recordrelief.doj.Citation;
import org.recordrelief.doj.CitationParser;
import org.recordrelief.doj.DojDate;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.ChargeFacts;
import org.recordrelief.eligibility.ConvictionFacts;
import org.recordrelief.eligibility.CountFacts;
import org.recordrelief.eligibility.Determination;
import org.recordrelief.eligibility.DisqualifierMatcher;
import org.recordrelief.eligibility.HistoryEvent;
import org.recordrelief.eligibility.PersonHistory;
import org.recordrelief.eligibility.Relevance;
import org.recordrelief.eligibility.SentenceInfo;
import org.recordrelief.eligibility.StatutorySettings;

/**
 * {@link PolicyView} with project semantics: anchored sections, interval logic on imprecise dates
 * (UNKNOWN when a date or age cannot decide), the person's statewide history, calendar
 * arithmetic, and the statutory determination of the count. Pure Java; one instance per count.
 */
public final class ProjectPolicyView implements PolicyView {
  private final PersonHistory person;
  private final ConvictionFacts count;
  private final Determination statutory;
  private final LocalDate asOf;
  private final StatutorySettings settings;
  private final DisqualifierMatcher matcher;

  public ProjectPolicyView(PersonHistory person, ConvictionFacts count, Determination statutory,
      LocalDate asOf, StatutorySettings settings, DisqualifierMatcher matcher) {
    this.person = person;
    this.count = count;
    this.statutory = statutory;
    this.asOf = asOf;
    this.settings = settings;
    this.matcher = matcher;
  }

  @Override
  public LocalDate evaluationDate() {
    return asOf;
  }

  @Override
  public String county() {
    return count.county();
  }

  @Override
  public String sectionKey() {
    return count.offense().section();
  }

  @Override
  public String rawSection() {
    return count.offense().normalized();
  }

  @Override
  public String statutoryOutcome() {
    return statutory == null ? null : statutory.outcome().name();
  }

  @Override
  public Tri statutoryFlag(String flag) {
    if (statutory == null) {
      return Tri.UNKNOWN;
    }
    try {
      return Tri.of(statutory.flags().contains(org.recordrelief.eligibility.Flag.valueOf(flag)));
    } catch (IllegalArgumentException e) {
      return Tri.UNKNOWN;
    }
  }

  @Override
  public Tri isProp64() {
    return Tri.of(statutory != null && statutory.relevance() == Relevance.PROP64);
  }

  @Override
  public Tri relatedCharge() {
    return Tri.of(statutory != null && (statutory.relevance() == Relevance.RELATED_CHARGE
        || statutory.relevance() == Relevance.PLEA_SUBSTITUTE));
  }

  @Override
  public Tri notFelony() {
    return switch (count.levelAtConviction()) {
      case F -> Tri.FALSE;
      case M, I -> Tri.TRUE;
      case UNKNOWN -> Tri.UNKNOWN;
    };
  }

  @Override
  public Tri sectionIn(List<String> keys) {
    Citation c = count.offense();
    for (String key : keys) {
      String k = key.strip().toUpperCase(Locale.ROOT);
      int paren = k.indexOf('(');
      String base = paren < 0 ? k : k.substring(0, paren);
      if (!base.equals(c.section())) {
        continue;
      }
      if (paren < 0) {
        return Tri.TRUE;
      }
      String sub = k.substring(paren + 1, k.length() - 1);
      if (sub.equals("NO-SUB-SECTION") ? c.subdivisions().isEmpty()
          : !c.subdivisions().isEmpty() && c.subdivisions().get(0).equals(sub)) {
        return Tri.TRUE;
      }
    }
    return Tri.FALSE;
  }

  @Override
  public Tri rawSectionStartsWith(String prefix) {
    Citation p = CitationParser.parse(prefix);
    Citation c = count.offense();
    if (!p.isParsed() || !p.section().equals(c.section())
        || p.subdivisions().size() > c.subdivisions().size()) {
      return Tri.FALSE;
    }
    return Tri.of(c.subdivisions().subList(0, p.subdivisions().size()).equals(p.subdivisions()));
  }

  @Override
  public Tri rawSectionEquals(String section) {
    Citation p = CitationParser.parse(section);
    Citation c = count.offense();
    boolean codeOk = Citation.UNKNOWN_CODE.equals(p.code()) || p.code().equals(c.code());
    return Tri.of(p.isParsed() && codeOk && p.section().equals(c.section())
        && p.subdivisions().equals(c.subdivisions()) && p.attempt() == c.attempt());
  }

  /** Age at {@code at} compared with {@code years}, over every candidate DOB. */
  private Tri age(DojDate at, java.util.function.IntPredicate test) {
    List<DojDate> dobs = person.dob().knownCandidates();
    if (dobs.isEmpty() || person.dob().unreliable()) {
      return Tri.UNKNOWN;
    }
    Tri result = null;
    for (DojDate dob : dobs) {
      int[] r = DojDate.ageRange(dob, at);
      if (r == null) {
        return Tri.UNKNOWN;
      }
      Tri t = Tri.UNKNOWN;
      boolean lo = test.test(r[0]);
      boolean hi = test.test(r[1]);
      if (lo && hi && allBetween(r, test)) {
        t = Tri.TRUE;
      } else if (!lo && !hi && noneBetween(r, test)) {
        t = Tri.FALSE;
      }
      if (result != null && result != t) {
        return Tri.UNKNOWN;
      }
      result = t;
    }
    return result;
  }

  private static boolean allBetween(int[] r, java.util.function.IntPredicate test) {
    for (int a = r[0]; a <= r[1]; a++) {
      if (!test.test(a)) {
        return false;
      }
    }
    return true;
  }

  private static boolean noneBetween(int[] r, java.util.function.IntPredicate test) {
    for (int a = r[0]; a <= r[1]; a++) {
      if (test.test(a)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Tri convictedBeforeAge(int years) {
    return age(count.convictionDate(), a -> a < years);
  }

  @Override
  public Tri ageAtEvaluationAtLeast(int years) {
    return age(DojDate.of(asOf), a -> a >= years);
  }

  @Override
  public Tri ageAtEvaluationAtMost(int years) {
    return age(DojDate.of(asOf), a -> a <= years);
  }

  @Override
  public Tri convictedAtLeastYearsAgo(int years) {
    return count.convictionDate().isOnOrBefore(asOf.minusYears(years));
  }

  @Override
  public Tri noConvictionWithinYears(int years) {
    LocalDate cutoff = asOf.minusYears(years);
    Tri all = Tri.TRUE;
    for (ConvictionFacts c : person.convictions()) {
      all = all.and(c.convictionDate().isBefore(cutoff));
    }
    return all;
  }

  @Override
  public Tri onlyProp64Convictions() {
    Tri all = Tri.TRUE;
    for (ConvictionFacts c : person.convictions()) {
      Citation o = c.offense();
      all = all.and(!o.isParsed() ? Tri.UNKNOWN : Tri.of(o.isProp64Section() && !o.conspiracy()));
    }
    return all;
  }

  private Tri completed(ConvictionFacts c) {
    SentenceInfo s = c.sentence();
    return switch (s.basis()) {
      case PARTS -> s.end() == null ? Tri.UNKNOWN : s.end().isBefore(asOf);
      case ABSENT -> settings.sentenceAbsentCompletedAfterYears() == null ? Tri.UNKNOWN
          : c.convictionDate().isOnOrBefore(
              asOf.minusYears(settings.sentenceAbsentCompletedAfterYears())).isTrue()
              ? Tri.TRUE : Tri.UNKNOWN;
      case INVALID -> Tri.UNKNOWN;
    };
  }

  @Override
  public Tri allSentencesCompleted() {
    Tri all = Tri.TRUE;
    for (ConvictionFacts c : person.convictions()) {
      all = all.and(completed(c));
    }
    return all;
  }

  @Override
  public Tri thisSentenceCompleted() {
    return completed(count);
  }

  @Override
  public Tri convictionCountGreaterThan(int n) {
    return Tri.of(person.convictions().size() > n);
  }

  @Override
  public Tri isMostRecentConviction() {
    Tri none = Tri.TRUE;
    for (ConvictionFacts c : person.convictions()) {
      if (!c.key().equals(count.key())) {
        none = none.and(c.convictionDate().isAfter(count.convictionDate()).not());
      }
    }
    return none;
  }

  @Override
  public Tri deceased() {
    return Tri.of(person.deceased());
  }

  @Override
  public Tri convictedOnOrAfter(LocalDate date) {
    return count.convictionDate().isOnOrAfter(date);
  }

  /** Some other conviction of the given kind is dated strictly before this conviction. */
  private Tri earlier(DisqualifierMatcher.Kind kind, boolean registration) {
    Tri any = Tri.FALSE;
    for (ConvictionFacts c : person.convictions()) {
      if (c.key().equals(count.key())) {
        continue;
      }
      DisqualifierMatcher.Result r = matcher.match(c.offense());
      if (!r.kinds().contains(kind)) {
        continue;
      }
      Tri before = c.convictionDate().isBefore(count.convictionDate());
      any = any.or(r.definite() ? before : before.and(Tri.UNKNOWN));
    }
    if (registration) {
      for (HistoryEvent e : person.events()) {
        if (e.type() == HistoryEvent.Type.PC290_REGISTRATION) {
          any = any.or(e.date().isBefore(count.convictionDate()));
        }
      }
    }
    return any;
  }

  @Override
  public Tri earlierSuperstrike() {
    return earlier(DisqualifierMatcher.Kind.SUPER_STRIKE, false);
  }

  @Override
  public Tri earlierPc290() {
    return earlier(DisqualifierMatcher.Kind.PC290, true);
  }

  @Override
  public Tri twoPriorsSameSection() {
    int definite = 0;
    int possible = 0;
    for (ConvictionFacts c : person.convictions()) {
      if (c.key().equals(count.key()) || !c.offense().isProp64Section()
          || !c.offense().section().equals(count.offense().section())) {
        continue;
      }
      Tri before = c.convictionDate().isBefore(count.convictionDate());
      if (before.isTrue()) {
        definite++;
      } else if (before.isUnknown()) {
        possible++;
      }
    }
    return definite >= 2 ? Tri.TRUE : definite + possible >= 2 ? Tri.UNKNOWN : Tri.FALSE;
  }

  @Override
  public Tri prop64InSameCycle() {
    var cycle = count.key().cycleKey();
    if (cycle.isEmpty()) {
      return Tri.UNKNOWN;
    }
    for (CountFacts other : person.allCounts()) {
      if (!other.key().cycleKey().equals(cycle)) {
        continue;
      }
      Citation o = other instanceof ConvictionFacts cf ? cf.offense()
          : ((ChargeFacts) other).offense();
      if (o.isParsed() && o.isProp64Section() && !o.conspiracy()) {
        return Tri.TRUE;
      }
      if (other instanceof ConvictionFacts cf && cf.charged().isProp64Section()) {
        return Tri.TRUE;
      }
    }
    return Tri.FALSE;
  }
}
