package org.recordrelief.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recordrelief.doj.Citation;

/**
 * The statutory (legal-minimum) eligibility engine for HS 11361.8 / AB 1793 ({@code
 * prop64-rules.md} §2.3). Pure and deterministic: the same history, facts, evaluation date and
 * settings always give the same determinations; the wall clock is never read.
 *
 * <p>Procedure per relevant convicted count: gates G1–G8 in order, offense rows (P, T, C, S, A),
 * modifiers X-1…X-10, the track from the sentence status at {@code asOf}, then the {@code
 * TWO_PRIORS_UNSETTLED} sensitivity check (the count is re-evaluated under every alternative
 * setting of {@code twoPriors.unit}, {@code .sections} and {@code .oldLawConvictionsCount}; the
 * flag is set when any alternative changes the outcome or candidate).
 *
 * <p>Scope ({@link Relevance}): HS 11357–11360 and attempts get a full decision; former HS
 * 11530/11530.5/11531 get G3 review; HS 11357.5, HS 11361, PC 4573.6/4573.8, PC 182 conspiracies
 * with an HS 11357–11360 target, §7.4 related charges and G2 plea substitutes, and convictions
 * charged under 11357–11360 but convicted of another section get a G2 NOT_ELIGIBLE row. Every other
 * conviction (and every non-conviction, G1) gets no row.
 */
public final class StatutoryEvaluator {
  private StatutoryEvaluator() {}

  /**
   * Evaluate one convicted count.
   *
   * @param history the person's statewide history (the count need not be listed in it)
   * @param count the conviction under test
   * @param facts supplementary facts for this count ({@link SupplementaryFacts#NONE} if none)
   * @param asOf the evaluation date ("now")
   * @param settings §6 switches and §7 lists
   * @return the determination, or empty when the count is not relevant (no output row)
   */
  public static Optional<Determination> evaluate(
      PersonHistory history,
      ConvictionFacts count,
      SupplementaryFacts facts,
      LocalDate asOf,
      StatutorySettings settings) {
    return classify(history, count, facts, asOf, settings).determination();
  }

  /**
   * Classify any count: a non-conviction is out of scope (G1, {@link Evaluation#NOT_A_CONVICTION});
   * an unrelated conviction is out of scope ({@link Evaluation#NOT_RELEVANT_SECTION}); otherwise
   * the determination.
   */
  public static Evaluation classify(
      PersonHistory history,
      CountFacts count,
      SupplementaryFacts facts,
      LocalDate asOf,
      StatutorySettings settings) {
    return classify(history, count, facts, asOf, settings, null);
  }

  /** As {@link #classify}, sharing a per-person matcher memo (one thread). */
  private static Evaluation classify(
      PersonHistory history,
      CountFacts count,
      SupplementaryFacts facts,
      LocalDate asOf,
      StatutorySettings settings,
      DisqualifierMatcher shared) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    if (!(count instanceof ConvictionFacts conviction)) {
      return new Evaluation.OutOfScope(count.key(), Evaluation.NOT_A_CONVICTION);
    }
    Relevance relevance = relevance(history, conviction, settings);
    if (!relevance.isRelevant()) {
      return new Evaluation.OutOfScope(count.key(), Evaluation.NOT_RELEVANT_SECTION);
    }
    SupplementaryFacts f = SupplementaryFacts.orNone(facts);
    CountEvaluator ev =
        new CountEvaluator(history, conviction, f, asOf, settings, relevance, shared);
    Partial core = ev.core();
    boolean twoPriorsSensitive =
        relevance == Relevance.PROP64 && twoPriorsSensitive(ev, history, conviction, f, asOf,
            settings, core);
    return new Evaluation.Determined(finish(ev, conviction, history, relevance, core,
        twoPriorsSensitive));
  }

  /**
   * Determinations for every relevant conviction of the person, in count-key order. {@code facts}
   * maps count keys to supplementary facts; missing keys mean {@link SupplementaryFacts#NONE}.
   */
  public static List<Determination> evaluateAll(
      PersonHistory history,
      Map<CountKey, SupplementaryFacts> facts,
      LocalDate asOf,
      StatutorySettings settings) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(settings, "settings");
    List<Determination> out = new ArrayList<>();
    DisqualifierMatcher shared = new DisqualifierMatcher(settings);
    for (ConvictionFacts c : history.convictions()) {
      SupplementaryFacts f = facts == null ? null : facts.get(c.key());
      classify(history, c, f, asOf, settings, shared).determination().ifPresent(out::add);
    }
    out.sort(Comparator.comparing(Determination::countKey));
    return List.copyOf(out);
  }

  /** Why (and whether) a conviction gets a determination row. */
  public static Relevance relevance(
      PersonHistory history, ConvictionFacts c, StatutorySettings settings) {
    StatutoryLists lists = settings.lists();
    Citation o = c.offense();
    Citation charged = c.charged();
    boolean chargedP64 = charged.isParsed() && charged.isProp64Section() && !charged.conspiracy();
    if (!o.isParsed()) {
      return chargedP64 ? Relevance.OFFENSE_UNPARSED : Relevance.NOT_RELEVANT;
    }
    if (o.conspiracy()) {
      boolean p64Target = o.attached().stream().anyMatch(a -> a.isParsed() && a.isProp64Section())
          || (!"182".equals(o.section()) && o.isProp64Section());
      if (p64Target) {
        return Relevance.CONSPIRACY;
      }
      return chargedP64 ? Relevance.CHARGED_PROP64 : Relevance.NOT_RELEVANT;
    }
    if (o.isProp64Section()) {
      return Relevance.PROP64;
    }
    if (lists.predecessorSections().match(o).any()) {
      return Relevance.PREDECESSOR;
    }
    if (lists.otherMarijuanaSections().match(o).any()) {
      return Relevance.OTHER_MARIJUANA_SECTION;
    }
    boolean related = lists.relatedCharges().match(o).any();
    boolean plea = !related && lists.pleaSubstitutes().match(o).any();
    if (related || plea) {
      boolean include =
          settings.relatedChargeRows() == StatutorySettings.RelatedChargeRows.ALL
              || chargedP64
              || new PriorAnalysis(history, c, settings).sameCycleHasProp64Charge();
      if (include) {
        return related ? Relevance.RELATED_CHARGE : Relevance.PLEA_SUBSTITUTE;
      }
      return Relevance.NOT_RELEVANT;
    }
    return chargedP64 ? Relevance.CHARGED_PROP64 : Relevance.NOT_RELEVANT;
  }

  private static final StatutorySettings.TwoPriorsUnit[] UNITS =
      StatutorySettings.TwoPriorsUnit.values();
  private static final StatutorySettings.TwoPriorsSections[] SECTIONS =
      StatutorySettings.TwoPriorsSections.values();

  /** True when any alternative reading of the three two-priors switches changes the decision. */
  private static boolean twoPriorsSensitive(
      CountEvaluator base,
      PersonHistory history,
      ConvictionFacts count,
      SupplementaryFacts facts,
      LocalDate asOf,
      StatutorySettings settings,
      Partial core) {
    OffenseKind kind = OffenseKind.of(count.offense(), settings.lists());
    if (kind == null || !kind.family().hasPriorsTier()) {
      return false;
    }
    boolean anyProp64Prior =
        history.convictions().stream()
            .anyMatch(p -> !p.key().equals(count.key()) && p.offense().isProp64Section());
    if (!anyProp64Prior) {
      return false;
    }
    PriorAnalysis.TwoPriors current = base.twoPriorsUnder(settings);
    for (StatutorySettings.TwoPriorsUnit u : UNITS) {
      for (StatutorySettings.TwoPriorsSections s : SECTIONS) {
        for (boolean oldLaw : new boolean[] {true, false}) {
          if (u == settings.twoPriorsUnit()
              && s == settings.twoPriorsSections()
              && oldLaw == settings.twoPriorsOldLawConvictionsCount()) {
            continue;
          }
          StatutorySettings alt = settings.withTwoPriors(u, s, oldLaw);
          if (base.twoPriorsUnder(alt).equals(current)) {
            continue; // same two-priors facts: the decision cannot differ
          }
          Partial other =
              new CountEvaluator(history, count, facts, asOf, alt, Relevance.PROP64,
                  base.matcher()).core();
          if (!other.key().equals(core.key())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Track, person-level flags, canonical rule order, reason sentence. */
  private static Determination finish(
      CountEvaluator ev,
      ConvictionFacts count,
      PersonHistory history,
      Relevance relevance,
      Partial p,
      boolean twoPriorsSensitive) {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    flags.addAll(p.flags());
    flags.addAll(count.carriedFlags());
    if (count.offense().codeLabelMismatch()) {
      flags.add(Flag.CODE_LABEL_MISMATCH);
    }
    if (count.offenseDateFromConviction()) {
      flags.add(Flag.OFFENSE_DATE_FROM_CONVICTION);
    }
    if (count.pc1203Dismissed()) {
      flags.add(Flag.PC1203_DISMISSED);
    }
    if (count.alreadyRelieved()) {
      flags.add(Flag.ALREADY_RELIEVED);
    }
    if (history.deceased()) {
      flags.add(Flag.DECEASED);
    }
    if (twoPriorsSensitive) {
      flags.add(Flag.TWO_PRIORS_UNSETTLED);
    }
    List<Hit> hits = new ArrayList<>(p.hits());
    SentenceStatus status = ev.sentenceStatus();
    Track track = null;
    if (p.outcome() != Outcome.NOT_ELIGIBLE) {
      switch (status) {
        case SERVING -> {
          track = Track.RESENTENCE_11361_8_A_D;
          hits.add(Hit.rule("X-2"));
          flags.add(Flag.RISK_REVIEW);
        }
        case COMPLETED -> {
          track = Track.REDESIGNATE_11361_8_E_H;
          hits.add(Hit.rule("X-3"));
        }
        case UNKNOWN -> {
          track = Track.UNDETERMINED;
          flags.add(Flag.SENTENCE_UNKNOWN);
          hits.add(Hit.reason("SENTENCE_UNKNOWN"));
        }
      }
    }
    List<Hit> ordered = canonical(hits);
    List<String> ruleIds = new ArrayList<>();
    LinkedHashSet<String> reasonCodes = new LinkedHashSet<>();
    for (Hit h : ordered) {
      if (h.ruleId() != null && !ruleIds.contains(h.ruleId())) {
        ruleIds.add(h.ruleId());
      }
    }
    if (p.why() != null && p.outcome() == Outcome.NEEDS_REVIEW) {
      // the reason the count is open comes first among the codes
      reasonCodes.add(ordered.get(0).reasonCode());
      reasonCodes.add(p.why());
    }
    for (Hit h : ordered) {
      reasonCodes.add(h.reasonCode());
    }
    String citation = RuleCatalog.citation(ruleIds.get(0));
    String reason =
        ReasonText.sentence(count, relevance, p, ev.knownTier(), track, ordered.get(0));
    return new Determination(
        count.key(),
        relevance,
        p.outcome(),
        p.outcome() == Outcome.NEEDS_REVIEW ? p.candidate() : null,
        track,
        ruleIds,
        List.copyOf(reasonCodes),
        citation,
        new java.util.TreeSet<>(flags),
        reason,
        status);
  }

  /**
   * Decisive hit first; then the remaining rule hits in table order; then codes without a rule id
   * in first-seen order. Duplicates removed.
   */
  private static List<Hit> canonical(List<Hit> hits) {
    List<Hit> distinct = new ArrayList<>(new LinkedHashSet<>(hits));
    Hit decisive = distinct.stream().filter(h -> h.ruleId() != null).findFirst().orElseThrow();
    List<Hit> rules = new ArrayList<>();
    List<Hit> codes = new ArrayList<>();
    for (Hit h : distinct) {
      if (h == decisive) {
        continue;
      }
      if (h.ruleId() != null) {
        rules.add(h);
      } else {
        codes.add(h);
      }
    }
    rules.sort(Comparator.comparingInt((Hit h) -> RuleCatalog.order(h.ruleId())));
    List<Hit> out = new ArrayList<>();
    out.add(decisive);
    out.addAll(rules);
    out.addAll(codes);
    return out;
  }
}
