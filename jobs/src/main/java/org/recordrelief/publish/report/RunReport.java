package org.recordrelief.publish.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** {@code report.html}: one run for the state data team, from {@code summary.json} and
 * {@code manifest.json}. */
final class RunReport {
  private RunReport() {}

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String BAR = "#3B6EA5";
  private static final String WARN = "#C98A00";
  private static final String QUAR = "#B5503C";

  static String render(Map<String, Object> summary, Map<String, Object> manifest) {
    Map<String, Object> s = summary == null ? Map.of() : summary;
    Map<String, Object> m = manifest == null ? Map.of() : manifest;
    String runId = Data.str(s.getOrDefault("run_id", m.get("run_id")));
    String asOf = Data.str(s.getOrDefault("as_of_date", m.get("as_of_date")));
    String status = Data.has(s, "status") ? Data.str(s.get("status")) : "UNKNOWN";

    Html h = new Html();
    Page.open(h, "Prop 64 relief run report – " + runId + " (as of " + asOf + ")");
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"Run", runId});
    facts.add(new String[] {"As of", asOf});
    facts.add(new String[] {"Status", status, "SUCCEEDED".equals(status) ? "ok" : "bad"});
    if (Data.has(m, "code_version")) {
      facts.add(new String[] {"Code", Data.str(m.get("code_version"))});
    }
    if (Data.has(m, "spark_version")) {
      facts.add(new String[] {"Spark", Data.str(m.get("spark_version"))
          + (Data.has(m, "spark_master") ? " on " + Data.str(m.get("spark_master")) : "")});
    }
    if (Data.has(m, "config_hash")) {
      facts.add(new String[] {"Config", prefix(Data.str(m.get("config_hash")), 12)});
    }
    if (Data.has(m, "started_at")) {
      facts.add(new String[] {"Started", Data.str(m.get("started_at"))});
    }
    if (Data.has(m, "finished_at")) {
      facts.add(new String[] {"Finished", Data.str(m.get("finished_at"))});
    }
    List<String[]> toc = List.of(
        new String[] {"overview", "At a glance"},
        new String[] {"inputs", "Inputs"},
        new String[] {"accounting", "Row accounting"},
        new String[] {"quarantine", "Quarantine"},
        new String[] {"warnings", "Warnings"},
        new String[] {"timings", "Stage timings"},
        new String[] {"outcomes", "Legal outcomes"},
        new String[] {"counties", "Counties"},
        new String[] {"policies", "Policies"},
        new String[] {"impact", "Impact"});
    Page.header(h, "Prop 64 relief – run report",
        "State data team view of one pipeline run: what was read, what was rejected, what was "
            + "decided where.", facts, toc);

    overview(h, s);
    inputs(h, s, m);
    accounting(h, s);
    quarantine(h, s);
    warnings(h, s);
    timings(h, m);
    outcomes(h, s);
    counties(h, s, m);
    policies(h, s, m);
    impact(h, s);
    Page.close(h, "Rendered from summary.json and manifest.json of run " + runId
        + ". Counts only: no names, dates of birth or case numbers appear in this report.");
    return h.toString();
  }

  private static void section(Html h, String id, String heading) {
    h.raw("<section id=\"").text(id).raw("\" aria-labelledby=\"").text(id + "-h")
        .raw("\">\n<h2 id=\"").text(id + "-h").raw("\">").text(heading).raw("</h2>\n");
  }

  private static void end(Html h) {
    h.raw("</section>\n");
  }

  // --- at a glance ---------------------------------------------------------------------------

  private static void overview(Html h, Map<String, Object> s) {
    section(h, "overview", "At a glance");
    if (Data.has(s, "failure")) {
      h.raw("<p class=\"bad\" role=\"alert\">The run stopped before publishing: ")
          .text(Data.str(s.get("failure"))).raw("</p>\n");
    }
    Map<String, Object> rows = Data.map(s, "rows");
    Map<String, Long> legal = Data.counts(s.get("legal_outcomes"));
    Map<String, Object> impact = Data.map(s, "impact");
    h.raw("<div class=\"cards\">")
        .raw(Page.card(Data.num(rows.get("records_read")), "records read", null))
        .raw(Page.card(Data.num(rows.get("records_quarantined")), "records quarantined",
            Data.num(rows.get("records_quarantined")) > 0 ? "warn" : null))
        .raw(Page.card(Data.num(s.get("persons")), "people", null))
        .raw(Page.card(Data.num(s.get("convictions")), "convicted counts", null))
        .raw(Page.card(Data.num(s.get("determinations")), "counts decided (Prop 64 and related)",
            null))
        .raw(Page.card(legal.getOrDefault("NEEDS_REVIEW", 0L), "counts needing review", "warn"))
        .raw(Page.card(Data.num(impact.get("people_left_with_no_felony")),
            "people left with no felony", "good"))
        .raw(Page.card(Data.num(impact.get("people_left_with_no_conviction")),
            "people left with no conviction", "good"))
        .raw("</div>\n");
    end(h);
  }

  // --- inputs and accounting -----------------------------------------------------------------

  private static void inputs(Html h, Map<String, Object> s, Map<String, Object> m) {
    section(h, "inputs", "Inputs");
    Table t = new Table("Input files of the run")
        .col("File").num("Bytes").col("SHA-256 (first 16)").num("Records").col("Note");
    List<Object> in = Data.list(m.get("inputs"));
    if (in.isEmpty()) {
      for (Object o : Data.list(s.get("files"))) {
        Map<String, Object> f = Data.map(o);
        t.row(Data.str(f.get("file")), Data.num(f.get("bytes")),
            code(prefix(Data.str(f.get("sha256")), 16)), Data.num(f.get("records_read")),
            dupNote(f.get("skipped_duplicate_of")));
      }
    }
    for (Object o : in) {
      Map<String, Object> f = Data.map(o);
      t.row(Data.str(f.get("path")), Data.num(f.get("bytes")),
          code(prefix(Data.str(f.get("sha256")), 16)), Data.num(f.get("records")),
          dupNote(f.get("skipped_duplicate_of")));
    }
    h.raw(t.html());
    end(h);
  }

  private static String dupNote(Object dup) {
    return dup == null ? "" : "skipped: same content as " + Data.str(dup);
  }

  private static void accounting(Html h, Map<String, Object> s) {
    section(h, "accounting", "Row accounting");
    Map<String, Object> rows = Data.map(s, "rows");
    boolean balanced = Boolean.TRUE.equals(rows.get("balanced"));
    h.raw("<p>Every record read is either valid or quarantined with a reason; nothing is dropped. "
        + "Per file and in total: <strong>read = valid + quarantined</strong>. ")
        .raw(balanced
            ? "<span class=\"ok\">✓ The accounting balances.</span>"
            : "<span class=\"bad\">✗ The accounting does not balance.</span>")
        .raw("</p>\n");
    Table t = new Table("Records per input file")
        .col("File").num("Lines").num("Read").num("Valid").num("Quarantined")
        .num("Reject threshold").col("Balanced").col("Notes");
    for (Object o : Data.list(s.get("files"))) {
      Map<String, Object> f = Data.map(o);
      long read = Data.num(f.get("records_read"));
      long valid = Data.num(f.get("records_valid"));
      long quar = Data.num(f.get("records_quarantined"));
      boolean ok = Boolean.TRUE.equals(f.get("balanced")) && read == valid + quar;
      List<String> notes = new ArrayList<>();
      if (Boolean.TRUE.equals(f.get("header_present"))) {
        notes.add("header");
      }
      if (Data.has(f, "header_mismatch")) {
        notes.add("header mismatch: " + Data.str(f.get("header_mismatch")));
      }
      if (Data.num(f.get("blank_lines")) > 0) {
        notes.add(Html.num(Data.num(f.get("blank_lines"))) + " blank lines");
      }
      if (Data.has(f, "line_ends")) {
        notes.add(Data.str(f.get("line_ends")) + " line ends");
      }
      if (Boolean.TRUE.equals(f.get("bom_removed"))) {
        notes.add("BOM removed");
      }
      if (Boolean.TRUE.equals(f.get("empty"))) {
        notes.add("empty file");
      }
      if (Data.has(f, "skipped_duplicate_of")) {
        notes.add(dupNote(f.get("skipped_duplicate_of")));
      }
      t.row(Data.str(f.get("file")), Data.num(f.get("lines")), read, valid, quar,
          Data.num(f.get("reject_threshold")), check(ok), String.join("; ", notes));
    }
    long read = Data.num(rows.get("records_read"));
    long valid = Data.num(rows.get("records_valid"));
    long quar = Data.num(rows.get("records_quarantined"));
    t.footer("All files", "", read, valid, quar, "", check(balanced && read == valid + quar), "");
    h.raw(t.cls("wide").html());
    end(h);
  }

  private static Table.Markup check(boolean ok) {
    return ok
        ? new Table.Markup("<span class=\"ok\">✓ yes</span>", false)
        : new Table.Markup("<span class=\"bad\">✗ no</span>", false);
  }

  private static Table.Markup code(String s) {
    return new Table.Markup("<code>" + Html.esc(s) + "</code>", false);
  }

  private static void quarantine(Html h, Map<String, Object> s) {
    section(h, "quarantine", "Quarantine by reason");
    Map<String, Long> byReason = sortedByCount(Data.counts(Data.map(s, "rows")
        .get("quarantined_by_reason")));
    long total = Data.sum(byReason);
    h.raw("<p>Records that could not be read or validated are kept in <code>quarantine/</code> "
        + "with the raw line, file, line number and reason code.</p>\n");
    countChart(h, h.id("quarantine"), "Quarantined records by reason", byReason, total, "Reason",
        "Records", QUAR);
    end(h);
  }

  private static void warnings(Html h, Map<String, Object> s) {
    section(h, "warnings", "Warnings by code");
    Map<String, Long> byCode = new TreeMap<>();
    for (Object o : Data.list(s.get("files"))) {
      Data.counts(Data.map(o).get("warnings_by_code")).forEach((k, v) -> byCode.merge(k, v,
          Long::sum));
    }
    h.raw("<p>Warnings do not reject a record; they mark values the rules treat with care "
        + "(a partial date, a literal NULL). A record can carry several.</p>\n");
    Map<String, Long> sorted = sortedByCount(byCode);
    countChart(h, h.id("warnings"), "Warnings by code (all input files)", sorted,
        Data.sum(sorted), "Code", "Occurrences", WARN);
    end(h);
  }

  private static void countChart(Html h, String id, String caption, Map<String, Long> counts,
      long total, String keyHeader, String valueHeader, String color) {
    List<Charts.Bar> bars = new ArrayList<>();
    Table t = new Table(caption + ": numbers").col(keyHeader).num(valueHeader).num("Share");
    counts.forEach((k, v) -> {
      bars.add(new Charts.Bar(k, v, Html.num(v)));
      t.row(k, v, Html.pct(v, total));
    });
    t.footer("Total", total, total > 0 ? "100.0%" : "–");
    Page.chartAndTable(h, caption,
        Charts.bars(id, caption + ", as a bar chart; the numbers are in the table.", bars, color),
        t);
  }

  // --- timings -------------------------------------------------------------------------------

  private static void timings(Html h, Map<String, Object> m) {
    section(h, "timings", "Stage timings");
    Map<String, Long> ms = Data.counts(m.get("stage_millis"));
    long total = Data.sum(ms);
    List<Charts.Bar> bars = new ArrayList<>();
    Table t = new Table("Wall-clock time per stage: numbers").col("Stage").num("Seconds")
        .num("Share");
    ms.forEach((k, v) -> {
      bars.add(new Charts.Bar(k, v, seconds(v)));
      t.row(k, new Table.Markup(seconds(v), true), Html.pct(v, total));
    });
    t.footer("All stages", new Table.Markup(seconds(total), true), total > 0 ? "100.0%" : "–");
    h.raw("<p>Stages in the order they ran (timings of the driver, including waiting for the "
        + "cluster). A stage that grows much faster than the input is worth a look.</p>\n");
    Page.chartAndTable(h, "Wall-clock time per stage",
        Charts.bars(h.id("timings"), "Wall-clock time per stage in seconds, as a bar chart; "
            + "the numbers are in the table.", bars, BAR, RunReport::tickSeconds), t);
    end(h);
  }

  private static String tickSeconds(long millis) {
    return millis % 1000 == 0 ? Html.num(millis / 1000) + " s" : seconds(millis);
  }

  static String seconds(long millis) {
    return String.format(Locale.US, "%,.1f s", millis / 1000.0);
  }

  // --- outcomes ------------------------------------------------------------------------------

  private static void outcomes(Html h, Map<String, Object> s) {
    section(h, "outcomes", "Legal outcomes");
    Map<String, Long> legal = Data.counts(s.get("legal_outcomes"));
    long total = Data.sum(legal);
    h.raw("<p>The statutory minimum under HS 11361.8 for every relevant convicted count "
        + "(HS 11357–11360 and attempts, plus related sections the rules report on), decided "
        + "from the person's whole statewide history.</p>\n");
    List<Vocab.Term> terms = Vocab.all(Vocab.OUTCOMES, legal.keySet());
    List<Charts.Bar> bars = new ArrayList<>();
    Table t = new Table("Statewide legal outcomes: numbers").col("Outcome").col("Meaning")
        .num("Counts").num("Share");
    for (Vocab.Term o : terms) {
      long v = legal.getOrDefault(o.key(), 0L);
      bars.add(new Charts.Bar(o.label(), v, Html.num(v), o.color()));
      t.row(Page.swatch(o.color(), o.label()), o.meaning(), v, Html.pct(v, total));
    }
    t.footer("All outcomes", "", total, total > 0 ? "100.0%" : "–");
    Page.chartAndTable(h, "Statewide legal outcomes",
        Charts.bars(h.id("outcomes"), "Counts per statutory outcome statewide, as a bar chart; "
            + "the numbers are in the table.", bars, BAR), t);

    // by section, summed over counties
    Map<String, Map<String, Long>> bySection = new TreeMap<>(Vocab.SECTION_ORDER);
    Data.counts3(s.get("legal_outcomes_by_county_section")).values().forEach(sections ->
        sections.forEach((sec, outs) -> outs.forEach((o, n) ->
            bySection.computeIfAbsent(sec, k -> new TreeMap<>()).merge(o, n, Long::sum))));
    h.raw("<h3 id=\"by-section\">Statewide legal outcomes by offense section</h3>\n");
    outcomeStack(h, "Legal outcomes by section (statewide)", "Section", bySection,
        Vocab::sectionLabel);
    end(h);
  }

  /**
   * A stacked chart of outcomes per row key, then (below) its table: one column per outcome and a
   * total. Shared with the county page.
   */
  static void outcomeStack(Html h, String caption, String keyHeader,
      Map<String, Map<String, Long>> byKey, java.util.function.Function<String, String> label) {
    TreeSet<String> seen = new TreeSet<>();
    byKey.values().forEach(m -> seen.addAll(m.keySet()));
    List<Vocab.Term> terms = Vocab.all(Vocab.OUTCOMES, seen);
    List<Charts.Series> series = new ArrayList<>();
    Table t = new Table(caption + ": numbers").col(keyHeader);
    for (Vocab.Term o : terms) {
      series.add(new Charts.Series(o.key(), o.label(), o.color()));
      t.num(o.label());
    }
    t.num("Total");
    List<Charts.Stack> stacks = new ArrayList<>();
    long[] totals = new long[terms.size() + 1];
    byKey.forEach((k, outs) -> {
      stacks.add(new Charts.Stack(label.apply(k), outs));
      Object[] cells = new Object[terms.size() + 2];
      cells[0] = label.apply(k);
      long sum = 0;
      for (int i = 0; i < terms.size(); i++) {
        long v = outs.getOrDefault(terms.get(i).key(), 0L);
        cells[i + 1] = v;
        totals[i] += v;
        sum += v;
      }
      cells[terms.size() + 1] = sum;
      totals[terms.size()] += sum;
      t.row(cells);
    });
    Object[] foot = new Object[terms.size() + 2];
    foot[0] = "Total";
    for (int i = 0; i < totals.length; i++) {
      foot[i + 1] = totals[i];
    }
    t.footer(foot);
    String svg = Charts.stacked(h.id("stack"), caption + ", as stacked bars: one bar per "
        + keyHeader.toLowerCase(Locale.ROOT) + ", one colour per outcome; the numbers are in "
        + "the table.", series, stacks);
    Page.chartThenTable(h, caption, svg, t.cls("wide"));
  }

  // --- counties ------------------------------------------------------------------------------

  private static void counties(Html h, Map<String, Object> s, Map<String, Object> m) {
    section(h, "counties", "Counties: counts and legal outcomes");
    Map<String, Long> convictions = Data.counts(s.get("convictions_by_county"));
    Map<String, Map<String, Long>> prop64 = Data.counts2(s.get(
        "prop64_convictions_by_county_section"));
    Map<String, Map<String, Map<String, Long>>> legal =
        Data.counts3(s.get("legal_outcomes_by_county_section"));
    TreeSet<String> slugs = new TreeSet<>(convictions.keySet());
    slugs.addAll(prop64.keySet());
    slugs.addAll(legal.keySet());
    // unknown last
    List<String> order = new ArrayList<>(slugs);
    if (order.remove("unknown")) {
      order.add("unknown");
    }
    h.raw("<p>Counts by county of conviction. Each county's DA office gets its own page and "
        + "spreadsheet in <code>exports/&lt;county&gt;/</code>; the county names below link to "
        + "those pages.</p>\n");
    List<Vocab.Term> terms = Vocab.OUTCOMES;
    List<Charts.Series> series = new ArrayList<>();
    terms.forEach(o -> series.add(new Charts.Series(o.key(), o.label(), o.color())));
    List<Charts.Stack> stacks = new ArrayList<>();
    Table t = new Table("Convictions, Prop 64 convictions and legal outcomes per county")
        .col("County").num("Convictions").num("Prop 64 convictions").num("Counts decided");
    terms.forEach(o -> t.num(o.label()));
    long[] tot = new long[3 + terms.size()];
    for (String slug : order) {
      Map<String, Long> outs = Vocab.sumInner(legal.getOrDefault(slug, Map.of()));
      String name = displayName(slug);
      stacks.add(new Charts.Stack(name, outs));
      Object[] cells = new Object[4 + terms.size()];
      // a page exists for every county, and for "unknown" when something was decided there
      boolean page = SLUG.matcher(slug).matches()
          && (org.recordrelief.doj.Counties.bySlug(slug).isPresent() || Data.sum(outs) > 0);
      cells[0] = page
          ? new Table.Markup("<a href=\"exports/" + Html.esc(slug) + "/summary.html\">"
              + Html.esc(name) + "</a>", false)
          : name;
      long[] v = new long[3 + terms.size()];
      v[0] = convictions.getOrDefault(slug, 0L);
      v[1] = Data.sum(prop64.getOrDefault(slug, Map.of()));
      v[2] = Data.sum(outs);
      for (int i = 0; i < terms.size(); i++) {
        v[3 + i] = outs.getOrDefault(terms.get(i).key(), 0L);
      }
      for (int i = 0; i < v.length; i++) {
        cells[i + 1] = v[i];
        tot[i] += v[i];
      }
      t.row(cells);
    }
    Object[] foot = new Object[4 + terms.size()];
    foot[0] = "California";
    for (int i = 0; i < tot.length; i++) {
      foot[i + 1] = tot[i];
    }
    t.footer(foot);
    Page.chartThenTable(h, "Legal outcomes per county",
        Charts.stacked(h.id("counties"), "Counts decided per county of conviction, as stacked "
            + "bars: one bar per county, one colour per outcome; the numbers are in the table "
            + "below.", series, stacks), t.cls("wide"));
    end(h);
  }

  private static String displayName(String slug) {
    return CountyFigures.displayName(slug);
  }

  // --- policies ------------------------------------------------------------------------------

  private static void policies(Html h, Map<String, Object> s, Map<String, Object> m) {
    section(h, "policies", "County policies compared with the statutory baseline");
    Map<String, String> policyOf = new TreeMap<>();
    Data.map(m, "policies").forEach((k, v) -> policyOf.put(k, Data.str(v)));
    String baseline = policyOf.getOrDefault("*", "");
    Map<String, Map<String, Long>> byCounty = Data.counts2(s.get("policy_outcomes_by_county"));
    h.raw("<p>Each county's DA policy decides a county outcome for the same counts. "
        + "<strong>Less relief</strong> means the county would in effect challenge the "
        + "statutory outcome; <strong>more relief</strong> goes beyond the statute. Counties "
        + "without a policy of their own use the statewide policy <code>").text(baseline)
        .raw("</code>.</p>\n");

    // rows: counties with their own policy, then all other counties together
    Map<String, Map<String, Long>> vsRows = new java.util.LinkedHashMap<>();
    Map<String, Map<String, Long>> outcomeRows = new java.util.LinkedHashMap<>();
    Map<String, String> rowPolicy = new java.util.LinkedHashMap<>();
    String others = "Other counties";
    TreeSet<String> own = new TreeSet<>(policyOf.keySet());
    own.remove("*");
    TreeSet<String> vsKeys = new TreeSet<>();
    TreeSet<String> outKeys = new TreeSet<>();
    for (String slug : own) {
      rowPolicy.put(displayName(slug), policyOf.get(slug));
      vsRows.put(displayName(slug), new TreeMap<>());
      outcomeRows.put(displayName(slug), new TreeMap<>());
    }
    rowPolicy.put(others, baseline);
    vsRows.put(others, new TreeMap<>());
    outcomeRows.put(others, new TreeMap<>());
    byCounty.forEach((slug, counts) -> {
      String row = own.contains(slug) ? displayName(slug) : others;
      counts.forEach((key, n) -> {
        int cut = key.lastIndexOf('/');
        String outcome = cut < 0 ? key : key.substring(0, cut);
        String vs = cut < 0 ? "" : key.substring(cut + 1);
        vsRows.get(row).merge(vs, n, Long::sum);
        outcomeRows.get(row).merge(outcome, n, Long::sum);
        vsKeys.add(vs);
        outKeys.add(outcome);
      });
    });
    List<Vocab.Term> terms = Vocab.all(Vocab.VS_BASELINE, vsKeys);
    List<Charts.Series> series = new ArrayList<>();
    terms.forEach(o -> series.add(new Charts.Series(o.key(), o.label(), o.color())));
    List<Charts.Stack> stacks = new ArrayList<>();
    Table t = new Table("County policy outcome compared with the statutory outcome: numbers")
        .col("County").col("Policy");
    terms.forEach(o -> t.num(o.label()));
    t.num("Counts").col("Policy outcomes");
    vsRows.forEach((row, vs) -> {
      stacks.add(new Charts.Stack(row, vs));
      Object[] cells = new Object[terms.size() + 4];
      cells[0] = row;
      cells[1] = new Table.Markup("<code>" + Html.esc(rowPolicy.get(row)) + "</code>", false);
      for (int i = 0; i < terms.size(); i++) {
        cells[i + 2] = vs.getOrDefault(terms.get(i).key(), 0L);
      }
      cells[terms.size() + 2] = Data.sum(vs);
      List<String> parts = new ArrayList<>();
      outcomeRows.get(row).forEach((o, n) -> parts.add(o + " " + Html.num(n)));
      cells[terms.size() + 3] = String.join(" · ", parts);
      t.row(cells);
    });
    Page.chartThenTable(h, "County policy compared with the statute",
        Charts.stacked(h.id("policies"), "Counts per comparison of the county policy outcome "
            + "with the statutory outcome, as stacked bars per county; the numbers are in the "
            + "table below.", series, stacks), t.cls("wide"));
    end(h);
  }

  // --- impact --------------------------------------------------------------------------------

  private static void impact(Html h, Map<String, Object> s) {
    section(h, "impact", "Impact");
    Map<String, Object> im = Data.map(s, "impact");
    long p64 = Data.num(im.get("people_with_prop64_conviction"));
    long fel = Data.num(im.get("people_with_felony"));
    long noFel = Data.num(im.get("people_left_with_no_felony"));
    long conv = Data.num(im.get("people_with_conviction"));
    long noConv = Data.num(im.get("people_left_with_no_conviction"));
    h.raw("<p>What the statutory outcomes would change for people, across each person's whole "
        + "statewide record. Basis: ").text(Data.str(im.get("basis"))).raw(".</p>\n");
    Table t = new Table("People affected (statewide)").col("Figure").num("People").num("Share");
    t.row("People with a Prop 64 conviction (HS 11357–11360)", p64, "");
    t.row("People with at least one felony conviction", fel, "");
    t.row(new Table.Markup("… left with <strong>no felony</strong> if every DISMISS_AND_SEAL and "
        + "REDUCE_* outcome is granted", false), noFel, Html.pct(noFel, fel));
    t.row("People with at least one conviction", conv, "");
    t.row(new Table.Markup("… left with <strong>no conviction</strong> if every DISMISS_AND_SEAL "
        + "outcome is granted", false), noConv, Html.pct(noConv, conv));
    h.raw(t.html());
    end(h);
  }

  // --- helpers -------------------------------------------------------------------------------

  static Map<String, Long> sortedByCount(Map<String, Long> m) {
    List<Map.Entry<String, Long>> e = new ArrayList<>(m.entrySet());
    e.sort(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    e.forEach(x -> out.put(x.getKey(), x.getValue()));
    return out;
  }

  private static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n) + "…";
  }
}
