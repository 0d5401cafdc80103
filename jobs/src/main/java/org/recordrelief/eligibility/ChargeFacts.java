package org.recordrelief.eligibility;

import java.util.List;
import java.util.Objects;
import org.recordrelief.doj.Citation;
import org.recordrelief.doj.DojDate;

/**
 * A count that is not a conviction: an arrest count, or a court count that was dismissed,
 * acquitted, rejected, or has a blank disposition. Used only as evidence: "the same cycle held an
 * 11357–11360 charge" (G2 {@code COUNTY_POLICY_CANDIDATE}), same-case aggravator indicators
 * (S-5/S-6/A-5, C-7) and same-case gang-enhancement rows (§7.2).
 *
 * @param key count identity
 * @param offense parsed offense text of the count
 * @param stepDate {@code STP_EVENT_DATE} of the step, possibly partial or unknown
 * @param stepKind arrest, court or other step
 * @param disposition explicit non-conviction or blank
 */
public record ChargeFacts(
    CountKey key, Citation offense, DojDate stepDate, StepKind stepKind, Disposition disposition)
    implements CountFacts {

  /** Kind of step the count belongs to. */
  public enum StepKind {
    ARREST,
    COURT,
    OTHER
  }

  /** What the disposition says. */
  public enum Disposition {
    /**
     * Dismissed, acquitted, prosecutor rejected, diversion dismissed, released to other authority.
     */
    NOT_CONVICTED,
    /** Blank disposition: outcome of the count not recorded. */
    BLANK
  }

  public ChargeFacts {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(offense, "offense");
    stepDate = stepDate == null ? DojDate.unknown() : stepDate;
    stepKind = stepKind == null ? StepKind.OTHER : stepKind;
    disposition = disposition == null ? Disposition.BLANK : disposition;
  }

  @Override
  public List<Citation> citations() {
    return List.of(offense);
  }
}
