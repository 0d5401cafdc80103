/**
 * Writes a run so that no reader ever sees it half-written: everything goes to a staging
 * directory beside the output, {@code _SUCCESS} is written last, and the staging directory is
 * renamed into place. Also the run's {@code summary.json} and {@code manifest.json}, the county
 * exports, and the human-readable pages ({@link org.recordrelief.publish.CountySummaries}:
 * {@code report.html} and {@code exports/<slug>/summary.html}, rendered by the Spark-free
 * {@link org.recordrelief.publish.report} package).
 */
package org.recordrelief.publish;
