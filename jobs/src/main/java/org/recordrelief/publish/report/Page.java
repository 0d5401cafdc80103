package org.recordrelief.publish.report;

import java.util.List;

/** The shared frame of both pages: document head with the inline style sheet, header, footer. */
final class Page {
  private Page() {}

  static final String CSS = """
      :root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--head:#12395b}
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%}
      body{margin:0;color:var(--ink);background:#fff;
        font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,
        "Liberation Sans","DejaVu Sans",sans-serif}
      header.top{background:var(--head);color:#fff;padding:22px 0 18px}
      header.top .wrap,main,footer{max-width:1240px;margin:0 auto;padding-left:32px;
        padding-right:32px}
      header.top h1{margin:0 0 2px;font-size:27px;line-height:1.25}
      header.top .sub{margin:0 0 10px;color:#d6e4f0;font-size:15px}
      .meta{display:flex;flex-wrap:wrap;gap:4px 28px;margin:0;font-size:14px}
      .meta div{display:flex;gap:6px}
      .meta dt{color:#b9cde0}
      .meta dd{margin:0;font-weight:600}
      nav.toc{margin:14px 0 0;font-size:14px}
      nav.toc ul{display:flex;flex-wrap:wrap;gap:2px 18px;list-style:none;margin:0;padding:0}
      nav.toc a{color:#fff}
      main{padding-top:6px;padding-bottom:24px}
      section{border-bottom:1px solid var(--line);padding:4px 0 18px}
      h2{font-size:21px;margin:22px 0 6px;line-height:1.3}
      h3{font-size:16px;margin:16px 0 6px}
      p{margin:6px 0 10px;max-width:90ch}
      .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(178px,1fr));gap:12px;
        margin:14px 0 6px}
      .card{border:1px solid var(--line);border-left:5px solid var(--head);border-radius:6px;
        padding:9px 14px;background:var(--soft)}
      .card .big{display:block;font-size:25px;font-weight:650;line-height:1.2;
        font-variant-numeric:tabular-nums}
      .card .what{display:block;font-size:13px;color:var(--muted);line-height:1.35}
      .card.warn{border-left-color:#E69F00}
      .card.good{border-left-color:#009E73}
      .pair{display:grid;grid-template-columns:minmax(0,640px) minmax(0,1fr);gap:10px 32px;
        align-items:start}
      @media (max-width:1060px){.pair{grid-template-columns:minmax(0,1fr)}}
      figure{margin:8px 0 4px}
      figcaption{font-weight:600;font-size:14px;margin:0 0 6px}
      svg.chart{display:block;max-width:100%;height:auto}
      svg.chart text{fill:var(--ink);font-family:inherit}
      svg.chart .grid line{stroke:#e3e7eb;stroke-width:1}
      svg.chart .ticks text{fill:var(--muted);font-size:11px}
      svg.chart rect{shape-rendering:crispEdges}
      .scroll{overflow-x:auto;max-width:100%}
      table{border-collapse:collapse;font-size:13.5px;margin:4px 0 10px}
      caption{text-align:left;font-weight:600;font-size:14px;padding:2px 0 6px;
        caption-side:top}
      th,td{border-bottom:1px solid var(--line);padding:3px 10px;text-align:left;
        vertical-align:top}
      thead th{background:var(--soft);border-bottom:2px solid #aeb7c0;font-weight:600;
        vertical-align:bottom}
      tbody th{font-weight:500;white-space:nowrap}
      td code{white-space:nowrap}
      .n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tfoot td,tfoot th{font-weight:650;border-top:2px solid #aeb7c0;border-bottom:none}
      table.wide{font-size:13px}
      table.wide th,table.wide td{padding:2px 8px}
      .ok{color:#116329;font-weight:650}
      .bad{color:#b3261e;font-weight:650}
      .badge{display:inline-block;padding:0 10px;border-radius:10px;font-weight:650}
      .badge.ok{background:#d1f4dc;color:#0b4a1f}
      .badge.bad{background:#ffdcd8;color:#7a1710}
      .sw{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;
        vertical-align:-1px}
      .note,.nodata{color:var(--muted);font-size:13.5px}
      code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:13px}
      dl.defs{display:grid;grid-template-columns:max-content 1fr;gap:3px 16px;margin:8px 0;
        font-size:14px;max-width:100ch}
      dl.defs dt{font-weight:600}
      dl.defs dd{margin:0}
      ul.files{margin:6px 0;padding-left:20px}
      footer{color:var(--muted);font-size:13px;padding-top:10px;padding-bottom:30px}
      @media print{header.top{background:none;color:#000}header.top .sub,.meta dt{color:#333}
        nav.toc{display:none}section{break-inside:avoid-page}}
      """;

  /** {@code <!doctype html>} … {@code <body>} with the title and the style sheet. */
  static void open(Html h, String title) {
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .raw("<title>").text(title).raw("</title>\n<style>\n").raw(CSS).raw("</style>\n")
        .raw("</head>\n<body>\n");
  }

  /** The dark header: heading, subtitle and key/value facts (text escaped). */
  static void header(Html h, String heading, String sub, List<String[]> facts,
      List<String[]> toc) {
    h.raw("<header class=\"top\"><div class=\"wrap\">\n<h1>").text(heading).raw("</h1>\n");
    if (sub != null) {
      h.raw("<p class=\"sub\">").text(sub).raw("</p>\n");
    }
    h.raw("<dl class=\"meta\">");
    for (String[] f : facts) {
      h.raw("<div><dt>").text(f[0]).raw("</dt><dd>");
      if (f.length > 2 && f[2] != null) {
        h.raw("<span class=\"badge ").raw(f[2]).raw("\">").text(f[1]).raw("</span>");
      } else {
        h.text(f[1]);
      }
      h.raw("</dd></div>");
    }
    h.raw("</dl>\n");
    if (toc != null && !toc.isEmpty()) {
      h.raw("<nav class=\"toc\" aria-label=\"Sections\"><ul>");
      for (String[] t : toc) {
        h.raw("<li><a href=\"#").text(t[0]).raw("\">").text(t[1]).raw("</a></li>");
      }
      h.raw("</ul></nav>\n");
    }
    h.raw("</div></header>\n<main>\n");
  }

  /** A figure card: big number and what it counts. */
  static String card(long n, String what, String kind) {
    return "<div class=\"card" + (kind == null ? "" : " " + kind) + "\"><span class=\"big\">"
        + Html.num(n) + "</span><span class=\"what\">" + Html.esc(what) + "</span></div>";
  }

  /** A chart with its caption, and the table of its numbers beside (wide screens) or below. */
  static void chartAndTable(Html h, String caption, String svg, Table table) {
    h.raw("<div class=\"pair\"><figure><figcaption>").text(caption).raw("</figcaption>")
        .raw(svg).raw("</figure>\n<div>").raw(table.html()).raw("</div></div>\n");
  }

  /** A chart above its table (for wide tables). */
  static void chartThenTable(Html h, String caption, String svg, Table table) {
    h.raw("<figure><figcaption>").text(caption).raw("</figcaption>").raw(svg)
        .raw("</figure>\n").raw(table.html());
  }

  /** A colour swatch followed by a label (for table headers and legends). */
  static Table.Markup swatch(String color, String label) {
    return new Table.Markup("<span class=\"sw\" style=\"background:" + color
        + "\" aria-hidden=\"true\"></span>" + Html.esc(label), false);
  }

  static void close(Html h, String footer) {
    h.raw("</main>\n<footer><p>").text(footer).raw("</p></footer>\n</body>\n</html>\n");
  }
}
