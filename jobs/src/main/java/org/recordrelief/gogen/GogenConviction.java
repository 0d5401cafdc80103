package org.recordrelief.gogen;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One de-duplicated conviction of a subject (first row of its CNT_ORDER), with gogen's summed
 * sentence (D-08: each repeated row's length is added to the most recently appended conviction
 * of the subject, whatever its CNT_ORDER).
 */
public final class GogenConviction {
  private final GogenRow row;
  private long sentenceHours;

  GogenConviction(GogenRow row) {
    this.row = row;
    this.sentenceHours = row.sentenceHours();
  }

  void addSentenceHours(long hours) {
    sentenceHours += hours;
  }

  /** The first row of this conviction. */
  public GogenRow row() {
    return row;
  }

  /** Conviction date (STP_EVENT_DATE; zero date when unparseable). */
  public LocalDate date() {
    return row.stepDate();
  }

  /** Extracted code-section text. */
  public String codeSection() {
    return row.codeSection();
  }

  /** Prop 64 key or null. */
  public String prop64Key() {
    return row.prop64Key();
  }

  /** True if the unanchored Prop 64 pattern matches. */
  public boolean isProp64() {
    return row.prop64Key() != null;
  }

  /** gogen's felony rule. */
  public boolean isFelony() {
    return row.isFelony();
  }

  /** Summed sentence length in hours. */
  public long sentenceHours() {
    return sentenceHours;
  }

  /** Conviction date plus the summed sentence. */
  public LocalDateTime sentenceEnd() {
    return GogenDates.plusHours(date(), sentenceHours);
  }
}
