package org.recordrelief.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recordrelief.doj.DojDate;

/**
 * A resolved person's statewide history: every conviction (any county), every non-conviction count
 * (for same-cycle and same-case rules), and registration / death events. Lists are copied and kept
 * in a canonical order (by count key) so results never depend on input order.
 *
 * <p>Which other counts matter: the same-cycle test of G2 ("the cycle held an 11357–11360 charge")
 * reads every row of the cycle, arrest or court, convicted or not. Aggravator indicators (HS 11361
 * for S-5/S-6/A-5; Water Code, Fish and Game, PC 374.8 for C-7) read every <em>other</em> count of
 * the same court case ({@code CNT_ORDER[0:6]}), convicted or not: §2.1 derives indicators from
 * "co-counts in the same case" without requiring a conviction, and an indicator only ever routes to
 * review. Priors (super strike, PC 290(c), two priors) are convictions only, never counts of the
 * same case as the count under test. Counts with an invalid {@code CNT_ORDER} take part in no case
 * or cycle rule.
 *
 * @param personId resolved person id (entity resolution), or the subject id in the baseline
 * @param dob date of birth with conflict markers
 * @param convictions every convicted count, statewide, one per de-duplicated {@code CNT_ORDER}
 * @param otherCounts non-conviction counts (arrest rows, dismissed/rejected/blank court counts)
 * @param events PC 290 registration and death steps
 */
public record PersonHistory(
    String personId,
    DobInfo dob,
    List<ConvictionFacts> convictions,
    List<ChargeFacts> otherCounts,
    List<HistoryEvent> events) {

  public PersonHistory {
    Objects.requireNonNull(personId, "personId");
    dob = dob == null ? DobInfo.missing() : dob;
    convictions = sorted(convictions, ConvictionFacts::key);
    otherCounts = sorted(otherCounts, ChargeFacts::key);
    List<HistoryEvent> ev = new ArrayList<>(events == null ? List.of() : events);
    ev.sort(
        Comparator.comparing((HistoryEvent e) -> e.type().ordinal())
            .thenComparing(e -> e.date().raw() == null ? "" : e.date().raw()));
    events = List.copyOf(ev);
    Set<CountKey> seen = new HashSet<>();
    for (ConvictionFacts c : convictions) {
      if (!seen.add(c.key())) {
        throw new IllegalArgumentException("duplicate conviction count " + c.key());
      }
    }
  }

  private static <T> List<T> sorted(
      List<T> in, java.util.function.Function<T, CountKey> key) {
    List<T> out = new ArrayList<>(in == null ? List.of() : in);
    out.sort(Comparator.comparing(key));
    return List.copyOf(out);
  }

  /** Convictions and non-conviction counts together, in canonical order. */
  public List<CountFacts> allCounts() {
    List<CountFacts> all = new ArrayList<>(convictions);
    all.addAll(otherCounts);
    all.sort(Comparator.comparing(CountFacts::key));
    return List.copyOf(all);
  }

  /** True when a {@code DECEASED} step exists. */
  public boolean deceased() {
    return events.stream().anyMatch(e -> e.type() == HistoryEvent.Type.DECEASED);
  }

  /** Earliest death-step date (by interval start), if any. */
  public Optional<DojDate> deceasedDate() {
    return events.stream()
        .filter(e -> e.type() == HistoryEvent.Type.DECEASED && e.date().isKnown())
        .map(HistoryEvent::date)
        .min(Comparator.comparing(DojDate::earliest));
  }

  /** True when a PC 290 registration step exists (any date). */
  public boolean hasPc290Registration() {
    return events.stream().anyMatch(e -> e.type() == HistoryEvent.Type.PC290_REGISTRATION);
  }

  /**
   * The most recent conviction date (any county): the known conviction date with the latest
   * possible day; empty when no conviction date is known. Policy overlays must apply interval logic
   * to the returned date.
   */
  public Optional<DojDate> mostRecentConvictionDate() {
    return convictions.stream()
        .map(ConvictionFacts::convictionDate)
        .filter(DojDate::isKnown)
        .max(Comparator.comparing(DojDate::latest).thenComparing(DojDate::earliest));
  }

  /** True when the person has at least one conviction and every one is an HS 11357–11360 count. */
  public boolean onlyProp64Convictions() {
    return !convictions.isEmpty()
        && convictions.stream().allMatch(c -> c.offense().isProp64Section());
  }

  /** The conviction with this key, if present. */
  public Optional<ConvictionFacts> conviction(CountKey key) {
    return convictions.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /** Convenience for overlays: number of convictions (de-duplicated by count). */
  public int convictionCount() {
    return convictions.size();
  }

  /** Age range in whole years at {@code at} for the primary DOB; null when unknown. */
  public int[] ageRangeAt(LocalDate at) {
    return DojDate.ageRange(dob.primary(), DojDate.of(at));
  }
}
