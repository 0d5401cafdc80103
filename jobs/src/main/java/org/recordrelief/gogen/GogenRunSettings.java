package org.recordrelief.gogen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Parameters of one gogen-compatible run over one input file and one county.
 *
 * @param county the run's county, DOJ spelling, compared with the raw STP_ORI_CNTY_NAME by exact
 *     string equality (gogen's {@code --county}; fixed {@code LOS ANGELES} in the LA version)
 * @param computeAt the evaluation date (gogen's {@code --compute-at}); never the wall clock
 * @param profile the gogen version reproduced
 * @param scope which in-county convictions are evaluated
 * @param dismissSections final gogen summary: configured {@code baselineEligibility.dismiss} keys
 * @param reduceSections final gogen summary: configured {@code baselineEligibility.reduce} keys
 * @param individualDismissAge LA summary: {@code individualDismissAge} (gogen default 50)
 * @param yearsConvictionFree LA summary: {@code yearsConvictionFree} (gogen default 10)
 * @param earliestWhenNone value of {@code earliestConviction} when no in-county Prop 64
 *     conviction exists; gogen wrote the current time (D-16), null writes JSON {@code null}
 * @param processingTimeInSeconds written as {@code processingTimeInSeconds} when not null
 */
public record GogenRunSettings(
    String county,
    LocalDate computeAt,
    GogenProfile profile,
    GogenScope scope,
    List<String> dismissSections,
    List<String> reduceSections,
    int individualDismissAge,
    int yearsConvictionFree,
    Instant earliestWhenNone,
    Double processingTimeInSeconds) {

  public GogenRunSettings {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(computeAt, "computeAt");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(scope, "scope");
    dismissSections = List.copyOf(dismissSections);
    reduceSections = List.copyOf(reduceSections);
  }

  /** Defaults: scope PROP64, no dismiss/reduce sections, LA 50 and 10, null when none. */
  public static GogenRunSettings of(String county, LocalDate computeAt, GogenProfile profile) {
    return new GogenRunSettings(
        county, computeAt, profile, GogenScope.PROP64, List.of(), List.of(), 50, 10, null, null);
  }

  public GogenRunSettings withScope(GogenScope s) {
    return new GogenRunSettings(
        county, computeAt, profile, s, dismissSections, reduceSections, individualDismissAge,
        yearsConvictionFree, earliestWhenNone, processingTimeInSeconds);
  }

  /** Final gogen's configured dismiss and reduce keys, for the summary's per-section counters. */
  public GogenRunSettings withSections(List<String> dismiss, List<String> reduce) {
    return new GogenRunSettings(
        county, computeAt, profile, scope, dismiss, reduce, individualDismissAge,
        yearsConvictionFree, earliestWhenNone, processingTimeInSeconds);
  }

  /** Los Angeles parameters written into {@code gogen_pilots.json}. */
  public GogenRunSettings withLosAngelesParameters(int dismissAge, int convictionFreeYears) {
    return new GogenRunSettings(
        county, computeAt, profile, scope, dismissSections, reduceSections, dismissAge,
        convictionFreeYears, earliestWhenNone, processingTimeInSeconds);
  }

  public GogenRunSettings withEarliestWhenNone(Instant whenNone) {
    return new GogenRunSettings(
        county, computeAt, profile, scope, dismissSections, reduceSections, individualDismissAge,
        yearsConvictionFree, whenNone, processingTimeInSeconds);
  }

  public GogenRunSettings withProcessingTime(Double seconds) {
    return new GogenRunSettings(
        county, computeAt, profile, scope, dismissSections, reduceSections, individualDismissAge,
        yearsConvictionFree, earliestWhenNone, seconds);
  }
}
