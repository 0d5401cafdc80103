package org.recordrelief.eligibility;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Statutory outcome of one relevant convicted count ({@code prop64-rules.md} §2.2).
 *
 * @param countKey the count
 * @param relevance why the count has a row
 * @param outcome the outcome
 * @param candidateOutcome only when {@code outcome = NEEDS_REVIEW}: the outcome if the open
 *     question is resolved in the person's favour; null otherwise or when no row outcome exists
 * @param track null when {@code outcome = NOT_ELIGIBLE}; otherwise from the sentence status
 * @param ruleIds every gate, row and modifier that fired; the decisive rule first, the rest in
 *     table order (G1…G8, P, T, C, S, A rows, X-1…X-10)
 * @param reasonCodes reason codes of the fired rules (decisive first), followed by codes of data
 *     conditions that have no rule id (e.g. {@code DATE_IMPRECISE}, {@code LEVEL_UNKNOWN})
 * @param citation statutory citation of the decisive rule
 * @param flags §2.4 flags, sorted in {@link Flag} declaration order
 * @param reason one human-readable sentence, without personal data (no names, no DOBs)
 * @param sentenceStatus status of the sentence at the evaluation date (track basis)
 */
public record Determination(
    CountKey countKey,
    Relevance relevance,
    Outcome outcome,
    Outcome candidateOutcome,
    Track track,
    List<String> ruleIds,
    List<String> reasonCodes,
    String citation,
    SortedSet<Flag> flags,
    String reason,
    SentenceStatus sentenceStatus) {

  public Determination {
    Objects.requireNonNull(countKey, "countKey");
    Objects.requireNonNull(relevance, "relevance");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(sentenceStatus, "sentenceStatus");
    if (outcome != Outcome.NEEDS_REVIEW && candidateOutcome != null) {
      throw new IllegalArgumentException("candidateOutcome only with NEEDS_REVIEW");
    }
    if (candidateOutcome == Outcome.NEEDS_REVIEW) {
      throw new IllegalArgumentException("candidateOutcome cannot be NEEDS_REVIEW");
    }
    if ((outcome == Outcome.NOT_ELIGIBLE) != (track == null)) {
      throw new IllegalArgumentException("track must be null exactly when NOT_ELIGIBLE");
    }
    ruleIds = List.copyOf(ruleIds);
    reasonCodes = List.copyOf(reasonCodes);
    if (ruleIds.isEmpty()) {
      throw new IllegalArgumentException("a determination names at least one rule");
    }
    citation = citation == null ? "" : citation;
    reason = reason == null ? "" : reason;
    flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags == null ? Set.of() : flags));
  }

  /** The decisive rule id. */
  public String decisiveRuleId() {
    return ruleIds.get(0);
  }

  /** Flags as an EnumSet copy. */
  public EnumSet<Flag> flagSet() {
    return flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
  }

  /** The outcome if every open question resolves in the person's favour (relief comparisons). */
  public Outcome effectiveOutcome() {
    return outcome == Outcome.NEEDS_REVIEW ? candidateOutcome : outcome;
  }
}
