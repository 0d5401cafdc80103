package org.recordrelief.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one nightly is asked to do.
 *
 * @param inbox the directory DOJ delivers into (read only)
 * @param base the publishing base directory (runs/, current, work/, .lock)
 * @param asOf the evaluation date of the run
 * @param decisionsFile reviewer decisions on identity questions
 *     (schemas/reviewer_decisions.avsc), or null
 */
public record NightlyRequest(Path inbox, Path base, LocalDate asOf, String decisionsFile) {
  /** A nightly without reviewer decisions. */
  public NightlyRequest(Path inbox, Path base, LocalDate asOf) {
    this(inbox, base, asOf, null);
  }
}
