package org.recordrelief.history;

import org.recordrelief.doj.Citation;
import org.recordrelief.doj.DojDate;

/**
 * A non-count event of a history: a registration step or a death step.
 *
 * @param type REGISTRATION or DECEASED
 * @param date step date (may be partial)
 * @param citation the section registered under (REGISTRATION), else unparsed
 * @param countKey the count row the event was read from
 */
public record HistoryEvent(Type type, DojDate date, Citation citation, String countKey) {

  public enum Type {
    REGISTRATION,
    DECEASED
  }

  /** A PC 290 (sex-offender) registration: a registration step whose section is 290. */
  public boolean isPc290Registration() {
    return type == Type.REGISTRATION && "290".equals(citation.section());
  }
}
