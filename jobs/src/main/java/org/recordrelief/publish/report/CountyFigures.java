package org.recordrelief.publish.report;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.recordrelief.doj.Counties;

/**
 * Everything a county's {@code summary.html} shows: small aggregates of the run's determinations
 * and persons, never rows. Computed at scale by {@link
 * org.recordrelief.publish.CountySummaries#compute}; built by hand in tests.
 *
 * <p>The impact figures follow gogen's definition (a person's whole statewide record, counted for
 * every county the person has a conviction in) under the statutory outcomes:
 *
 * @param county display name ("Los Angeles", "Unknown county")
 * @param slug the county's folder name ({@code los-angeles}, {@code unknown})
 * @param outcomesBySection section (e.g. {@code 11357}; {@code UNPARSED} when none) → legal
 *     outcome → number of counts decided in the county
 * @param outcomesByDecade conviction decade ({@code 1990s}; {@code unknown} when the year is not
 *     known) → legal outcome → counts
 * @param people distinct people with at least one count decided in the county
 * @param peopleWithConviction people with at least one conviction in the county
 * @param peopleLeftWithNoConviction of those, people whose statewide record would have no
 *     conviction left if every statutory DISMISS_AND_SEAL were granted
 * @param peopleWithFelony people with a conviction in the county and at least one felony
 *     conviction anywhere in California
 * @param peopleLeftWithNoFelony of those, people whose statewide record would have no felony left
 *     if every statutory DISMISS_AND_SEAL and REDUCE_* outcome were granted (NEEDS_REVIEW counted
 *     as not granted)
 * @param needsReview counts decided NEEDS_REVIEW in the county
 * @param reviewFlags flag → number of NEEDS_REVIEW counts carrying it (the page shows the top 10)
 * @param policyId the DA policy in force in the county (null when none)
 * @param policyOutcomes the policy's determination (DISMISSAL, REDUCTION, …) → counts
 * @param policyVsBaseline the policy compared with the statute (SAME, MORE_RELIEF, …) → counts
 * @param files files of the county's export folder, relative to it ({@code determinations.csv},
 *     {@code gogen/Prop64_Results.csv}); the page links to each
 * @param runId the run
 * @param asOf the run's as-of date (ISO)
 */
public record CountyFigures(
    String county,
    String slug,
    Map<String, Map<String, Long>> outcomesBySection,
    Map<String, Map<String, Long>> outcomesByDecade,
    long people,
    long peopleWithConviction,
    long peopleLeftWithNoConviction,
    long peopleWithFelony,
    long peopleLeftWithNoFelony,
    long needsReview,
    Map<String, Long> reviewFlags,
    String policyId,
    Map<String, Long> policyOutcomes,
    Map<String, Long> policyVsBaseline,
    List<String> files,
    String runId,
    String asOf)
    implements Serializable {

  public CountyFigures {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(slug, "slug");
    outcomesBySection = nested(outcomesBySection);
    outcomesByDecade = nested(outcomesByDecade);
    reviewFlags = flat(reviewFlags);
    policyOutcomes = flat(policyOutcomes);
    policyVsBaseline = flat(policyVsBaseline);
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** A county with nothing decided. */
  public static CountyFigures empty(String county, String slug) {
    return new CountyFigures(county, slug, null, null, 0, 0, 0, 0, 0, 0, null, null, null, null,
        null, null, null);
  }

  /** "Los Angeles" for {@code los-angeles}; "Unknown county" for {@code unknown}. */
  public static String displayName(String slug) {
    if (Counties.UNKNOWN_SLUG.equals(slug)) {
      return "Unknown county";
    }
    return Counties.bySlug(slug).map(c -> Vocab.titleCase(c.dojName())).orElse(slug);
  }

  /** Total counts decided in the county. */
  public long determinations() {
    long n = 0;
    for (Map<String, Long> m : outcomesBySection.values()) {
      for (long v : m.values()) {
        n += v;
      }
    }
    return n;
  }

  public CountyFigures withRun(String runId, String asOf) {
    return new CountyFigures(county, slug, outcomesBySection, outcomesByDecade, people,
        peopleWithConviction, peopleLeftWithNoConviction, peopleWithFelony,
        peopleLeftWithNoFelony, needsReview, reviewFlags, policyId, policyOutcomes,
        policyVsBaseline, files, runId, asOf);
  }

  public CountyFigures withPolicyId(String policyId) {
    return new CountyFigures(county, slug, outcomesBySection, outcomesByDecade, people,
        peopleWithConviction, peopleLeftWithNoConviction, peopleWithFelony,
        peopleLeftWithNoFelony, needsReview, reviewFlags, policyId, policyOutcomes,
        policyVsBaseline, files, runId, asOf);
  }

  public CountyFigures withFiles(List<String> files) {
    return new CountyFigures(county, slug, outcomesBySection, outcomesByDecade, people,
        peopleWithConviction, peopleLeftWithNoConviction, peopleWithFelony,
        peopleLeftWithNoFelony, needsReview, reviewFlags, policyId, policyOutcomes,
        policyVsBaseline, files, runId, asOf);
  }

  private static Map<String, Long> flat(Map<String, Long> m) {
    return m == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(m));
  }

  private static Map<String, Map<String, Long>> nested(Map<String, Map<String, Long>> m) {
    if (m == null) {
      return Map.of();
    }
    Map<String, Map<String, Long>> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, flat(v)));
    return Collections.unmodifiableMap(new LinkedHashMap<>(out));
  }
}
