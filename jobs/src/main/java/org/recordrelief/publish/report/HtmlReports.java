package org.recordrelief.publish.report;

import java.util.Map;

/**
 * The two pages of a run. Both are pure functions of their input (no clock, no locale, no
 * file system): the same input renders to the same bytes.
 */
public final class HtmlReports {
  private HtmlReports() {}

  /** File name of the run report, at the top of the output directory. */
  public static final String RUN_REPORT = "report.html";

  /** File name of a county page, inside {@code exports/<slug>/}. */
  public static final String COUNTY_SUMMARY = "summary.html";

  /**
   * {@code report.html} for the state data team: run id, as-of date, status, inputs, row
   * accounting per file, quarantine by reason, warnings by code, stage timings, legal outcomes by
   * section and by county, county policies against the statutory baseline, impact.
   *
   * @param summary {@code summary.json} as parsed by {@link org.recordrelief.publish.Json#read}
   *     (or the map the pipeline wrote it from); missing keys render as empty
   * @param manifest {@code manifest.json}, likewise
   */
  public static String renderRunReport(Map<String, Object> summary, Map<String, Object> manifest) {
    return RunReport.render(summary, manifest);
  }

  /**
   * {@code exports/<slug>/summary.html} for a county's DA office: outcomes by section and by
   * decade of conviction, people left with no felony / no conviction (with the definition), the
   * counts that need review and their most frequent flags, the policy in force, links to the
   * files of the folder.
   */
  public static String renderCountySummary(CountyFigures figures) {
    return CountyPage.render(figures);
  }
}
