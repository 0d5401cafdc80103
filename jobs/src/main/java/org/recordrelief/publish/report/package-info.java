/**
 * The human-readable pages of a run, rendered from small aggregates only: {@code report.html} for
 * the state data team (from {@code summary.json} and {@code manifest.json}) and {@code
 * exports/<slug>/summary.html} for each county's DA office (from {@link
 * org.recordrelief.publish.report.CountyFigures}). Entry point: {@link
 * org.recordrelief.publish.report.HtmlReports}.
 *
 * <p>Plain Java, <b>no {@code org.apache.spark} import</b> (a test enforces it): the Spark side
 * that computes the county figures lives in {@link org.recordrelief.publish.CountySummaries}.
 *
 * <p>The pages are self-contained files that open from a file share or an e-mail attachment:
 * inline CSS, inline SVG charts drawn by {@link org.recordrelief.publish.report.Charts}, no
 * JavaScript, no fonts, images or links outside the output folder. Every text value is escaped
 * ({@link org.recordrelief.publish.report.Html#esc}); county names, file names and reason codes
 * are data. Each chart has a text alternative and the data table it was drawn from next to it.
 * The output is a pure function of the input: the same figures give byte-identical pages.
 */
package org.recordrelief.publish.report;
