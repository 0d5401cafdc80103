package org.recordrelief.eligibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An intermediate result: outcome, candidate (NEEDS_REVIEW only), fired rules (decisive first),
 * flags, and the reason code that best explains the outcome ({@code why}).
 */
record Partial(Outcome outcome, Outcome candidate, List<Hit> hits, Set<Flag> flags, String why) {

  Partial {
    if (outcome != Outcome.NEEDS_REVIEW) {
      candidate = null;
    }
    hits = List.copyOf(new LinkedHashSet<>(hits));
    EnumSet<Flag> f = EnumSet.noneOf(Flag.class);
    f.addAll(flags);
    flags = f;
    if (why == null && !hits.isEmpty()) {
      why = hits.get(0).reasonCode();
    }
  }

  static Partial of(Outcome outcome, Hit decisive, Flag... flags) {
    return new Partial(outcome, null, List.of(decisive), Set.of(flags), null);
  }

  static Partial review(Outcome candidate, Hit decisive, Flag... flags) {
    return new Partial(Outcome.NEEDS_REVIEW, candidate, List.of(decisive), Set.of(flags), null);
  }

  /** Outcome in the person's favour: the candidate for NEEDS_REVIEW, else the outcome. */
  Outcome effective() {
    return outcome == Outcome.NEEDS_REVIEW ? candidate : outcome;
  }

  /**
   * Favour to the person, for choosing the candidate: NE 0, review without candidate 1, relief 2+.
   */
  int favour() {
    if (outcome == Outcome.NEEDS_REVIEW) {
      return candidate == null ? 1 : 2 * candidate.reliefRank();
    }
    return 2 * outcome.reliefRank();
  }

  /** What two results must share to be "the same decision". */
  List<Object> key() {
    return List.of(outcome, candidate == null ? "-" : candidate);
  }

  Partial withHitAfterDecisive(Hit h) {
    List<Hit> l = new ArrayList<>(hits);
    l.add(Math.min(1, l.size()), h);
    return new Partial(outcome, candidate, l, flags, why);
  }

  Partial withDecisive(Hit h) {
    List<Hit> l = new ArrayList<>();
    l.add(h);
    l.addAll(hits);
    return new Partial(outcome, candidate, l, flags, h.reasonCode());
  }

  Partial plusHits(Collection<Hit> more) {
    List<Hit> l = new ArrayList<>(hits);
    l.addAll(more);
    return new Partial(outcome, candidate, l, flags, why);
  }

  Partial withFlags(Collection<Flag> more) {
    EnumSet<Flag> f = EnumSet.noneOf(Flag.class);
    f.addAll(flags);
    f.addAll(more);
    return new Partial(outcome, candidate, hits, f, why);
  }

  Partial withFlags(Flag... more) {
    return withFlags(List.of(more));
  }

  Partial withoutFlag(Flag flag) {
    EnumSet<Flag> f = EnumSet.noneOf(Flag.class);
    f.addAll(flags);
    f.remove(flag);
    return new Partial(outcome, candidate, hits, f, why);
  }

  Partial withWhy(String reasonCode) {
    return new Partial(outcome, candidate, hits, flags, reasonCode);
  }
}
