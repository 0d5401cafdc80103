package org.recordrelief.eligibility;

import java.util.ArrayList;
import java.util.List;
import org.recordrelief.doj.DojDate;

/**
 * Date of birth of a person for age computations ({@code doj-input-format.md} §6.4).
 *
 * @param primary the most frequent valid DOB among the person's rows (unknown when none)
 * @param alternatives other valid DOBs found for the person ({@code DOB_CONFLICT}); the evaluator
 *     treats the age tier as unknown when the candidates fall in different tiers at the offense
 * @param unreliable true when a DOB is later than an event date of the subject ({@code
 *     DOB_AFTER_EVENT}): every age-dependent decision goes to review
 */
public record DobInfo(DojDate primary, List<DojDate> alternatives, boolean unreliable) {

  public DobInfo {
    primary = primary == null ? DojDate.unknown() : primary;
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  public static DobInfo of(DojDate dob) {
    return new DobInfo(dob, List.of(), false);
  }

  public static DobInfo missing() {
    return new DobInfo(DojDate.unknown(), List.of(), false);
  }

  /** True when several valid DOBs are on record. */
  public boolean hasConflict() {
    return !alternatives.isEmpty();
  }

  /** Every known DOB candidate, primary first. */
  public List<DojDate> knownCandidates() {
    List<DojDate> out = new ArrayList<>();
    if (primary.isKnown()) {
      out.add(primary);
    }
    for (DojDate d : alternatives) {
      if (d.isKnown()) {
        out.add(d);
      }
    }
    return out;
  }
}
