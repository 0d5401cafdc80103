package org.recordrelief.publish.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Inline SVG charts: horizontal bars and horizontal stacked bars with a legend. No scripts, no
 * external references; sizes are computed from estimated text widths so labels are never clipped.
 * Each chart is an {@code <svg role="img">} whose accessible name is the caller's text
 * alternative; the caller puts the data table next to it. Coordinates are printed with a fixed
 * locale, so the same input gives the same bytes.
 */
final class Charts {
  private Charts() {}

  /** Width of the drawing in CSS pixels (it scales down on narrow screens). */
  static final int WIDTH = 620;

  private static final int ROW = 22;
  private static final int BAR = 15;
  private static final int AXIS = 22;
  /** Widest label column; longer labels are cut with an ellipsis (full text in a tooltip). */
  private static final double MAX_LABEL_WIDTH = 200;

  /** One bar: label, value, the text written after it, and its colour (null: the chart's). */
  record Bar(String label, long value, String valueText, String color) {
    Bar(String label, long value, String valueText) {
      this(label, value, valueText, null);
    }
  }

  /** One series of a stacked chart: data key, legend label, fill colour. */
  record Series(String key, String label, String color) {}

  /** One stacked bar: label and value per series key (missing keys are 0). */
  record Stack(String label, Map<String, Long> values) {
    long total() {
      long t = 0;
      for (Long v : values.values()) {
        t += v == null ? 0 : v;
      }
      return t;
    }
  }

  /**
   * Horizontal bars of one colour.
   *
   * @param id unique id within the page (for the accessible name)
   * @param alt text alternative: what the chart shows, in one sentence
   */
  static String bars(String id, String alt, List<Bar> bars, String color) {
    return bars(id, alt, bars, color, Html::num);
  }

  /** {@link #bars(String, String, List, String)} with the axis ticks written by {@code tick}. */
  static String bars(String id, String alt, List<Bar> bars, String color, LongFunction<String> tick) {
    if (bars.isEmpty()) {
      return empty(alt);
    }
    long max = 0;
    double labelMax = 30;
    double valueMax = 8;
    for (Bar b : bars) {
      max = Math.max(max, b.value());
      labelMax = Math.max(labelMax, Math.min(MAX_LABEL_WIDTH, textWidth(b.label())));
      valueMax = Math.max(valueMax, textWidth(b.valueText()));
    }
    int labelW = (int) Math.ceil(labelMax) + 12;
    int valueW = (int) Math.ceil(valueMax) + 12;
    int plotW = WIDTH - labelW - valueW;
    Axis axis = Axis.of(max);
    int top = 6;
    int height = top + bars.size() * ROW + AXIS;
    StringBuilder s = open(id, alt, height);
    grid(s, axis, labelW, plotW, top, bars.size() * ROW);
    int y = top;
    for (Bar b : bars) {
      double w = axis.scale(b.value(), plotW);
      s.append("<g><title>").append(Html.esc(b.label() + ": " + b.valueText())).append("</title>");
      label(s, b.label(), labelW - 8, y + ROW / 2.0);
      s.append("<rect x=\"").append(labelW).append("\" y=\"").append(f(y + (ROW - BAR) / 2.0))
          .append("\" width=\"").append(f(w)).append("\" height=\"").append(BAR)
          .append("\" fill=\"").append(b.color() == null ? color : b.color()).append("\"/>");
      s.append("<text class=\"v\" x=\"").append(f(labelW + w + 5)).append("\" y=\"")
          .append(f(y + ROW / 2.0)).append("\" dominant-baseline=\"central\">")
          .append(Html.esc(b.valueText())).append("</text></g>");
      y += ROW;
    }
    ticks(s, axis, labelW, plotW, top + bars.size() * ROW, tick);
    return s.append("</svg>").toString();
  }

  /**
   * Horizontal stacked bars with a legend above; the total is written after each bar.
   *
   * @param id unique id within the page
   * @param alt text alternative
   * @param series the stack order, left to right, and the legend
   */
  static String stacked(String id, String alt, List<Series> series, List<Stack> stacks) {
    if (stacks.isEmpty()) {
      return empty(alt);
    }
    long max = 0;
    double labelMax = 30;
    double valueMax = 8;
    for (Stack st : stacks) {
      max = Math.max(max, st.total());
      labelMax = Math.max(labelMax, Math.min(MAX_LABEL_WIDTH, textWidth(st.label())));
      valueMax = Math.max(valueMax, textWidth(Html.num(st.total())));
    }
    int labelW = (int) Math.ceil(labelMax) + 12;
    int valueW = (int) Math.ceil(valueMax) + 12;
    int plotW = WIDTH - labelW - valueW;
    Axis axis = Axis.of(max);

    // legend: swatch + label, flowing over as many lines as needed
    List<double[]> pos = new ArrayList<>();
    double x = 0;
    int line = 0;
    for (Series se : series) {
      double w = 14 + 5 + textWidth(se.label()) + 18;
      if (x > 0 && x + w > WIDTH) {
        x = 0;
        line++;
      }
      pos.add(new double[] {x, line});
      x += w;
    }
    int legendH = (line + 1) * 20 + 6;
    int top = legendH;
    int height = top + stacks.size() * ROW + AXIS;
    StringBuilder s = open(id, alt, height);
    s.append("<g class=\"legend\">");
    for (int i = 0; i < series.size(); i++) {
      Series se = series.get(i);
      double lx = pos.get(i)[0];
      double ly = pos.get(i)[1] * 20;
      s.append("<rect x=\"").append(f(lx)).append("\" y=\"").append(f(ly + 3))
          .append("\" width=\"14\" height=\"14\" fill=\"").append(se.color()).append("\"/>");
      s.append("<text x=\"").append(f(lx + 19)).append("\" y=\"").append(f(ly + 10))
          .append("\" dominant-baseline=\"central\">").append(Html.esc(se.label()))
          .append("</text>");
    }
    s.append("</g>");
    grid(s, axis, labelW, plotW, top, stacks.size() * ROW);
    int y = top;
    for (Stack st : stacks) {
      s.append("<g>");
      label(s, st.label(), labelW - 8, y + ROW / 2.0);
      double bx = labelW;
      for (Series se : series) {
        Long v = st.values().get(se.key());
        if (v == null || v <= 0) {
          continue;
        }
        double w = axis.scale(v, plotW);
        s.append("<rect x=\"").append(f(bx)).append("\" y=\"").append(f(y + (ROW - BAR) / 2.0))
            .append("\" width=\"").append(f(w)).append("\" height=\"").append(BAR)
            .append("\" fill=\"").append(se.color()).append("\"><title>")
            .append(Html.esc(st.label() + " – " + se.label() + ": " + Html.num(v)))
            .append("</title></rect>");
        bx += w;
      }
      s.append("<text class=\"v\" x=\"").append(f(bx + 5)).append("\" y=\"")
          .append(f(y + ROW / 2.0)).append("\" dominant-baseline=\"central\">")
          .append(Html.num(st.total())).append("</text></g>");
      y += ROW;
    }
    ticks(s, axis, labelW, plotW, top + stacks.size() * ROW, Html::num);
    return s.append("</svg>").toString();
  }

  private static String empty(String alt) {
    return "<p class=\"nodata\">" + Html.esc(alt) + ": nothing to show.</p>";
  }

  private static StringBuilder open(String id, String alt, int height) {
    StringBuilder s = new StringBuilder(4096);
    s.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"").append(Html.esc(id))
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" font-size=\"12\"><title id=\"").append(Html.esc(id)).append("\">")
        .append(Html.esc(alt)).append("</title>");
    return s;
  }

  private static void label(StringBuilder s, String label, int right, double cy) {
    String shown = label;
    if (textWidth(label) > MAX_LABEL_WIDTH) {
      int n = label.length();
      while (n > 1 && textWidth(label.substring(0, n) + "…") > MAX_LABEL_WIDTH) {
        n--;
      }
      shown = label.substring(0, n) + "…";
    }
    s.append("<text class=\"l\" x=\"").append(right).append("\" y=\"").append(f(cy))
        .append("\" text-anchor=\"end\" dominant-baseline=\"central\">").append(Html.esc(shown))
        .append("</text>");
  }

  private static void grid(StringBuilder s, Axis axis, int left, int plotW, int top, int h) {
    s.append("<g class=\"grid\">");
    for (long t = 0; t <= axis.max(); t += axis.step()) {
      double gx = left + axis.scale(t, plotW);
      s.append("<line x1=\"").append(f(gx)).append("\" x2=\"").append(f(gx)).append("\" y1=\"")
          .append(top).append("\" y2=\"").append(top + h).append("\"/>");
    }
    s.append("</g>");
  }

  private static void ticks(StringBuilder s, Axis axis, int left, int plotW, int y,
      LongFunction<String> tick) {
    s.append("<g class=\"ticks\">");
    for (long t = 0; t <= axis.max(); t += axis.step()) {
      double tx = left + axis.scale(t, plotW);
      s.append("<text x=\"").append(f(tx)).append("\" y=\"").append(y + 14)
          .append("\" text-anchor=\"middle\">").append(Html.esc(tick.apply(t))).append("</text>");
    }
    s.append("</g>");
  }

  /** A value axis from 0 with 2–6 round steps. */
  record Axis(long max, long step) {
    static Axis of(long max) {
      if (max <= 0) {
        return new Axis(1, 1);
      }
      double raw = max / 4.0;
      long mag = 1;
      while (mag * 10 <= raw) {
        mag *= 10;
      }
      long step = mag;
      for (long m : new long[] {1, 2, 5, 10}) {
        if (mag * m >= raw) {
          step = mag * m;
          break;
        }
      }
      step = Math.max(1, step);
      long top = ((max + step - 1) / step) * step;
      return new Axis(top, step);
    }

    double scale(long v, int plotW) {
      return (double) v / max * plotW;
    }
  }

  /**
   * Estimated width in pixels of a 12px label in the widest common sans-serif fallback (DejaVu
   * Sans): generous, so that labels are not clipped whichever font the viewer has.
   */
  static double textWidth(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("iljft!|.,:;'()[] ".indexOf(c) >= 0) {
        w += 4.3;
      } else if (c == 'm' || c == 'w') {
        w += 10.8;
      } else if (c == 'M' || c == 'W') {
        w += 11.6;
      } else if (Character.isUpperCase(c)) {
        w += 8.7;
      } else if (Character.isDigit(c)) {
        w += 7.7;
      } else if (c == '_' || c == '-' || c == 'r') {
        w += 6.2;
      } else {
        w += 7.4;
      }
    }
    return w;
  }

  private static String f(double d) {
    String s = String.format(Locale.ROOT, "%.1f", d);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
