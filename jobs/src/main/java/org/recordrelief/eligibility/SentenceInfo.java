package org.recordrelief.eligibility;

import java.util.Objects;
import org.recordrelief.doj.DojDate;

/**
 * The sentence of a count as derived upstream ({@code doj-input-format.md} §6.5). The status
 * (serving / completed / unknown) is not stored: it depends on the evaluation date and is computed
 * by the evaluator.
 *
 * @param basis how the end was obtained
 * @param end end of the combined sentence (start = conviction date + parts), possibly partial;
 *     unknown unless {@code basis = PARTS}
 */
public record SentenceInfo(Basis basis, DojDate end) {

  /** How the sentence end was derived. */
  public enum Basis {
    /** One or more valid sentence parts; {@code end} is their combination (switch MAX/SUM). */
    PARTS,
    /**
     * No sentence part at all ({@code SENTENCE_ABSENT}): completed once the conviction is at least
     * {@code sentenceAbsentCompletedAfterYears} old, otherwise unknown.
     */
    ABSENT,
    /** A part with unknown unit or length ({@code SENTENCE_INVALID}): status unknown. */
    INVALID
  }

  public SentenceInfo {
    Objects.requireNonNull(basis, "basis");
    if (basis != Basis.PARTS || end == null) {
      end = DojDate.unknown();
    }
  }

  /** A sentence whose combined parts end on {@code end}. */
  public static SentenceInfo endingOn(DojDate end) {
    return new SentenceInfo(Basis.PARTS, end);
  }

  /** A conviction with no sentence part. */
  public static SentenceInfo absent() {
    return new SentenceInfo(Basis.ABSENT, null);
  }

  /** A sentence with an unusable part. */
  public static SentenceInfo invalid() {
    return new SentenceInfo(Basis.INVALID, null);
  }
}
