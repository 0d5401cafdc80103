package org.recordrelief.eligibility;

import java.util.Objects;
import java.util.Optional;

/** Result of classifying one count: a determination, or out of scope (no output row). */
public sealed interface Evaluation permits Evaluation.Determined, Evaluation.OutOfScope {

  /** Reason code of G1: the count is not a conviction. */
  String NOT_A_CONVICTION = "NOT_A_CONVICTION";

  /** The conviction's section is unrelated to marijuana relief (e.g. burglary). */
  String NOT_RELEVANT_SECTION = "NOT_RELEVANT_SECTION";

  CountKey countKey();

  /** The determination, if the count is in scope. */
  Optional<Determination> determination();

  /** A relevant count with its determination. */
  record Determined(Determination value) implements Evaluation {
    public Determined {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public CountKey countKey() {
      return value.countKey();
    }

    @Override
    public Optional<Determination> determination() {
      return Optional.of(value);
    }
  }

  /**
   * A count with no output row, counted in the audit: {@link #NOT_A_CONVICTION} (G1) or {@link
   * #NOT_RELEVANT_SECTION}.
   */
  record OutOfScope(CountKey countKey, String reasonCode) implements Evaluation {
    public OutOfScope {
      Objects.requireNonNull(countKey, "countKey");
      Objects.requireNonNull(reasonCode, "reasonCode");
    }

    @Override
    public Optional<Determination> determination() {
      return Optional.empty();
    }
  }
}
