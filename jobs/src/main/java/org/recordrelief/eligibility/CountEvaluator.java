package org.recordrelief.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordrelief.doj.DojDate;
import org.recordrelief.doj.Tri;

/**
 * Evaluates one relevant convicted count under one settings object (§2.3). Package-private: callers
 * use {@link StatutoryEvaluator}.
 *
 * <p>Uncertainty is handled by enumeration: every fact the record leaves open (age tier, level,
 * whether a possible disqualifier counts, whether two priors exist, whether an indicated aggravator
 * is real) becomes a dimension; the rows are evaluated for every combination the facts allow; if
 * all combinations agree the result is firm, otherwise the count goes to NEEDS_REVIEW with the most
 * favourable combination as candidate and the flags of the dimensions that changed the outcome.
 * This makes "an UNKNOWN that changes the decision → NEEDS_REVIEW" exact, and "a mere indicator
 * never yields NOT_ELIGIBLE" structural.
 */
final class CountEvaluator {

  private static final int TIER = 0;
  private static final int LEVEL = 1;
  private static final int DISQ = 2;
  private static final int TWO = 3;
  private static final int SALE_MINOR = 4;
  private static final int USE_MINOR = 5;
  private static final int IMPORT = 6;
  private static final int ENV = 7;
  private static final int DIMS = 8;

  private static final List<Boolean> NO = List.of(false);
  private static final List<Boolean> YES = List.of(true);
  private static final List<Boolean> MAYBE = List.of(false, true);

  /**
   * Age tiers the facts allow, and why more than one.
   *
   * @param tiers possible tiers, ascending
   * @param cause null, or DOB_MISSING / DOB_UNRELIABLE / DOB_CONFLICT / CYC_AGE_CONFLICT /
   *     DATE_IMPRECISE
   */
  record TierInfo(List<AgeTier> tiers, String cause) {}

  private final PersonHistory history;
  private final ConvictionFacts count;
  private final SupplementaryFacts facts;
  private final LocalDate asOf;
  private final StatutorySettings settings;
  private final Relevance relevance;
  private final PriorAnalysis priors;
  private final DisqualifierMatcher matcher;

  /** Age tier when it is a single known value (for the reason text), else null. */
  private AgeTier knownTier;

  private PriorAnalysis.Disqualifiers disqualifiers;

  private PriorAnalysis.Disqualifiers disqualifiers() {
    if (disqualifiers == null) {
      disqualifiers = priors.disqualifiers(matcher);
    }
    return disqualifiers;
  }

  /** Two-priors assessment under another reading of the switches (sensitivity check). */
  PriorAnalysis.TwoPriors twoPriorsUnder(StatutorySettings s) {
    OffenseKind kind = OffenseKind.of(count.offense(), s.lists());
    return kind == null ? PriorAnalysis.TwoPriors.NONE : priors.twoPriors(kind.family(), s);
  }

  CountEvaluator(
      PersonHistory history,
      ConvictionFacts count,
      SupplementaryFacts facts,
      LocalDate asOf,
      StatutorySettings settings,
      Relevance relevance,
      DisqualifierMatcher matcher) {
    this.history = history;
    this.count = count;
    this.facts = facts;
    this.asOf = asOf;
    this.settings = settings;
    this.relevance = relevance;
    this.priors = new PriorAnalysis(history, count, settings);
    this.matcher =
        matcher != null && matcher.sameRules(settings)
            ? matcher
            : new DisqualifierMatcher(settings);
  }

  DisqualifierMatcher matcher() {
    return matcher;
  }

  AgeTier knownTier() {
    return knownTier;
  }

  // ======================================================================= core

  /** Gates, rows and modifiers X-1…X-10 (not the track, not the person-level flags). */
  Partial core() {
    return switch (relevance) {
      case PROP64 -> prop64();
      case PREDECESSOR -> predecessor();
      case OFFENSE_UNPARSED ->
          Partial.review(null, Hit.rule("G2", "OFFENSE_UNPARSED"), Flag.DATA_QUALITY);
      case OTHER_MARIJUANA_SECTION, CONSPIRACY, RELATED_CHARGE, PLEA_SUBSTITUTE, CHARGED_PROP64 ->
          g2();
      case NOT_RELEVANT -> throw new IllegalStateException("count is not relevant");
    };
  }

  /** G2: not a conviction under 11357–11360. */
  private Partial g2() {
    Partial p = Partial.of(Outcome.NOT_ELIGIBLE, Hit.rule("G2"));
    boolean policyCandidate =
        priors.sameCycleHasProp64Charge()
            || relevance == Relevance.CHARGED_PROP64
            || relevance == Relevance.CONSPIRACY
            || (count.charged().isParsed() && count.charged().isProp64Section());
    return policyCandidate ? p.withFlags(Flag.COUNTY_POLICY_CANDIDATE) : p;
  }

  /** G3 for a predecessor statute: review, no row outcome. */
  private Partial predecessor() {
    Partial p = Partial.review(null, Hit.rule("G3"));
    // Pre-1973 numbering: pre-Moscone unless the record dates it later (then the record is odd).
    Tri pre = count.offenseDate().isBefore(Dates.MOSCONE);
    if (pre != Tri.FALSE) {
      p = p.withFlags(Flag.PRE_1976);
    } else {
      p = p.withFlags(Flag.DATA_QUALITY);
    }
    return p;
  }

  /**
   * A review marker raised by a gate or modifier that lets evaluation continue. {@code deciding}
   * marks a possibly-applying gate that would decide on its own (G3: pre-1976 goes to review even
   * when the rows deny), so a row denial does not stand against it.
   */
  private record Marker(List<Hit> hits, Set<Flag> flags, boolean deciding) {
    static Marker of(Set<Flag> flags, Hit... hits) {
      return new Marker(List.of(hits), flags, false);
    }

    static Marker deciding(Set<Flag> flags, Hit... hits) {
      return new Marker(List.of(hits), flags, true);
    }
  }

  private Partial prop64() {
    OffenseKind kind = OffenseKind.of(count.offense(), settings.lists());
    List<Marker> markers = new ArrayList<>();
    DojDate offense = count.offenseDate();

    // G3: 11357 before the Moscone Act (offense, or conviction when the offense is unknown).
    if (kind.family() == OffenseKind.Family.POSSESSION) {
      Tri pre = offense.isBefore(Dates.MOSCONE);
      if (pre == Tri.TRUE) {
        Partial rows = scenarios(kind, count.juvenileCourt());
        Partial p =
            Partial.review(rows.effective(), Hit.rule("G3"), Flag.PRE_1976)
                .plusHits(rows.hits())
                .withFlags(rows.flags());
        return count.alreadyRelieved() ? p.withFlags(Flag.ALREADY_RELIEVED) : p;
      }
      if (pre == Tri.UNKNOWN) {
        markers.add(
            Marker.deciding(
                EnumSet.of(Flag.PRE_1976, Flag.DATE_IMPRECISE),
                Hit.rule("G3"),
                Hit.reason("DATE_IMPRECISE")));
      }
    }

    // G4: offense (a real offense date) on or after 2016-11-09.
    if (count.offenseDateSource().isRealOffenseDate()) {
      Tri post = offense.isOnOrAfter(Dates.AUMA);
      if (post == Tri.TRUE) {
        return Partial.of(Outcome.NOT_ELIGIBLE, Hit.rule("G4"));
      }
      if (post == Tri.UNKNOWN) {
        markers.add(
            Marker.of(
                EnumSet.of(Flag.DATE_IMPRECISE), Hit.rule("G4"), Hit.reason("DATE_IMPRECISE")));
      }
    }

    // G5: convicted on or after 2016-11-09 (offense before, or offense date unknown).
    Tri convPost = count.convictionDate().isOnOrAfter(Dates.AUMA);
    if (convPost == Tri.TRUE) {
      markers.add(Marker.of(EnumSet.noneOf(Flag.class), Hit.rule("G5")));
    } else if (convPost == Tri.UNKNOWN) {
      markers.add(
          Marker.of(EnumSet.of(Flag.DATE_IMPRECISE), Hit.rule("G5"), Hit.reason("DATE_IMPRECISE")));
    }

    // G6: already relieved.
    if (count.alreadyRelieved()) {
      return combine(
          markers, Partial.of(Outcome.NOT_ELIGIBLE, Hit.rule("G6"), Flag.ALREADY_RELIEVED));
    }

    // G7: juvenile court: rows as if under 18, then review.
    boolean juvenile = count.juvenileCourt();
    if (juvenile) {
      markers.add(Marker.of(EnumSet.of(Flag.JUVENILE), Hit.rule("G7")));
    }

    // attempt.
    List<Hit> info = new ArrayList<>();
    EnumSet<Flag> infoFlags = EnumSet.noneOf(Flag.class);
    if (count.offense().attempt()) {
      if (settings.attemptMode() == StatutorySettings.AttemptMode.FOLLOW_TARGET) {
        info.add(Hit.rule("X-1"));
        infoFlags.add(Flag.ATTEMPT);
      } else {
        markers.add(Marker.of(EnumSet.of(Flag.ATTEMPT), Hit.rule("X-1")));
      }
    }

    // G8 and the rows, over every scenario the facts allow.
    Partial rows = scenarios(kind, juvenile).plusHits(info).withFlags(infoFlags);
    Partial p = combine(markers, rows);

    // An offense-date proxy after the conviction date is impossible: the proxy is suspect.
    if (count.offenseDateSource().isRealOffenseDate()
        && offense.isAfter(count.convictionDate()) == Tri.TRUE) {
      p = p.plusHits(List.of(Hit.reason("OFFENSE_AFTER_CONVICTION"))).withFlags(Flag.DATA_QUALITY);
    }

    // a disqualifier after the offense (risk review only).
    PriorAnalysis.Disqualifiers d = disqualifiers();
    if (d.later()) {
      p = p.plusHits(List.of(Hit.rule("X-5"))).withFlags(Flag.LATER_DISQUALIFIER);
    }
    // An unreadable earlier conviction was not checked against the disqualifier lists.
    if (kind.family().hasPriorsTier() && d.unparsedPrior() && p.effective() != null
        && p.effective().isRelief() && !juvenile) {
      p = p.plusHits(List.of(Hit.reason("UNPARSED_PRIOR_CONVICTION"))).withFlags(Flag.DATA_QUALITY);
    }
    return p;
  }

  /** X-10 with review markers: NOT_ELIGIBLE stands; anything else becomes NEEDS_REVIEW. */
  private static Partial combine(List<Marker> markers, Partial rows) {
    if (markers.isEmpty()) {
      return rows;
    }
    List<Hit> markerHits = new ArrayList<>();
    EnumSet<Flag> markerFlags = EnumSet.noneOf(Flag.class);
    for (Marker m : markers) {
      markerHits.addAll(m.hits());
      markerFlags.addAll(m.flags());
    }
    boolean deciding = markers.stream().anyMatch(Marker::deciding);
    if (rows.outcome() == Outcome.NOT_ELIGIBLE && !deciding) {
      // The denial is firm whatever the open gate question; imprecision did not decide it.
      markerFlags.remove(Flag.DATE_IMPRECISE);
      markerFlags.remove(Flag.PRE_1976);
      List<Hit> keep = new ArrayList<>();
      for (Hit h : markerHits) {
        if (h.ruleId() != null) {
          keep.add(h);
        }
      }
      return rows.plusHits(keep).withFlags(markerFlags);
    }
    List<Hit> hits = new ArrayList<>(markerHits);
    hits.addAll(rows.hits());
    String why = markerHits.get(0).reasonCode();
    for (Hit h : markerHits) {
      if (h.ruleId() == null) {
        why = h.reasonCode();
        break;
      }
    }
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    flags.addAll(markerFlags);
    flags.addAll(rows.flags());
    return new Partial(Outcome.NEEDS_REVIEW, rows.effective(), hits, flags, why);
  }

  // ======================================================================= scenarios

  private Partial scenarios(OffenseKind kind, boolean juvenile) {
    TierInfo ti = juvenile ? new TierInfo(List.of(AgeTier.UNDER_18), null) : tiers();
    knownTier = ti.tiers().size() == 1 ? ti.tiers().get(0) : null;
    OffenseKind.Family family = kind.family();
    boolean priorTier = family.hasPriorsTier();

    PriorAnalysis.Disqualifiers dq = priorTier ? disqualifiers() : null;
    PriorAnalysis.TwoPriors tp =
        priorTier ? priors.twoPriors(family, settings) : PriorAnalysis.TwoPriors.NONE;

    List<List<?>> dims = new ArrayList<>(DIMS);
    dims.add(ti.tiers());
    dims.add(levels(kind));
    dims.add(dq == null ? NO : dq.definite() ? YES : dq.possible() ? MAYBE : NO);
    dims.add(tp.definite() ? YES : tp.possible() ? MAYBE : NO);
    boolean minorIndicated =
        (family == OffenseKind.Family.POSSESSION_FOR_SALE
                || family == OffenseKind.Family.SALE_TRANSPORT)
            && priors.coCountMatches(settings.lists().minorIndicators());
    dims.add(
        family == OffenseKind.Family.POSSESSION_FOR_SALE
                || family == OffenseKind.Family.SALE_TRANSPORT
            ? fact(facts.saleToMinor(), minorIndicated)
            : NO);
    dims.add(
        family == OffenseKind.Family.POSSESSION_FOR_SALE
            ? fact(facts.useOfMinor(), minorIndicated)
            : NO);
    dims.add(family == OffenseKind.Family.SALE_TRANSPORT ? importValues() : NO);
    dims.add(
        family == OffenseKind.Family.CULTIVATION
            ? fact(
                facts.environmentalViolation(),
                priors.coCountMatches(settings.lists().environmentalIndicators()))
            : NO);

    int[] sizes = new int[DIMS];
    for (int d = 0; d < DIMS; d++) {
      sizes[d] = dims.get(d).size();
    }
    List<int[]> combos = cartesian(sizes);
    Map<List<Integer>, Partial> results = new HashMap<>();
    List<Partial> ordered = new ArrayList<>();
    Set<List<Object>> keys = new LinkedHashSet<>();
    for (int[] c : combos) {
      Level[] lv = (Level[]) dims.get(LEVEL).get(c[LEVEL]);
      Rows.Scenario sc =
          new Rows.Scenario(
              (AgeTier) dims.get(TIER).get(c[TIER]),
              lv[0],
              lv[1],
              (Boolean) dims.get(DISQ).get(c[DISQ]),
              (Boolean) dims.get(TWO).get(c[TWO]),
              (Boolean) dims.get(SALE_MINOR).get(c[SALE_MINOR]),
              (Boolean) dims.get(USE_MINOR).get(c[USE_MINOR]),
              (Boolean) dims.get(IMPORT).get(c[IMPORT]),
              (Boolean) dims.get(ENV).get(c[ENV]));
      Partial p = Rows.evaluate(kind, sc, facts, settings);
      results.put(asList(c), p);
      ordered.add(p);
      keys.add(p.key());
    }
    if (keys.size() == 1) {
      return union(ordered);
    }

    boolean[] matters = new boolean[DIMS];
    for (int[] c : combos) {
      Partial p = results.get(asList(c));
      for (int d = 0; d < DIMS; d++) {
        for (int v = 0; v < sizes[d]; v++) {
          if (v == c[d]) {
            continue;
          }
          int[] alt = c.clone();
          alt[d] = v;
          if (!results.get(asList(alt)).key().equals(p.key())) {
            matters[d] = true;
          }
        }
      }
    }

    // G8 with ageUnknownAdultDefault: the adult outcome when it is one relief outcome. Only for a
    // missing DOB: an imprecise date (§2.3 step 6), conflicting DOBs and a DOB after an event
    // (input spec §6.4) must go to review.
    if (matters[TIER] && !juvenile && settings.ageUnknownAdultDefault() && adultDefault(kind)
        && "DOB_MISSING".equals(ti.cause())) {
      List<Partial> adult = new ArrayList<>();
      Set<List<Object>> adultKeys = new LinkedHashSet<>();
      boolean hasMinorTier = false;
      for (int[] c : combos) {
        AgeTier t = (AgeTier) dims.get(TIER).get(c[TIER]);
        if (t.isAdult()) {
          Partial p = results.get(asList(c));
          adult.add(p);
          adultKeys.add(p.key());
        } else {
          hasMinorTier = true;
        }
      }
      if (hasMinorTier && !adult.isEmpty() && adultKeys.size() == 1
          && adult.get(0).outcome().isRelief()) {
        return union(adult)
            .withHitAfterDecisive(Hit.rule("G8"))
            .withFlags(Flag.AGE_UNKNOWN)
            .plusHits(List.of(Hit.reason(ti.cause())));
      }
    }

    // General case: review, candidate = the most favourable scenario.
    Partial fav = ordered.get(0);
    Partial adv = ordered.get(0);
    for (Partial p : ordered) {
      if (p.favour() > fav.favour()) {
        fav = p;
      }
      if (p.favour() <= adv.favour()) {
        adv = p; // the last minimum: every open question resolved against the person
      }
    }
    List<Hit> ruleCauses = new ArrayList<>();
    List<Hit> reasonCauses = new ArrayList<>();
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    flags.addAll(fav.flags());
    String why = null;
    if (matters[DISQ]) {
      for (DisqualifierCause cause : dq.causes()) {
        flags.add(cause.flag());
        if (cause == DisqualifierCause.SAME_DAY) {
          ruleCauses.add(Hit.rule("X-4"));
        } else if (cause == DisqualifierCause.REGISTRATION_ONLY) {
          ruleCauses.add(Hit.rule("X-6"));
        } else {
          reasonCauses.add(Hit.reason(cause.reasonCode()));
        }
      }
      why = firstCode(ruleCauses, reasonCauses);
    }
    if (matters[TWO]) {
      flags.add(Flag.TWO_PRIORS_UNSETTLED);
      reasonCauses.add(Hit.reason("TWO_PRIORS_UNCERTAIN"));
      for (DisqualifierCause cause : tp.causes()) {
        switch (cause) {
          case SAME_DAY -> flags.add(Flag.TIMING_SAME_DAY);
          case DATE_IMPRECISE -> flags.add(Flag.DATE_IMPRECISE);
          case COUNT_ORDER_INVALID -> flags.add(Flag.DATA_QUALITY);
          default -> {
            // covered by TWO_PRIORS_UNSETTLED
          }
        }
        reasonCauses.add(Hit.reason(cause.reasonCode()));
      }
      why = why == null ? "TWO_PRIORS_UNCERTAIN" : why;
    }
    if (matters[SALE_MINOR] || matters[USE_MINOR]) {
      flags.add(Flag.MINOR_INDICATOR);
      reasonCauses.add(Hit.reason("MINOR_INDICATED"));
      why = why == null ? "MINOR_INDICATED" : why;
    }
    if (matters[IMPORT]) {
      flags.add(Flag.IMPORT_INDICATOR);
      reasonCauses.add(Hit.reason("IMPORT_INDICATED"));
      why = why == null ? "IMPORT_INDICATED" : why;
    }
    if (matters[ENV]) {
      flags.add(Flag.ENVIRONMENTAL_INDICATOR);
      reasonCauses.add(Hit.reason("ENVIRONMENTAL_INDICATED"));
      why = why == null ? "ENVIRONMENTAL_INDICATED" : why;
    }
    if (matters[TIER]) {
      flags.add(Flag.AGE_UNKNOWN);
      if ("DATE_IMPRECISE".equals(ti.cause())) {
        flags.add(Flag.DATE_IMPRECISE);
      }
      ruleCauses.add(Hit.rule("G8"));
      reasonCauses.add(Hit.reason(ti.cause()));
      why = why == null ? "AGE_UNKNOWN" : why;
    }
    if (matters[LEVEL]) {
      flags.add(Flag.DATA_QUALITY);
      reasonCauses.add(Hit.reason("LEVEL_UNKNOWN"));
      why = why == null ? "LEVEL_UNKNOWN" : why;
    }
    List<Hit> hits = new ArrayList<>(ruleCauses);
    hits.addAll(adv.hits());
    hits.addAll(fav.hits());
    for (Partial p : ordered) {
      hits.addAll(p.hits());
    }
    hits.addAll(reasonCauses);
    if (why == null) {
      why = adv.why();
    }
    return new Partial(Outcome.NEEDS_REVIEW, fav.effective(), hits, flags, why);
  }

  private static String firstCode(List<Hit> ruleCauses, List<Hit> reasonCauses) {
    if (!ruleCauses.isEmpty()) {
      return ruleCauses.get(0).reasonCode();
    }
    return reasonCauses.isEmpty() ? null : reasonCauses.get(0).reasonCode();
  }

  /** Scenarios that all agree: the first, with every scenario's hits and flags. */
  private static Partial union(List<Partial> same) {
    Partial first = same.get(0);
    List<Hit> hits = new ArrayList<>(first.hits());
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    for (Partial p : same) {
      hits.addAll(p.hits());
      flags.addAll(p.flags());
    }
    return new Partial(first.outcome(), first.candidate(), hits, flags, first.why());
  }

  /** G8 adult default: 11358 with more than 6 or unknown plants, 11359, 11360(a). */
  private boolean adultDefault(OffenseKind kind) {
    return switch (kind.type()) {
      case POSSESSION_FOR_SALE, SALE_TRANSPORT, SALE_TRANSPORT_UNMAPPED -> true;
      case CULTIVATION -> facts.plantCount() == null || facts.plantCount() > 6;
      default -> false;
    };
  }

  /** A known fact decides; unknown with an indicator is both ways; otherwise no. */
  private static List<Boolean> fact(Tri known, boolean indicated) {
    return switch (known) {
      case TRUE -> YES;
      case FALSE -> NO;
      case UNKNOWN -> indicated ? MAYBE : NO;
    };
  }

  /** import/export above 28.5 g or 4 g of concentrate. */
  private List<Boolean> importValues() {
    Tri imp = facts.importExport();
    if (imp == Tri.FALSE) {
      return NO;
    }
    if (imp == Tri.TRUE) {
      Double g = facts.grams();
      Double cg = facts.concentrateGrams();
      boolean over = (g != null && g > 28.5) || (cg != null && cg > 4.0);
      boolean knownUnder = g != null && g <= 28.5 && (cg == null || cg <= 4.0);
      if (over) {
        return YES;
      }
      return knownUnder ? NO : MAYBE;
    }
    String desc = count.offense().description() == null ? "" : count.offense().description();
    String upper = desc.toUpperCase(java.util.Locale.ROOT);
    boolean indicated =
        settings.lists().importDescriptionTokens().stream().anyMatch(upper::contains);
    return indicated ? MAYBE : NO;
  }

  /** Level pairs (at conviction, current) the facts allow. */
  private List<Level[]> levels(OffenseKind kind) {
    Level conv = count.levelAtConviction();
    Level cur = count.currentLevel();
    List<Level[]> out = new ArrayList<>();
    if (conv.isKnown()) {
      out.add(new Level[] {conv, cur.isKnown() ? cur : conv});
      return out;
    }
    List<Level> possible = new ArrayList<>(kind.possibleLevels());
    possible.sort(Comparator.naturalOrder());
    for (Level l : possible) {
      out.add(new Level[] {l, cur.isKnown() ? cur : l});
    }
    return out;
  }

  /** The count issue raised by the history builder (kept in step with its name there). */
  static final String CYC_AGE_TIER_CONFLICT = "CYC_AGE_TIER_CONFLICT";

  /** Possible age tiers at the offense (interval logic over every DOB candidate). */
  TierInfo tiers() {
    List<AgeTier> all = List.of(AgeTier.values());
    if (history.dob().unreliable()) {
      return new TierInfo(all, "DOB_UNRELIABLE");
    }
    List<DojDate> dobs = history.dob().knownCandidates();
    if (dobs.isEmpty()) {
      return new TierInfo(all, "DOB_MISSING");
    }
    DojDate at = count.offenseDate();
    if (!at.isKnown()) {
      return new TierInfo(all, "DATE_IMPRECISE");
    }
    if (count.issues().contains(CYC_AGE_TIER_CONFLICT)) {
      // The age recorded for the cycle contradicts the DOB's tier: the DOB may be keyed wrong.
      return new TierInfo(all, "CYC_AGE_CONFLICT");
    }
    EnumSet<AgeTier> set = EnumSet.noneOf(AgeTier.class);
    EnumSet<AgeTier> primary = null;
    for (DojDate dob : dobs) {
      EnumSet<AgeTier> one = tiersFor(DojDate.ageRange(dob, at));
      if (primary == null) {
        primary = one;
      }
      set.addAll(one);
    }
    String cause = null;
    if (set.size() > 1) {
      cause = primary.size() == 1 ? "DOB_CONFLICT" : "DATE_IMPRECISE";
    }
    return new TierInfo(List.copyOf(set), cause);
  }

  private static EnumSet<AgeTier> tiersFor(int[] range) {
    if (range == null) {
      return EnumSet.allOf(AgeTier.class);
    }
    AgeTier lo = AgeTier.ofAge(range[0]);
    AgeTier hi = AgeTier.ofAge(range[1]);
    return EnumSet.range(lo, hi);
  }

  private static List<int[]> cartesian(int[] sizes) {
    List<int[]> out = new ArrayList<>();
    int[] c = new int[sizes.length];
    while (true) {
      out.add(c.clone());
      int d = sizes.length - 1;
      while (d >= 0) {
        c[d]++;
        if (c[d] < sizes[d]) {
          break;
        }
        c[d] = 0;
        d--;
      }
      if (d < 0) {
        return out;
      }
    }
  }

  private static List<Integer> asList(int[] c) {
    return Arrays.stream(c).boxed().toList();
  }

  // ======================================================================= track

  /** Sentence status at the evaluation date (§2.1, input spec §6.5). */
  SentenceStatus sentenceStatus() {
    SentenceInfo s = count.sentence();
    return switch (s.basis()) {
      case PARTS -> switch (s.end().isBefore(asOf)) {
        case TRUE -> SentenceStatus.COMPLETED;
        case FALSE -> SentenceStatus.SERVING;
        case UNKNOWN -> SentenceStatus.UNKNOWN;
      };
      case ABSENT -> {
        Integer n = settings.sentenceAbsentCompletedAfterYears();
        if (n == null) {
          yield SentenceStatus.UNKNOWN;
        }
        yield count.convictionDate().isOnOrBefore(asOf.minusYears(n)) == Tri.TRUE
            ? SentenceStatus.COMPLETED
            : SentenceStatus.UNKNOWN;
      }
      case INVALID -> SentenceStatus.UNKNOWN;
    };
  }
}
