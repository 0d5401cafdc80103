package org.recordrelief.eligibility;

import java.util.Objects;
import org.recordrelief.doj.DojDate;

/**
 * A non-conviction step that matters to the rules ({@code doj-input-format.md} §6.6).
 *
 * @param type registration or death
 * @param date step date (possibly partial or unknown)
 * @param source the count the step was read from, or null
 */
public record HistoryEvent(Type type, DojDate date, CountKey source) {

  /** Event kinds. */
  public enum Type {
    /** {@code STP_TYPE_DESCR = REGISTRATION} with parsed section PC 290. Never a conviction. */
    PC290_REGISTRATION,
    /** A registration step for another section (e.g. HS 11590); recorded, not used by the rules. */
    OTHER_REGISTRATION,
    /** {@code STP_TYPE_DESCR = DECEASED}. Informational only. */
    DECEASED
  }

  public HistoryEvent {
    Objects.requireNonNull(type, "type");
    date = date == null ? DojDate.unknown() : date;
  }

  public static HistoryEvent of(Type type, DojDate date) {
    return new HistoryEvent(type, date, null);
  }
}
