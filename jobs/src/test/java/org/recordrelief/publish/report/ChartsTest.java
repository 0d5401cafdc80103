package org.recordrelief.publish.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SVG chart helper: round axes, no clipped labels, escaped text, stable output. */
class ChartsTest {

  @Test
  void axisStepsAreRound() {
    assertEquals(new Charts.Axis(1, 1), Charts.Axis.of(0));
    assertEquals(new Charts.Axis(3, 1), Charts.Axis.of(3));
    assertEquals(new Charts.Axis(8, 2), Charts.Axis.of(8));
    assertEquals(new Charts.Axis(3000, 1000), Charts.Axis.of(2996));
    assertEquals(new Charts.Axis(2000, 500), Charts.Axis.of(1864));
    assertEquals(new Charts.Axis(30000, 10000), Charts.Axis.of(28073));
  }

  @Test
  void barsAreScaledToTheAxis() {
    String svg = Charts.bars("c-1", "Alt text", List.of(
        new Charts.Bar("A", 8, "8"), new Charts.Bar("B", 4, "4")), "#123456");
    assertTrue(svg.startsWith("<svg class=\"chart\" role=\"img\" aria-labelledby=\"c-1\""));
    assertTrue(svg.contains("<title id=\"c-1\">Alt text</title>"));
    // A is the longest bar: the whole plot width; B half of it
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("<rect x=\"(\\d+)\" y=\"[\\d.]+\" width=\"([\\d.]+)\"").matcher(svg);
    assertTrue(m.find());
    double a = Double.parseDouble(m.group(2));
    assertTrue(m.find());
    double b = Double.parseDouble(m.group(2));
    assertEquals(a / 2, b, 0.11);
    assertEquals(svg, Charts.bars("c-1", "Alt text", List.of(
        new Charts.Bar("A", 8, "8"), new Charts.Bar("B", 4, "4")), "#123456"));
  }

  @Test
  void longLabelsAreCutWithTheFullTextInATooltip() {
    String label = "A_VERY_LONG_REASON_CODE_THAT_WOULD_NOT_FIT_THE_LABEL_COLUMN";
    String svg = Charts.bars("c-2", "Alt", List.of(new Charts.Bar(label, 1, "1")), "#000");
    assertTrue(svg.contains("<title>" + label + ": 1</title>"));
    assertTrue(svg.contains("…</text>"));
  }

  @Test
  void stackedBarsHaveALegendAndTotals() {
    String svg = Charts.stacked("c-3", "Alt", List.of(
            new Charts.Series("X", "Ex <1>", "#111111"),
            new Charts.Series("Y", "Why", "#222222")),
        List.of(new Charts.Stack("row & one", Map.of("X", 2L, "Y", 3L)),
            new Charts.Stack("row two", Map.of("Y", 1L))));
    assertTrue(svg.contains(">Ex &lt;1&gt;</text>"), "legend, escaped");
    assertTrue(svg.contains(">row &amp; one</text>"));
    assertTrue(svg.contains(">5</text>"), "total after the bar");
    assertTrue(svg.contains("<title>row &amp; one – Why: 3</title>"));
  }

  @Test
  void nothingToDrawSaysSo() {
    assertEquals("<p class=\"nodata\">Alt: nothing to show.</p>",
        Charts.bars("c-4", "Alt", List.of(), "#000"));
  }
}
