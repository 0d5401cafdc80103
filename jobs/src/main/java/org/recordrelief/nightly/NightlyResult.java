package org.recordrelief.nightly;

import java.util.List;
import java.util.Map;

/**
 * A nightly that did its job.
 *
 * @param outcome what happened to {@code BASE/current}
 * @param runId the run {@code current} points to now
 * @param previousRunId the run it pointed to before (null on the first run)
 * @param taken the inbox files the run read
 * @param incomplete inbox files left alone, with the reason
 * @param changes change counts per county slug (empty when an existing run was re-published)
 * @param removed runs and leftovers removed by housekeeping
 */
public record NightlyResult(Outcome outcome, String runId, String previousRunId,
    List<String> taken, Map<String, String> incomplete, Map<String, ChangeReport.Counts> changes,
    List<String> removed) {

  /** What happened to {@code BASE/current}. */
  public enum Outcome {
    /** A new run was built and published. */
    PUBLISHED,
    /** The run for these inputs, as-of date, config and code existed complete: re-pointed. */
    REPUBLISHED,
    /** {@code current} already pointed at the run for these inputs: nothing to do. */
    ALREADY_CURRENT
  }
}
