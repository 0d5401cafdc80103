/**
 * Writes a run so that no reader ever sees it half-written: everything goes to a staging
 * directory beside the output, {@code _SUCCESS} is written last, and the staging directory is
 * renamed into place. Also the run's {@code summary.json} and {@code manifest.json}, the
 * per-county spreadsheet files under {@code exports/<slug>/} ({@link CountyExports}, {@link
 * CountyPackages}; {@code docs/county-packages.md}), the analysts' dataset without direct
 * identifiers ({@link AnalyticsStage}), and the self-contained HTML run report and county
 * summaries ({@link CountySummaries}, rendered by {@code publish.report}).
 */
package org.recordrelief.publish;
