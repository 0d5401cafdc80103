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
 * @param policies names of shipped policies or policy files replacing their county's default
 * @param exports extra export formats ("gogen")
 * @param decisionsFile reviewer decisions on identity questions (schemas/reviewer_decisions.avsc),
 *     or null
 */
public record RunRequest(List<String> inputs, String output, LocalDate asOf, String runId,
    String factsFile, List<String> policies, List<String> exports, String decisionsFile) {
  public RunRequest {
    inputs = List.copyOf(inputs);
    policies = policies == null ? List.of() : List.copyOf(policies);
    exports = exports == null ? List.of() : List.copyOf(exports);
  }

  /** A request without reviewer decisions. */
  public RunRequest(List<String> inputs, String output, LocalDate asOf, String runId,
      String factsFile, List<String> policies, List<String> exports) {
    this(inputs, output, asOf, runId, factsFile, policies, exports, null);
  }

  /** A request without supplementary facts, policy overrides or extra exports. */
  public RunRequest(List<String> inputs, String output, LocalDate asOf, String runId) {
    this(inputs, output, asOf, runId, null, List.of(), List.of());
  }

  /** A request with supplementary facts. */
  public RunRequest(List<String> inputs, String output, LocalDate asOf, String runId,
      String factsFile) {
    this(inputs, output, asOf, runId, factsFile, List.of(), List.of());
  }
}
