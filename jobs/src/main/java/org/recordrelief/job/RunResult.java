package org.recordrelief.job;

import java.util.Map;

/**
 * A finished run.
 *
 * @param runId the run id
 * @param outputDir where the run was published
 * @param summary the content of summary.json
 */
public record RunResult(String runId, String outputDir, Map<String, Object> summary) {}
