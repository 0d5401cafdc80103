package org.recordrelief.publish.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code exports/<slug>/summary.html}: one county's figures for its DA office. */
final class CountyPage {
  private CountyPage() {}

  /** Flags shown in the review section. */
  static final int TOP_FLAGS = 10;

  private static final String FLAG_COLOR = "#E69F00";

  static String render(CountyFigures f) {
    String name = f.county();
    String title = name.equals("Unknown county") || name.endsWith(" County")
        ? name : name + " County";
    Html h = new Html();
    Page.open(h, title + " – Prop 64 relief summary (as of " + nz(f.asOf()) + ")");
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"Run", nz(f.runId())});
    facts.add(new String[] {"As of", nz(f.asOf())});
    facts.add(new String[] {"Policy in force", f.policyId() == null ? "none" : f.policyId()});
    facts.add(new String[] {"Counts decided", Html.num(f.determinations())});
    List<String[]> toc = List.of(
        new String[] {"overview", "At a glance"},
        new String[] {"by-section", "By section"},
        new String[] {"by-decade", "By decade"},
        new String[] {"people", "People"},
        new String[] {"review", "Needs review"},
        new String[] {"policy", "Policy"},
        new String[] {"files", "Files"},
        new String[] {"definitions", "Definitions"});
    Page.header(h, title + " – Prop 64 relief summary",
        "For the District Attorney's office: counts of convictions in " + title
            + " decided under HS 11361.8, the people they affect, and the DA policy in force.",
        facts, toc);

    overview(h, f);
    bySection(h, f);
    byDecade(h, f);
    people(h, f, title);
    review(h, f);
    policy(h, f);
    files(h, f);
    definitions(h);
    Page.close(h, "Rendered from aggregates of run " + nz(f.runId())
        + ". Counts only: the rows behind these figures are in the files listed above.");
    return h.toString();
  }

  private static String nz(String s) {
    return s == null || s.isBlank() ? "unknown" : s;
  }

  private static void section(Html h, String id, String heading) {
    h.raw("<section id=\"").text(id).raw("\" aria-labelledby=\"").text(id + "-h")
        .raw("\">\n<h2 id=\"").text(id + "-h").raw("\">").text(heading).raw("</h2>\n");
  }

  private static void overview(Html h, CountyFigures f) {
    section(h, "overview", "At a glance");
    Map<String, Long> totals = Vocab.sumInner(f.outcomesBySection());
    long reduce = totals.getOrDefault("REDUCE_TO_MISDEMEANOR", 0L)
        + totals.getOrDefault("REDUCE_TO_INFRACTION", 0L);
    h.raw("<div class=\"cards\">")
        .raw(Page.card(f.determinations(), "counts decided (Prop 64 and related)", null))
        .raw(Page.card(f.people(), "people with a count decided", null))
        .raw(Page.card(totals.getOrDefault("DISMISS_AND_SEAL", 0L), "to dismiss and seal",
            "good"))
        .raw(Page.card(reduce, "to reduce (misdemeanor or infraction)", "good"))
        .raw(Page.card(totals.getOrDefault("NOT_ELIGIBLE", 0L), "not eligible", null))
        .raw(Page.card(f.needsReview(), "need review by your office", "warn"))
        .raw(Page.card(f.peopleLeftWithNoFelony(), "people left with no felony", "good"))
        .raw(Page.card(f.peopleLeftWithNoConviction(), "people left with no conviction", "good"))
        .raw("</div>\n");
    h.raw("<p class=\"note\">Outcomes are the statutory minimum (HS 11361.8) decided from each "
        + "person's whole statewide history. The county policy's own outcome for each count is "
        + "in the spreadsheet (columns <code>policy_outcome</code>, <code>policy_reason</code>)."
        + "</p>\n");
    h.raw("</section>\n");
  }

  private static void bySection(Html h, CountyFigures f) {
    section(h, "by-section", "Legal outcomes by offense section");
    Map<String, Map<String, Long>> m = new TreeMap<>(Vocab.SECTION_ORDER);
    m.putAll(f.outcomesBySection());
    RunReport.outcomeStack(h, "Legal outcomes by section", "Section", m, Vocab::sectionLabel);
    h.raw("</section>\n");
  }

  private static void byDecade(Html h, CountyFigures f) {
    section(h, "by-decade", "Legal outcomes by decade of conviction");
    Map<String, Map<String, Long>> m = new TreeMap<>(Vocab.DECADE_ORDER);
    m.putAll(f.outcomesByDecade());
    RunReport.outcomeStack(h, "Legal outcomes by decade of conviction", "Decade", m,
        d -> d.equals("unknown") ? "Year unknown" : d);
    h.raw("</section>\n");
  }

  private static void people(Html h, CountyFigures f, String title) {
    section(h, "people", "People left with no felony or no conviction");
    h.raw("<p><strong>How these are counted.</strong> The people are those with at least one "
        + "conviction in ").text(title).raw(". For each of them the figures look at the "
        + "<em>whole statewide record</em> (as gogen's <code>CountSubjectsNoFelony</code> did): "
        + "<strong>left with no felony</strong> means the person has at least one felony "
        + "conviction anywhere in California and none would remain if every statutory "
        + "DISMISS_AND_SEAL and REDUCE_TO_* outcome were granted; <strong>left with no "
        + "conviction</strong> means no conviction would remain if every statutory "
        + "DISMISS_AND_SEAL were granted. NEEDS_REVIEW counts as not granted. A person with "
        + "convictions in several counties is counted in each of them, and relief in another "
        + "county may be needed too.</p>\n");
    Table t = new Table("People with a conviction in " + title).col("Figure").num("People")
        .num("Share");
    t.row("People with at least one conviction in " + title, f.peopleWithConviction(), "");
    t.row(new Table.Markup("… left with <strong>no conviction</strong> statewide", false),
        f.peopleLeftWithNoConviction(),
        Html.pct(f.peopleLeftWithNoConviction(), f.peopleWithConviction()));
    t.row("… of whom with at least one felony conviction (any county)", f.peopleWithFelony(),
        "");
    t.row(new Table.Markup("… left with <strong>no felony</strong> statewide", false),
        f.peopleLeftWithNoFelony(), Html.pct(f.peopleLeftWithNoFelony(), f.peopleWithFelony()));
    h.raw(t.html());
    h.raw("</section>\n");
  }

  private static void review(Html h, CountyFigures f) {
    section(h, "review", "Counts that need review");
    h.raw("<p><strong>").text(Html.num(f.needsReview())).raw("</strong> ")
        .text(f.needsReview() == 1 ? "count needs" : "counts need")
        .raw(" a person to look at the case file before the court paperwork: the record alone "
            + "cannot decide them. In the spreadsheet they have <code>legal_outcome</code> = "
            + "<code>NEEDS_REVIEW</code>; <code>candidate_outcome</code> says what they become "
            + "if the open question is resolved in the person's favour, and <code>flags</code> "
            + "and <code>reason</code> say what to check. A count can carry several flags.</p>\n");
    Map<String, Long> top = new LinkedHashMap<>();
    RunReport.sortedByCount(f.reviewFlags()).entrySet().stream().limit(TOP_FLAGS)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    List<Charts.Bar> bars = new ArrayList<>();
    Table t = new Table("Most frequent flags on counts that need review: numbers").col("Flag")
        .num("Counts").num("Share of review counts");
    top.forEach((k, v) -> {
      bars.add(new Charts.Bar(k, v, Html.num(v)));
      t.row(new Table.Markup("<code>" + Html.esc(k) + "</code>", false), v,
          Html.pct(v, f.needsReview()));
    });
    if (f.reviewFlags().size() > TOP_FLAGS) {
      h.raw("<p class=\"note\">The ").text(String.valueOf(TOP_FLAGS)).raw(" most frequent of ")
          .text(String.valueOf(f.reviewFlags().size())).raw(" flags.</p>\n");
    }
    Page.chartAndTable(h, "Most frequent flags on counts that need review",
        Charts.bars(h.id("flags"), "Most frequent flags on counts that need review, as a bar "
            + "chart; the numbers are in the table.", bars, FLAG_COLOR), t);
    h.raw("</section>\n");
  }

  private static void policy(Html h, CountyFigures f) {
    section(h, "policy", "Policy in force");
    if (f.policyId() == null) {
      h.raw("<p>No DA policy was applied in this county for this run.</p>\n");
    } else {
      h.raw("<p>The county outcomes in the spreadsheet follow policy <code>").text(f.policyId())
          .raw("</code>. Below, how its outcomes compare with the statutory ones. "
              + "<strong>Less relief</strong> means the office would in effect challenge the "
              + "statutory outcome; the statute still sets the minimum.</p>\n");
    }
    List<Vocab.Term> terms = Vocab.all(Vocab.VS_BASELINE, f.policyVsBaseline().keySet());
    long total = Data.sum(f.policyVsBaseline());
    Table vs = new Table("County policy compared with the statutory outcome").col("Comparison")
        .col("Meaning").num("Counts").num("Share");
    for (Vocab.Term o : terms) {
      long v = f.policyVsBaseline().getOrDefault(o.key(), 0L);
      vs.row(Page.swatch(o.color(), o.label()), o.meaning(), v, Html.pct(v, total));
    }
    Table po = new Table("County policy outcomes").col("Policy outcome").num("Counts");
    RunReport.sortedByCount(f.policyOutcomes()).forEach(po::row);
    h.raw("<div class=\"pair\"><div>").raw(vs.html()).raw("</div><div>").raw(po.html())
        .raw("</div></div>\n");
    h.raw("</section>\n");
  }

  private static void files(Html h, CountyFigures f) {
    section(h, "files", "Files in this folder");
    h.raw("<ul class=\"files\">\n");
    boolean any = false;
    for (String file : f.files()) {
      String href = href(file);
      if (href == null) {
        continue;
      }
      any = true;
      h.raw("<li><a href=\"").raw(Html.esc(href)).raw("\">").text(file).raw("</a>")
          .text(describe(file)).raw("</li>\n");
    }
    if (!any) {
      h.raw("<li>No files were exported for this county.</li>\n");
    }
    h.raw("</ul>\n<p class=\"note\">The CSV files are UTF-8 with a header row, dates as "
        + "YYYY-MM-DD and lists joined with <code>;</code>. Every column is described in the "
        + "project's data dictionary (<code>schemas/determination.avsc</code>).</p>\n");
    h.raw("</section>\n");
  }

  private static String describe(String file) {
    if (file.equals("determinations.csv")) {
      return " – one row per count decided in this county: outcome, deciding rule, flags, "
          + "reason, citation, county policy outcome (open in a spreadsheet)";
    }
    if (file.endsWith("Prop64_Results.csv") || file.endsWith("doj_results_convictions.csv")) {
      return " – the same convictions in gogen's layout (for offices used to gogen)";
    }
    if (file.endsWith(".json")) {
      return " – gogen-style summary figures";
    }
    return "";
  }

  /**
   * A relative link to a file of the folder, each path segment percent-encoded; null for
   * anything that is not a plain relative path below the folder.
   */
  static String href(String relative) {
    if (relative == null || relative.isEmpty() || relative.startsWith("/")
        || relative.contains("\\") || relative.contains(":")) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (String seg : relative.split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
        return null;
      }
      if (sb.length() > 0) {
        sb.append('/');
      }
      for (byte b : seg.getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xff;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == '~') {
          sb.append((char) c);
        } else {
          sb.append('%').append(String.format("%02X", c));
        }
      }
    }
    return sb.toString();
  }

  private static void definitions(Html h) {
    section(h, "definitions", "What the outcomes mean");
    h.raw("<dl class=\"defs\">");
    for (Vocab.Term t : Vocab.OUTCOMES) {
      h.raw("<dt>").raw(Page.swatch(t.color(), t.label()).html()).raw(" <code>").text(t.key())
          .raw("</code></dt><dd>").text(t.meaning()).raw("</dd>");
    }
    h.raw("</dl>\n");
    h.raw("</section>\n");
  }
}
