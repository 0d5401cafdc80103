package org.recordrelief.gogen;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.recordrelief.eligibility.policy.PolicyDetermination;
import org.recordrelief.eligibility.policy.PolicyResult;
import org.recordrelief.eligibility.policy.PolicyView;

/**
 * The run summary of one input file ({@code prop64-rules.md} §10.5): final gogen's
 * {@code gogen.json} and the Los Angeles {@code gogen_pilots.json}. All "now" comparisons use the
 * evaluation date (the "last 7 years" counter read the wall clock in gogen, D-01; the expected
 * files were generated with the clock at {@code --compute-at}).
 *
 * <p>Maps are written with sorted keys (Go's map encoding). The Los Angeles version never filled
 * its subject and per-section counters; they are written as 0 and {} as in its fixture.
 */
public final class GogenSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The three impact counters of one flow. */
  public record Relief(
      int countSubjectsNoFelony,
      int countSubjectsNoConviction,
      int countSubjectsNoConvictionLast7Years)
      implements Serializable {}

  private static final String DISMISS_PREFIX = "Dismiss all HS ";
  private static final String MISDEMEANOR = "Misdemeanor or Infraction";

  private final GogenRunSettings settings;
  private final LocalDate earliestConviction;
  private final long lineCount;
  private final Relief reliefCurrent;
  private final Relief reliefDismissAll;
  private final SortedMap<String, Integer> prop64ByCodeSection;
  private final int subjectsWithProp64InCounty;
  private final int prop64FelonyInCounty;
  private final int prop64NonFelonyInCounty;
  private final int subjectsWithSomeRelief;
  private final SortedMap<String, Integer> dismissalByCodeSection;
  private final SortedMap<String, Integer> reductionByCodeSection;
  private final SortedMap<String, Integer> dismissalByAdditionalRelief;

  private GogenSummary(
      GogenRunSettings settings,
      LocalDate earliestConviction,
      long lineCount,
      Relief reliefCurrent,
      Relief reliefDismissAll,
      SortedMap<String, Integer> prop64ByCodeSection,
      int subjectsWithProp64InCounty,
      int prop64FelonyInCounty,
      int prop64NonFelonyInCounty,
      int subjectsWithSomeRelief,
      SortedMap<String, Integer> dismissalByCodeSection,
      SortedMap<String, Integer> reductionByCodeSection,
      SortedMap<String, Integer> dismissalByAdditionalRelief) {
    this.settings = settings;
    this.earliestConviction = earliestConviction;
    this.lineCount = lineCount;
    this.reliefCurrent = reliefCurrent;
    this.reliefDismissAll = reliefDismissAll;
    this.prop64ByCodeSection = Collections.unmodifiableSortedMap(prop64ByCodeSection);
    this.subjectsWithProp64InCounty = subjectsWithProp64InCounty;
    this.prop64FelonyInCounty = prop64FelonyInCounty;
    this.prop64NonFelonyInCounty = prop64NonFelonyInCounty;
    this.subjectsWithSomeRelief = subjectsWithSomeRelief;
    this.dismissalByCodeSection = Collections.unmodifiableSortedMap(dismissalByCodeSection);
    this.reductionByCodeSection = Collections.unmodifiableSortedMap(reductionByCodeSection);
    this.dismissalByAdditionalRelief =
        Collections.unmodifiableSortedMap(dismissalByAdditionalRelief);
  }

  static GogenSummary compute(
      GogenFile file, GogenRunSettings settings, List<EvaluatedConviction> evaluated) {
    Map<GogenConviction, PolicyDetermination> current = new IdentityHashMap<>();
    for (EvaluatedConviction e : evaluated) {
      current.put(e.conviction(), e.determination());
    }
    // the hypothetical dismiss-all flow over the in-county Prop 64 convictions
    Map<GogenConviction, PolicyDetermination> dismissAll = new IdentityHashMap<>();
    Function<PolicyView, PolicyResult> all = GogenExport.DISMISS_ALL_PROP64;
    List<GogenConviction> prop64InCounty = GogenExport.inScope(file, settings, GogenScope.PROP64);
    for (GogenConviction c : prop64InCounty) {
      GogenPolicyView v =
          new GogenPolicyView(file.subjectOf(c.row()), c, settings.profile(), settings.computeAt());
      dismissAll.put(c, all.apply(v).determination());
    }

    LocalDate earliest = null;
    SortedMap<String, Integer> byKey = new TreeMap<>();
    Set<String> subjectsP64 = new HashSet<>();
    int felony = 0;
    int nonFelony = 0;
    for (GogenConviction c : prop64InCounty) {
      if (earliest == null || c.date().isBefore(earliest)) {
        earliest = c.date();
      }
      byKey.merge(c.prop64Key(), 1, Integer::sum);
      subjectsP64.add(c.row().subjectId());
      if (c.isFelony()) {
        felony++;
      } else {
        nonFelony++;
      }
    }
    Set<String> relieved = new HashSet<>();
    SortedMap<String, Integer> bySection = new TreeMap<>();
    SortedMap<String, Integer> reducedBySection = new TreeMap<>();
    SortedMap<String, Integer> byReason = new TreeMap<>();
    for (String s : settings.dismissSections()) {
      bySection.put(s, 0);
    }
    for (String s : settings.reduceSections()) {
      reducedBySection.put(s, 0);
    }
    for (EvaluatedConviction e : evaluated) {
      PolicyDetermination d = e.determination();
      String reason = e.reason();
      if (d == PolicyDetermination.DISMISSAL || d == PolicyDetermination.REDUCTION) {
        relieved.add(e.subject().id());
      }
      if (d == PolicyDetermination.DISMISSAL) {
        for (String s : settings.dismissSections()) {
          if (reason.equals(DISMISS_PREFIX + s + " convictions")) {
            bySection.merge(s, 1, Integer::sum);
          }
        }
        if (!reason.startsWith(DISMISS_PREFIX) && !reason.equals(MISDEMEANOR)) {
          byReason.merge(reason, 1, Integer::sum);
        }
      }
      if (d == PolicyDetermination.REDUCTION) {
        for (String s : settings.reduceSections()) {
          if (reason.equals("Reduce all HS " + s + " convictions")) {
            reducedBySection.merge(s, 1, Integer::sum);
          }
        }
      }
    }
    boolean la = settings.profile() == GogenProfile.GOGEN_PILOTS_LA_2019_10;
    return new GogenSummary(
        settings,
        earliest,
        file.rows().size(),
        relief(file, settings.computeAt(), current),
        relief(file, settings.computeAt(), dismissAll),
        byKey,
        la ? 0 : subjectsP64.size(),
        la ? 0 : felony,
        la ? 0 : nonFelony,
        la ? 0 : relieved.size(),
        la ? new TreeMap<>() : bySection,
        la ? new TreeMap<>() : reducedBySection,
        byReason);
  }

  /**
   * The impact counters: subjects with at least one felony conviction (any county in the file)
   * whose felony convictions are all dismissed or reduced; subjects with at least one conviction,
   * all dismissed; subjects with at least one conviction dated after the evaluation date − 7
   * years, all of those dismissed.
   */
  static Relief relief(
      GogenFile file, LocalDate computeAt, Map<GogenConviction, PolicyDetermination> decided) {
    LocalDate sevenYearsAgo = GogenDates.addYears(computeAt, -7);
    int noFelony = 0;
    int noConviction = 0;
    int noRecent = 0;
    for (GogenSubject s : file.subjects().values()) {
      List<GogenConviction> felonies = new ArrayList<>();
      List<GogenConviction> recent = new ArrayList<>();
      for (GogenConviction c : s.convictions()) {
        if (c.isFelony()) {
          felonies.add(c);
        }
        if (c.date().isAfter(sevenYearsAgo)) {
          recent.add(c);
        }
      }
      if (!felonies.isEmpty()
          && felonies.stream()
              .allMatch(
                  c ->
                      decided.get(c) == PolicyDetermination.DISMISSAL
                          || decided.get(c) == PolicyDetermination.REDUCTION)) {
        noFelony++;
      }
      if (!s.convictions().isEmpty()
          && s.convictions().stream()
              .allMatch(c -> decided.get(c) == PolicyDetermination.DISMISSAL)) {
        noConviction++;
      }
      if (!recent.isEmpty()
          && recent.stream().allMatch(c -> decided.get(c) == PolicyDetermination.DISMISSAL)) {
        noRecent++;
      }
    }
    return new Relief(noFelony, noConviction, noRecent);
  }

  /**
   * The summary of this file and another file of the same run (gogen summed the counters over
   * its input files and kept the earliest date). Settings, including the processing time, are
   * this summary's.
   *
   * @throws IllegalArgumentException when the county or profile differ
   */
  public GogenSummary plus(GogenSummary o) {
    if (!settings.county().equals(o.settings.county())
        || settings.profile() != o.settings.profile()) {
      throw new IllegalArgumentException("summaries of different runs cannot be added");
    }
    LocalDate earliest =
        earliestConviction == null
            ? o.earliestConviction
            : o.earliestConviction == null || !o.earliestConviction.isBefore(earliestConviction)
                ? earliestConviction
                : o.earliestConviction;
    return new GogenSummary(
        settings,
        earliest,
        lineCount + o.lineCount,
        add(reliefCurrent, o.reliefCurrent),
        add(reliefDismissAll, o.reliefDismissAll),
        add(prop64ByCodeSection, o.prop64ByCodeSection),
        subjectsWithProp64InCounty + o.subjectsWithProp64InCounty,
        prop64FelonyInCounty + o.prop64FelonyInCounty,
        prop64NonFelonyInCounty + o.prop64NonFelonyInCounty,
        subjectsWithSomeRelief + o.subjectsWithSomeRelief,
        add(dismissalByCodeSection, o.dismissalByCodeSection),
        add(reductionByCodeSection, o.reductionByCodeSection),
        add(dismissalByAdditionalRelief, o.dismissalByAdditionalRelief));
  }

  /**
   * The same summary with another {@code lineCount}: a run that adds up partial summaries (per
   * subject, say) sets the number of records read once at the end.
   */
  public GogenSummary withLineCount(long lines) {
    return new GogenSummary(
        settings,
        earliestConviction,
        lines,
        reliefCurrent,
        reliefDismissAll,
        new TreeMap<>(prop64ByCodeSection),
        subjectsWithProp64InCounty,
        prop64FelonyInCounty,
        prop64NonFelonyInCounty,
        subjectsWithSomeRelief,
        new TreeMap<>(dismissalByCodeSection),
        new TreeMap<>(reductionByCodeSection),
        new TreeMap<>(dismissalByAdditionalRelief));
  }

  /** The run settings this summary was computed for. */
  public GogenRunSettings settings() {
    return settings;
  }

  private static Relief add(Relief a, Relief b) {
    return new Relief(
        a.countSubjectsNoFelony() + b.countSubjectsNoFelony(),
        a.countSubjectsNoConviction() + b.countSubjectsNoConviction(),
        a.countSubjectsNoConvictionLast7Years() + b.countSubjectsNoConvictionLast7Years());
  }

  private static SortedMap<String, Integer> add(Map<String, Integer> a, Map<String, Integer> b) {
    SortedMap<String, Integer> out = new TreeMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, Integer::sum));
    return out;
  }

  public String county() {
    return settings.county();
  }

  /** Earliest in-county Prop 64 conviction date, or null when there is none. */
  public LocalDate earliestConviction() {
    return earliestConviction;
  }

  public long lineCount() {
    return lineCount;
  }

  public Relief reliefWithCurrentEligibilityChoices() {
    return reliefCurrent;
  }

  public Relief reliefWithDismissAllProp64() {
    return reliefDismissAll;
  }

  public SortedMap<String, Integer> prop64ConvictionsCountInCountyByCodeSection() {
    return prop64ByCodeSection;
  }

  public int subjectsWithProp64ConvictionCountInCounty() {
    return subjectsWithProp64InCounty;
  }

  public int prop64FelonyConvictionsCountInCounty() {
    return prop64FelonyInCounty;
  }

  /** Non-felony count (LA's JSON key: {@code prop64MisdemeanorConvictionsCountInCounty}). */
  public int prop64NonFelonyConvictionsCountInCounty() {
    return prop64NonFelonyInCounty;
  }

  public int subjectsWithSomeReliefCount() {
    return subjectsWithSomeRelief;
  }

  public SortedMap<String, Integer> convictionDismissalCountByCodeSection() {
    return dismissalByCodeSection;
  }

  public SortedMap<String, Integer> convictionReductionCountByCodeSection() {
    return reductionByCodeSection;
  }

  public SortedMap<String, Integer> convictionDismissalCountByAdditionalRelief() {
    return dismissalByAdditionalRelief;
  }

  /** The summary JSON as gogen wrote it (2-space indent, trailing LF); null for July 2019. */
  public String toJson() {
    GoJson j = new GoJson();
    switch (settings.profile()) {
      case GOGEN_2020 -> {
        j.begin();
        j.string("county", settings.county());
        earliest(j);
        j.number("lineCount", lineCount);
        processingTime(j);
        relief(j, "reliefWithCurrentEligibilityChoices", reliefCurrent);
        relief(j, "reliefWithDismissAllProp64", reliefDismissAll);
        j.map("prop64ConvictionsCountInCountyByCodeSection", prop64ByCodeSection);
        j.number("subjectsWithProp64ConvictionCountInCounty", subjectsWithProp64InCounty);
        j.number("prop64FelonyConvictionsCountInCounty", prop64FelonyInCounty);
        j.number("prop64NonFelonyConvictionsCountInCounty", prop64NonFelonyInCounty);
        j.number("subjectsWithSomeReliefCount", subjectsWithSomeRelief);
        j.map("convictionDismissalCountByCodeSection", dismissalByCodeSection);
        j.map("convictionReductionCountByCodeSection", reductionByCodeSection);
        j.map("convictionDismissalCountByAdditionalRelief", dismissalByAdditionalRelief);
        return j.end();
      }
      case GOGEN_PILOTS_LA_2019_10 -> {
        j.begin();
        j.string("county", settings.county());
        j.number("individualDismissAge", settings.individualDismissAge());
        j.number("yearsConvictionFree", settings.yearsConvictionFree());
        earliest(j);
        j.number("lineCount", lineCount);
        processingTime(j);
        relief(j, "reliefWithCurrentEligibilityChoices", reliefCurrent);
        relief(j, "reliefWithDismissAllProp64", reliefDismissAll);
        j.map("prop64ConvictionsCountInCountyByCodeSection", prop64ByCodeSection);
        j.number("subjectsWithProp64ConvictionCountInCounty", subjectsWithProp64InCounty);
        j.number("prop64FelonyConvictionsCountInCounty", prop64FelonyInCounty);
        j.number("prop64MisdemeanorConvictionsCountInCounty", prop64NonFelonyInCounty);
        j.number("subjectsWithSomeReliefCount", subjectsWithSomeRelief);
        j.map("convictionDismissalCountByCodeSection", dismissalByCodeSection);
        j.map("convictionReductionCountByCodeSection", reductionByCodeSection);
        j.map("convictionDismissalCountByAdditionalRelief", dismissalByAdditionalRelief);
        return j.end();
      }
      default -> {
        return null;
      }
    }
  }

  private void earliest(GoJson j) {
    if (earliestConviction != null) {
      j.string("earliestConviction", GogenDates.rfc3339(earliestConviction));
    } else if (settings.earliestWhenNone() != null) {
      Instant t = settings.earliestWhenNone();
      j.string("earliestConviction", DateTimeFormatter.ISO_INSTANT.format(t));
    } else {
      j.nullValue("earliestConviction");
    }
  }

  private void processingTime(GoJson j) {
    if (settings.processingTimeInSeconds() != null) {
      j.raw("processingTimeInSeconds", GoJson.goFloat(settings.processingTimeInSeconds()));
    }
  }

  private static void relief(GoJson j, String key, Relief r) {
    j.beginObject(key);
    j.number("CountSubjectsNoConviction", r.countSubjectsNoConviction());
    j.number("CountSubjectsNoConvictionLast7Years", r.countSubjectsNoConvictionLast7Years());
    j.number("CountSubjectsNoFelony", r.countSubjectsNoFelony());
    j.endObject();
  }
}
