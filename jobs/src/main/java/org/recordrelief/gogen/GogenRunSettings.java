package org.recordrelief.gogen;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.recordrelief.eligibility.policy.ParameterValue;
import org.recordrelief.eligibility.policy.Policy;
import org.recordrelief.eligibility.policy.Semantics;

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
    Double processingTimeInSeconds)
    implements Serializable {

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

  /**
   * The run a gogen-semantics policy describes, as gogen took it from its command line and
   * options: the county ({@code county} when not null, else the policy's), the profile from
   * {@link Policy#semantics()} ({@link GogenProfile#of}), the scope from {@link Policy#scope()},
   * the summary's configured keys from the parameters {@code dismissSections} and {@code
   * reduceSections} (final gogen's options; absent = none) and the Los Angeles summary values
   * from {@code individualAge} and {@code yearsConvictionFree} (absent = gogen's 50 and 10).
   *
   * @throws IllegalArgumentException for a PROJECT-semantics policy, or when neither the policy
   *     nor the caller names a county
   */
  public static GogenRunSettings forPolicy(Policy policy, String county, LocalDate computeAt) {
    if (policy.semantics() == Semantics.PROJECT) {
      throw new IllegalArgumentException(
          "policy " + policy.id() + " has PROJECT semantics: no gogen run can evaluate it");
    }
    String c = county != null ? county : policy.county();
    if (c == null) {
      throw new IllegalArgumentException(
          "policy " + policy.id() + " is statewide: the run's county must be given");
    }
    GogenScope scope =
        switch (policy.scope()) {
          case PROP64 -> GogenScope.PROP64;
          case PROP64_AND_RELATED -> GogenScope.PROP64_AND_RELATED;
        };
    return new GogenRunSettings(
        c,
        computeAt,
        GogenProfile.of(policy.semantics()),
        scope,
        listParameter(policy, "dismissSections"),
        listParameter(policy, "reduceSections"),
        intParameter(policy, "individualAge", 50),
        intParameter(policy, "yearsConvictionFree", 10),
        null,
        null);
  }

  private static List<String> listParameter(Policy p, String name) {
    return p.parameters().get(name) instanceof ParameterValue.ListValue l ? l.value() : List.of();
  }

  private static int intParameter(Policy p, String name, int otherwise) {
    return p.parameters().get(name) instanceof ParameterValue.IntValue i ? i.value() : otherwise;
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
