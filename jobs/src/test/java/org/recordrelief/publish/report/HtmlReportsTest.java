package org.recordrelief.publish.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recordrelief.publish.Json;

/** The two pages as pure functions: content, escaping, self-containment, determinism. */
class HtmlReportsTest {

  private static String report() {
    return HtmlReports.renderRunReport(ReportFixtures.summary(), ReportFixtures.manifest());
  }

  private static String county() {
    return HtmlReports.renderCountySummary(ReportFixtures.losAngeles());
  }

  private static int occurrences(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  @Test
  void runReportHasEverySection() {
    String html = report();
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(html.contains("<title>Prop 64 relief run report – " + ReportFixtures.RUN_ID
        + " (as of 2026-06-30)</title>"));
    assertTrue(html.contains("<h1>Prop 64 relief – run report</h1>"));
    for (String heading : List.of("At a glance", "Inputs", "Row accounting",
        "Quarantine by reason", "Warnings by code", "Stage timings", "Legal outcomes",
        "Statewide legal outcomes by offense section", "Counties: counts and legal outcomes",
        "County policies compared with the statutory baseline", "Impact")) {
      assertTrue(html.contains(">" + heading + "</h2>") || html.contains(">" + heading + "</h3>"),
          "missing heading " + heading);
    }
    assertTrue(html.contains("SUCCEEDED"), "status");
    assertTrue(html.contains("data/doj/doj-extract-0002.csv"), "input file");
    assertTrue(html.contains("<code>b689849ec829964b…</code>"), "sha256 prefix");
    assertTrue(html.contains("97,060"), "records read, all files");
    assertTrue(html.contains("✓ The accounting balances."));
    assertTrue(html.contains("NO_PERSON_KEY") && html.contains("LITERAL_NULL"));
    assertTrue(html.contains("write-convictions") && html.contains("28.1 s"), "stage timing");
    assertTrue(html.contains("<a href=\"exports/los-angeles/summary.html\">Los Angeles</a>"),
        "county link");
    assertTrue(html.contains(">Unknown county<"), "unknown county row, not linked");
    assertTrue(html.contains("<code>los-angeles</code>") && html.contains("Other counties"),
        "policies vs baseline");
    assertTrue(html.contains("1,089") && html.contains("30.0%"), "impact: no felony and share");
  }

  @Test
  void countySummaryHasEverySection() {
    String html = county();
    assertTrue(html.contains("<title>Los Angeles County – Prop 64 relief summary (as of "
        + "2026-06-30)</title>"));
    assertTrue(html.contains("<h1>Los Angeles County – Prop 64 relief summary</h1>"));
    for (String heading : List.of("At a glance", "Legal outcomes by offense section",
        "Legal outcomes by decade of conviction", "People left with no felony or no conviction",
        "Counts that need review", "Policy in force", "Files in this folder",
        "What the outcomes mean")) {
      assertTrue(html.contains(">" + heading + "</h2>"), "missing heading " + heading);
    }
    assertTrue(html.contains("How these are counted."), "definition of the impact figures");
    assertTrue(html.contains("whole statewide record"));
    assertTrue(html.contains("HS 11357") && html.contains("Unparsed offense"), "sections");
    assertTrue(html.contains(">1970s<") && html.contains(">Year unknown<"), "decades");
    assertTrue(html.contains("<strong>138</strong> counts need"), "review count");
    assertTrue(html.contains("<code>SUBDIVISION_UNMAPPED</code>"), "top flag");
    assertTrue(html.contains("The 10 most frequent of 12 flags."));
    assertFalse(html.contains("ATTEMPT"), "11th and 12th flags are not shown");
    assertTrue(html.contains("follow policy <code>los-angeles</code>"), "policy in force");
    assertTrue(html.contains("<a href=\"determinations.csv\">determinations.csv</a>"));
    assertTrue(html.contains("<a href=\"gogen/Prop64_Results.csv\">"));
    assertTrue(html.contains("312") && html.contains("25.8%"), "left with no felony + share");
  }

  @Test
  void pagesAreSelfContained() {
    for (String html : List.of(report(), county())) {
      String lower = html.toLowerCase(Locale.ROOT);
      for (String banned : List.of("http://", "https://", "<script", "javascript:", " src=",
          "@import", "url(", "<link", "<img", "<iframe", "<object", "<embed", " on")) {
        if (banned.equals(" on")) {
          // no event-handler attributes: " onload=", " onclick=", ...
          assertFalse(Pattern.compile("<[^>]*\\son[a-z]+\\s*=").matcher(lower).find(),
              "event handler attribute");
          continue;
        }
        assertFalse(lower.contains(banned), "page contains " + banned);
      }
    }
  }

  @Test
  void runReportEscapesEveryDataValue() {
    Map<String, Object> s = ReportFixtures.summary();
    String evil = "x\"'><script>alert(1)</script>&amp;<img src=x onerror=alert(2)>";
    s.put("run_id", evil);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> files = (List<Map<String, Object>>) s.get("files");
    files.get(0).put("file", "data/" + evil + ".csv");
    files.get(0).put("header_mismatch", evil);
    @SuppressWarnings("unchecked")
    Map<String, Object> rows = (Map<String, Object>) s.get("rows");
    rows.put("quarantined_by_reason", Map.of(evil, 3L));
    files.get(1).put("warnings_by_code", Map.of("</title><script>alert(3)</script>", 4L));
    @SuppressWarnings("unchecked")
    Map<String, Object> byCounty = (Map<String, Object>) s.get("convictions_by_county");
    byCounty.put("\"><b>evil-county</b>", 9L);
    @SuppressWarnings("unchecked")
    Map<String, Object> legal = (Map<String, Object>) s.get("legal_outcomes_by_county_section");
    legal.put("los-angeles", Map.of("<i>section</i>", Map.of("<u>OUTCOME</u>", 2L)));
    Map<String, Object> m = ReportFixtures.manifest();
    m.put("policies", Map.of("*", evil, "los-angeles", "<svg onload=alert(4)>"));
    m.put("stage_millis", Map.of("<marquee>", 5L));
    m.put("code_version", evil);

    String html = HtmlReports.renderRunReport(s, m);
    assertNoInjectedMarkup(html);
    assertTrue(html.contains("x&quot;&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;"
        + "&lt;img src=x onerror=alert(2)&gt;"), "escaped, not dropped");
    assertTrue(html.contains("&lt;i&gt;section&lt;/i&gt;"));
    assertTrue(html.contains("&lt;u&gt;OUTCOME&lt;/u&gt;"));
    assertTrue(html.contains("&quot;&gt;&lt;b&gt;evil-county&lt;/b&gt;"));
    assertFalse(html.contains("href=\"exports/\""), "an odd county key is not linked");
  }

  @Test
  void countySummaryEscapesEveryDataValue() {
    CountyFigures la = ReportFixtures.losAngeles();
    String evil = "<script>alert(1)</script>\"'&";
    CountyFigures f = new CountyFigures("Evil <i>County</i> & \"Co\"", "evil",
        Map.of(evil, Map.of("<b>OUT</b>", 3L)), Map.of("<u>1990s</u>", Map.of(evil, 1L)),
        1, 2, 1, 1, 0, 1, Map.of("<svg/onload=alert(1)>", 1L), evil,
        Map.of(evil, 1L), Map.of("<img src=x>", 1L),
        List.of("determinations.csv", "../../etc/passwd", "/abs.csv", "javascript:alert(1)",
            "a b&\"<c>.csv", "gogen/gogen.json"),
        evil, evil);
    String html = HtmlReports.renderCountySummary(f);
    assertNoInjectedMarkup(html);
    assertTrue(html.contains("Evil &lt;i&gt;County&lt;/i&gt; &amp; &quot;Co&quot;"));
    assertTrue(html.contains("href=\"a%20b%26%22%3Cc%3E.csv\""), "link percent-encoded");
    assertTrue(html.contains(">a b&amp;&quot;&lt;c&gt;.csv</a>"), "link text escaped");
    assertFalse(html.contains("href=\"../"), "no link out of the folder");
    assertFalse(html.contains("href=\"/"), "no absolute link");
    assertTrue(html.contains("href=\"gogen/gogen.json\""));
    assertEquals(la, ReportFixtures.losAngeles(), "fixture unchanged");
  }

  private static void assertNoInjectedMarkup(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    for (String tag : List.of("<script", "<img", "<i>", "<b>", "<u>", "<svg/", "<svg onload",
        "<marquee")) {
      assertFalse(lower.contains(tag), "unescaped " + tag);
    }
    assertFalse(Pattern.compile("<[^>]*\\son[a-z]+\\s*=").matcher(lower).find(),
        "event handler attribute");
  }

  @Test
  void sameInputSameBytes() {
    assertEquals(report(), report());
    assertEquals(county(), county());
    // the map the pipeline holds and the summary.json read back render the same page
    Map<String, Object> readBack = Json.read(Json.write(ReportFixtures.summary()));
    Map<String, Object> manifestBack = Json.read(Json.write(ReportFixtures.manifest()));
    assertEquals(report(), HtmlReports.renderRunReport(readBack, manifestBack));
    // map order does not matter for the county page
    CountyFigures la = ReportFixtures.losAngeles();
    CountyFigures shuffled = new CountyFigures(la.county(), la.slug(),
        reversed(la.outcomesBySection()), reversed(la.outcomesByDecade()), la.people(),
        la.peopleWithConviction(), la.peopleLeftWithNoConviction(), la.peopleWithFelony(),
        la.peopleLeftWithNoFelony(), la.needsReview(), new HashMap<>(la.reviewFlags()),
        la.policyId(), new HashMap<>(la.policyOutcomes()), new HashMap<>(la.policyVsBaseline()),
        la.files(), la.runId(), la.asOf());
    assertEquals(county(), HtmlReports.renderCountySummary(shuffled));
  }

  private static <V> Map<String, V> reversed(Map<String, V> m) {
    List<String> keys = new ArrayList<>(m.keySet());
    Collections.reverse(keys);
    Map<String, V> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, m.get(k)));
    return out;
  }

  @Test
  void chartsHaveTextAlternativesAndTables() {
    for (String html : List.of(report(), county())) {
      int svgs = occurrences(html, "<svg ");
      assertTrue(svgs >= 3, "charts drawn");
      Matcher m = Pattern.compile("<svg class=\"chart\" role=\"img\" aria-labelledby=\"([^\"]+)\"")
          .matcher(html);
      int labelled = 0;
      while (m.find()) {
        labelled++;
        assertTrue(html.contains("<title id=\"" + m.group(1) + "\">"), "title of " + m.group(1));
        assertEquals(1, occurrences(html, "id=\"" + m.group(1) + "\""), "unique id");
      }
      assertEquals(svgs, labelled, "every chart is an image with an accessible name");
      int tables = occurrences(html, "<table");
      assertTrue(tables >= svgs, "a data table for every chart");
      assertEquals(tables, occurrences(html, "<caption>"), "every table has a caption");
      assertEquals(1, occurrences(html, "<h1>"));
      for (String tag : List.of("section", "table", "svg", "figure", "div", "ul", "dl", "p")) {
        assertEquals(occurrences(html, "<" + tag + ">") + occurrences(html, "<" + tag + " "),
            occurrences(html, "</" + tag + ">"), "balanced <" + tag + ">");
      }
    }
  }

  @Test
  void aFailedRunStillRenders() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("run_id", "20260630-deadbeef0000");
    s.put("as_of_date", "2026-06-30");
    s.put("status", "FAILED");
    s.put("failure", "extract.csv: REJECT_THRESHOLD: 900 of 1000 records rejected");
    s.put("rows", Map.of("records_read", 1000, "records_valid", 100, "records_quarantined", 900,
        "quarantined_by_reason", Map.of("FIELD_COUNT", 900), "balanced", true));
    String html = HtmlReports.renderRunReport(s, Map.of());
    assertTrue(html.contains("<span class=\"badge bad\">FAILED</span>"));
    assertTrue(html.contains("REJECT_THRESHOLD: 900 of 1000 records rejected"));
    assertTrue(html.contains(">Impact</h2>"));
    String none = HtmlReports.renderRunReport(null, null);
    assertTrue(none.contains("UNKNOWN"));
  }

  @Test
  void anEmptyCountyRenders() {
    CountyFigures f = CountyFigures.empty("Alpine", "alpine");
    String html = HtmlReports.renderCountySummary(f);
    assertTrue(html.contains("<h1>Alpine County – Prop 64 relief summary</h1>"));
    assertTrue(html.contains("nothing to show"));
    assertTrue(html.contains("No DA policy was applied"));
    assertTrue(html.contains("No files were exported for this county."));
    assertEquals("Unknown county", CountyFigures.displayName("unknown"));
    assertEquals("San Luis Obispo", CountyFigures.displayName("san-luis-obispo"));
  }

  @Test
  void linksStayInsideTheFolder() {
    assertEquals("determinations.csv", CountyPage.href("determinations.csv"));
    assertEquals("gogen/Prop64_Results.csv", CountyPage.href("gogen/Prop64_Results.csv"));
    assertEquals("a%20b%C3%A9.csv", CountyPage.href("a bé.csv"));
    for (String bad : List.of("", "/etc/passwd", "../x.csv", "a/../../x", "a//b", "./x",
        "http://example.org/x", "javascript:alert(1)", "a\\b")) {
      assertNull(CountyPage.href(bad), bad);
    }
  }

  @Test
  void escapingCoversTextAndAttributes() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
        Html.esc("<a href=\"x\" title='y'>&amp;</a>"));
    assertEquals("a b", Html.esc("a\u0000b"));
    assertEquals("", Html.esc(null));
    assertEquals("plain", Html.esc("plain"));
  }
}
