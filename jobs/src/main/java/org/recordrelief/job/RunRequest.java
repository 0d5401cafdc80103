package org.recordrelief.job;

import java.time.LocalDate;
import java.util.List;

/**
 * What one pipeline run is asked to do.
 *
 * @param inputs files or directories of DOJ CSV files
 * @param output the output directory (replaced atomically on success)
 * @param asOf the evaluation date: every "now" in the rules is this date, never the wall clock
 * @param runId explicit run id, or null to derive one from inputs, as-of date and config
 * @param factsFile supplementary facts CSV supplied by a DA office, or null
 */
public record RunRequest(
    List<String> inputs, String output, LocalDate asOf, String runId, String factsFile) {
  public RunRequest {
    inputs = List.copyOf(inputs);
  }

  /** A request without supplementary facts. */
  public RunRequest(List<String> inputs, String output, LocalDate asOf, String runId) {
    this(inputs, output, asOf, runId, null);
  }
}
