package org.recordrelief.eligibility;

import java.util.List;
import java.util.Optional;
import org.recordrelief.doj.Citation;

/**
 * One count of a person's statewide history: either a {@link ConvictionFacts conviction} or a
 * {@link ChargeFacts non-conviction} (arrest count, dismissed or rejected court count). Only
 * convictions can receive a determination (gate G1); non-convictions are evidence for the
 * same-cycle and same-case rules.
 */
public sealed interface CountFacts permits ConvictionFacts, ChargeFacts {

  CountKey key();

  /**
   * The offense of this count (for a conviction: the convicted offense, §7.1 of the input spec).
   */
  Citation offense();

  /** Every citation this count names (offense, and for a conviction also the charged offense). */
  List<Citation> citations();

  default Optional<GroupKey> caseKey() {
    return key().caseKey();
  }

  default Optional<GroupKey> cycleKey() {
    return key().cycleKey();
  }
}
