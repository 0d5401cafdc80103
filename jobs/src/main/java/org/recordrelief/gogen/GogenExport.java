package org.recordrelief.gogen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.eligibility.policy.Policy;
import org.recordrelief.eligibility.policy.PolicyDetermination;
import org.recordrelief.eligibility.policy.PolicyEvaluator;
import org.recordrelief.eligibility.policy.PolicyLoader;
import org.recordrelief.eligibility.policy.PolicyResult;
import org.recordrelief.eligibility.policy.PolicyView;
import org.recordrelief.ingest.CsvLineParser;

/**
 * gogen's export for ONE input file and ONE county ({@code prop64-rules.md} §10): the full
 * results (every input row + eligibility columns), the condensed results (20 DOJ columns +
 * eligibility columns), the evaluated-convictions file, and the summary JSON.
 *
 * <p>Decisions are not made here: every evaluated conviction is handed, as a {@link PolicyView}
 * with gogen semantics ({@link GogenPolicyView}), to the caller's decision function (the policy
 * engine with a gogen-compatible preset). This class only computes the facts, calls the function
 * once per evaluated conviction in file order, and formats everything exactly as gogen did.
 *
 * <p>Evaluated convictions: the first row of each de-duplicated conviction whose raw
 * STP_ORI_CNTY_NAME equals the run's county and whose code section matches the unanchored Prop 64
 * pattern (and, for {@link GogenScope#PROP64_AND_RELATED}, the related-charge pattern).
 */
public final class GogenExport {
  /** The 20 DOJ columns of the condensed file, in order. */
  public static final List<Integer> CONDENSED_DOJ_COLUMNS =
      List.of(
          DojColumns.CII_NUMBER,
          DojColumns.PRI_NAME,
          DojColumns.GENDER,
          DojColumns.PRI_DOB,
          DojColumns.RACE_DESCR,
          DojColumns.CYC_DATE,
          DojColumns.STP_EVENT_DATE,
          DojColumns.STP_ORI_DESCR,
          DojColumns.STP_ORI_CNTY_NAME,
          DojColumns.DISP_DATE,
          DojColumns.OFN,
          DojColumns.OFFENSE_DESCR,
          DojColumns.DISP_DESCR,
          DojColumns.CONV_STAT_DESCR,
          DojColumns.SENT_LOC_DESCR,
          DojColumns.SENT_LENGTH,
          DojColumns.SENT_TIME_CODE,
          DojColumns.CYC_AGE,
          DojColumns.COMMENT_TEXT,
          DojColumns.END_OF_REC);

  /** Id of the shipped hypothetical flow behind the summary's dismiss-all counters. */
  public static final String DISMISS_ALL_PRESET = "cfa-dismiss-all-prop64";

  /**
   * The shipped hypothetical {@code cfa-dismiss-all-prop64} preset (§9.5.8: {@code always →
   * DISMISSAL}) evaluated by the policy engine; it feeds only the summary's {@code
   * reliefWithDismissAllProp64} counters.
   */
  public static final Function<PolicyView, PolicyResult> DISMISS_ALL_PROP64 =
      v -> PolicyEvaluator.evaluate(DismissAll.POLICY, v);

  /** Loaded on first use (also on a Spark executor, from the packaged {@code conf/policy}). */
  private static final class DismissAll {
    static final Policy POLICY = PolicyLoader.loadShipped(DISMISS_ALL_PRESET);
  }

  private final GogenFile file;
  private final GogenRunSettings settings;
  private final List<EvaluatedConviction> evaluated;
  private final Map<GogenRow, EvaluatedConviction> byRow;
  private final GogenSummary summary;

  private GogenExport(
      GogenFile file, GogenRunSettings settings, Function<PolicyView, PolicyResult> decide) {
    this.file = file;
    this.settings = settings;
    List<EvaluatedConviction> ev = new ArrayList<>();
    Map<GogenRow, EvaluatedConviction> rows = new IdentityHashMap<>();
    for (GogenConviction c : inScope(file, settings, settings.scope())) {
      GogenPolicyView view =
          new GogenPolicyView(
              file.subjectOf(c.row()), c, settings.profile(), settings.computeAt());
      PolicyResult r = decide.apply(view);
      if (r == null) {
        r = new PolicyResult(null, null, PolicyDetermination.NONE, "");
      }
      EvaluatedConviction e = new EvaluatedConviction(view, r);
      ev.add(e);
      rows.put(c.row(), e);
    }
    this.evaluated = Collections.unmodifiableList(ev);
    this.byRow = rows;
    this.summary = GogenSummary.compute(file, settings, ev);
  }

  /**
   * Builds the export of one input file for one county.
   *
   * @param rawRowsInFileOrder data rows (header removed), 95 raw values each
   * @param settings county, evaluation date, profile, scope and summary parameters
   * @param decide the policy decision for one evaluated conviction (called in file order)
   */
  public static GogenExport forFile(
      List<String[]> rawRowsInFileOrder,
      GogenRunSettings settings,
      Function<PolicyView, PolicyResult> decide) {
    Objects.requireNonNull(decide, "decide");
    return new GogenExport(
        GogenFile.build(rawRowsInFileOrder, settings.profile()), settings, decide);
  }

  /**
   * The export of one input file under a gogen-semantics policy (a preset): run settings from
   * {@link GogenRunSettings#forPolicy}, decisions from {@link PolicyEvaluator#evaluate} over the
   * profile's {@link GogenPolicyView}. Which convictions are evaluated is gogen's own selection
   * (raw county equality, unanchored patterns, the policy's scope); the policy engine decides
   * them.
   *
   * @param county the run's county (gogen's {@code --county}); null = the policy's county
   * @throws IllegalArgumentException for a PROJECT-semantics policy
   */
  public static GogenExport forPolicy(
      List<String[]> rawRowsInFileOrder, Policy policy, String county, LocalDate computeAt) {
    GogenRunSettings settings = GogenRunSettings.forPolicy(policy, county, computeAt);
    return forFile(rawRowsInFileOrder, settings, v -> PolicyEvaluator.evaluate(policy, v));
  }

  /** Shorthand: scope PROP64 and default summary parameters. */
  public static GogenExport forFile(
      List<String[]> rawRowsInFileOrder,
      String county,
      LocalDate computeAt,
      GogenProfile profile,
      Function<PolicyView, PolicyResult> decide) {
    return forFile(rawRowsInFileOrder, GogenRunSettings.of(county, computeAt, profile), decide);
  }

  /** The in-county convictions a flow of the given scope evaluates, in file order. */
  static List<GogenConviction> inScope(
      GogenFile file, GogenRunSettings settings, GogenScope scope) {
    List<GogenConviction> out = new ArrayList<>();
    List<GogenConviction> all = new ArrayList<>();
    for (GogenSubject s : file.subjects().values()) {
      all.addAll(s.convictions());
    }
    all.sort((a, b) -> Integer.compare(a.row().index(), b.row().index()));
    for (GogenConviction c : all) {
      if (!c.row().county().equals(settings.county())) {
        continue;
      }
      if (c.isProp64()
          || (scope == GogenScope.PROP64_AND_RELATED
              && GogenPatterns.isRelated(c.codeSection()))) {
        out.add(c);
      }
    }
    return out;
  }

  /** The file model. */
  public GogenFile model() {
    return file;
  }

  public GogenRunSettings settings() {
    return settings;
  }

  /** Evaluated convictions with their decisions, in file order. */
  public List<EvaluatedConviction> evaluated() {
    return evaluated;
  }

  /** The run summary (counters of the summary JSON). */
  public GogenSummary summary() {
    return summary;
  }

  /** Header of the full and convictions files: 95 DOJ names + eligibility headers. */
  public List<String> fullHeader() {
    return fullHeader(settings.profile());
  }

  /** Header of a profile's full and convictions files: 95 DOJ names + eligibility headers. */
  public static List<String> fullHeader(GogenProfile profile) {
    List<String> h = new ArrayList<>(DojColumns.NAMES);
    profile.columns().forEach(c -> h.add(c.header()));
    return h;
  }

  /** Header of the condensed file: 20 DOJ names + eligibility headers. */
  public List<String> condensedHeader() {
    List<String> h = new ArrayList<>();
    CONDENSED_DOJ_COLUMNS.forEach(i -> h.add(DojColumns.NAMES.get(i)));
    settings.profile().columns().forEach(c -> h.add(c.header()));
    return h;
  }

  /** Eligibility column values of one row (blank except on evaluated rows; P64 on any row). */
  public List<String> eligibilityValues(GogenRow row) {
    EvaluatedConviction e = byRow.get(row);
    List<String> out = new ArrayList<>(settings.profile().columns().size());
    for (EligibilityColumn col : settings.profile().columns()) {
      if (col == EligibilityColumn.POSSIBLE_OTHER_P64) {
        out.add(row.possibleOtherP64Charges());
      } else {
        out.add(e == null ? "" : value(col, e));
      }
    }
    return out;
  }

  private String value(EligibilityColumn col, EvaluatedConviction e) {
    GogenSubject s = e.subject();
    GogenConviction c = e.conviction();
    LocalDate now = settings.computeAt();
    return switch (col) {
      case CASE_NUMBER -> s.caseNumbers(c.row().caseKey());
      case CONVICTION_COUNT -> Integer.toString(s.convictions().size());
      case POSSIBLE_OTHER_P64 -> c.row().possibleOtherP64Charges();
      case OCCURRED_AFTER_2016_11_09 -> c.date().isAfter(GogenPolicyView.AUMA_DATE) ? "Y" : "N";
      case SUPERSTRIKES -> joinOrDash(s.superstrikes());
      case PC290_SECTIONS -> joinOrDash(s.pc290Sections());
      case PC290_REGISTRATION -> s.pc290Registration() ? "Yes" : "-";
      case DATE_OF_CONVICTION -> GogenDates.format(c.date());
      case YEARS_SINCE_THIS -> GogenDates.yearsSince(c.date(), now);
      case YEARS_SINCE_ANY -> GogenDates.yearsSince(s.mostRecentConvictionDate(), now);
      case PROP64_COUNT -> Integer.toString(s.prop64Count());
      case HS11357_COUNT -> Integer.toString(s.prop64Count("11357"));
      case HS11358_COUNT -> Integer.toString(s.prop64Count("11358"));
      case HS11359_COUNT -> Integer.toString(s.prop64Count("11359"));
      case HS11360_COUNT -> Integer.toString(s.prop64Count("11360"));
      case DECEASED -> s.deceased() ? "Deceased" : "-";
      case DETERMINATION -> e.determination().gogenString();
      case REASON -> e.reason();
    };
  }

  private static String joinOrDash(List<String> values) {
    return values.isEmpty() ? "-" : String.join(";", values);
  }

  /** Full results: header, then every input row (95 raw values + eligibility columns). */
  public List<List<String>> allResults() {
    List<List<String>> out = new ArrayList<>(file.rows().size() + 1);
    out.add(fullHeader());
    for (GogenRow r : file.rows()) {
      out.add(fullRecord(r));
    }
    return out;
  }

  /** Condensed results: header, then every input row (20 DOJ columns + eligibility columns). */
  public List<List<String>> condensedResults() {
    List<List<String>> out = new ArrayList<>(file.rows().size() + 1);
    out.add(condensedHeader());
    for (GogenRow r : file.rows()) {
      List<String> rec = new ArrayList<>();
      CONDENSED_DOJ_COLUMNS.forEach(i -> rec.add(r.raw(i)));
      rec.addAll(eligibilityValues(r));
      out.add(rec);
    }
    return out;
  }

  /** Evaluated-convictions file: header, then the evaluated rows in file order. */
  public List<List<String>> convictionResults() {
    List<List<String>> out = new ArrayList<>(evaluated.size() + 1);
    out.add(fullHeader());
    for (EvaluatedConviction e : evaluated) {
      out.add(fullRecord(e.conviction().row()));
    }
    return out;
  }

  /** One row of the full and convictions files: the 95 raw values + eligibility columns. */
  public List<String> fullRecord(GogenRow r) {
    List<String> rec = new ArrayList<>(r.rawValues());
    rec.addAll(eligibilityValues(r));
    return rec;
  }

  /** The summary JSON text, or null for the July 2019 profile (which wrote none). */
  public String summaryJson() {
    return summary.toJson();
  }

  /** Records as Go's {@code encoding/csv} writes them: LF line ends, minimal quoting. */
  public static String toCsv(List<List<String>> records) {
    StringBuilder sb = new StringBuilder();
    for (List<String> rec : records) {
      sb.append(CsvLineParser.formatLine(rec)).append('\n');
    }
    return sb.toString();
  }

  /**
   * Writes the files under the profile's names ({@code prop64-rules.md} §10.1).
   *
   * @param dir output directory (created if needed)
   * @param fileIndex 1-based index of the input file; final gogen adds {@code _i} only when not
   *     null (more than one input file); Los Angeles always uses it (null means 1)
   * @param suffix file-name suffix ({@code --file-name-suffix}) or null
   * @return the written files
   */
  public List<Path> writeTo(Path dir, Integer fileIndex, String suffix) throws IOException {
    String s = suffix == null || suffix.isEmpty() ? "" : "_" + suffix;
    List<Path> written = new ArrayList<>();
    switch (settings.profile()) {
      case GOGEN_2020 -> {
        String i = fileIndex == null ? "" : "_" + fileIndex;
        written.add(write(dir.resolve("All_Results" + i + s + ".csv"), toCsv(allResults())));
        written.add(
            write(
                dir.resolve("All_Results_Condensed" + i + s + ".csv"),
                toCsv(condensedResults())));
        written.add(
            write(dir.resolve("Prop64_Results" + i + s + ".csv"), toCsv(convictionResults())));
        written.add(write(dir.resolve("gogen" + s + ".json"), summaryJson()));
      }
      case GOGEN_PILOTS_LA_2019_10 -> {
        int i = fileIndex == null ? 1 : fileIndex;
        Path sub = dir.resolve("DOJ_Input_File_" + i + "_Results" + s);
        written.add(write(sub.resolve("doj_results_" + i + s + ".csv"), toCsv(allResults())));
        written.add(
            write(
                sub.resolve("doj_results_condensed_" + i + s + ".csv"),
                toCsv(condensedResults())));
        written.add(
            write(
                sub.resolve("doj_results_convictions_" + i + s + ".csv"),
                toCsv(convictionResults())));
        written.add(write(dir.resolve("gogen_pilots" + s + ".json"), summaryJson()));
      }
      case GOGEN_PILOTS_2019_07 -> {
        written.add(write(dir.resolve("doj_results" + s + ".csv"), toCsv(allResults())));
        written.add(
            write(dir.resolve("doj_results_condensed" + s + ".csv"), toCsv(condensedResults())));
        written.add(
            write(dir.resolve("doj_results_convictions" + s + ".csv"), toCsv(convictionResults())));
      }
    }
    return written;
  }

  private static Path write(Path p, String content) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }
}
