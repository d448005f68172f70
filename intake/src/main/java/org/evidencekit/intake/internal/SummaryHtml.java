package org.evidencekit.intake.internal;

import java.util.OptionalLong;
import org.evidencekit.anonymise.counts.PublishedTable;

/**
 * summary.html: one self-contained page (UTF-8, style inline, no script, nothing fetched). Each
 * chart is an inline SVG drawn here (labelled, with its alternative text) with its data as a
 * table beside it; only published numbers appear, as published.
 */
public final class SummaryHtml {
  private SummaryHtml() {}

  public static String render(SummaryModel m, String language) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(m.title())).append("</title>\n<style>\n")
        .append("body{font-family:Arial,'Liberation Sans',sans-serif;color:#0b0c0c;max-width:72rem;margin:2rem auto;"
            + "padding:0 1rem;line-height:1.4}\n")
        .append("section{border-top:1px solid #b1b4b6;margin-top:1.5rem;padding-top:.5rem}\n")
        .append(".pair{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}\n")
        .append("figure{margin:0;flex:1 1 24rem}\nfigcaption{font-size:.9rem;color:#505a5f}\n")
        .append("table{border-collapse:collapse;flex:1 1 20rem}\nth,td{border:1px solid #b1b4b6;padding:.25rem .5rem;"
            + "text-align:left}\ntd.n{text-align:right}\n.rule{background:#f3f2f1;padding:.75rem}\n")
        .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(esc(m.title())).append("</h1>\n<p>")
        .append(esc(m.subtitle())).append("</p>\n");
    for (String p : m.intro()) {
      h.append("<p>").append(esc(p)).append("</p>\n");
    }
    h.append("<p class=\"rule\">").append(esc(m.rule())).append("</p>\n");
    int n = 0;
    for (SummaryModel.Block b : m.blocks()) {
      n++;
      String id = "b" + n;
      h.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
          .append(esc(b.heading())).append("</h2>\n<p>").append(esc(b.text())).append("</p>\n<div class=\"pair\">\n");
      if (b.chart()) {
        svg(h, b, id);
      }
      table(h, b.table(), b.heading());
      h.append("</div>\n");
      for (String note : b.notes()) {
        h.append("<p>").append(esc(note)).append("</p>\n");
      }
      h.append("</section>\n");
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void svg(StringBuilder h, SummaryModel.Block b, String id) {
    PublishedTable t = b.table();
    int rows = t.rows().size();
    long max = 1;
    for (int r = 0; r < rows; r++) {
      OptionalLong v = t.cell(r, 0).value();
      if (v.isPresent()) {
        max = Math.max(max, v.getAsLong());
      }
    }
    int barH = 18;
    int gap = 6;
    int labelW = 220;
    int chartW = 260;
    int height = rows * (barH + gap) + gap;
    h.append("<figure>\n<svg role=\"img\" aria-labelledby=\"").append(id).append("t\" width=\"100%\" viewBox=\"0 0 ")
        .append(labelW + chartW + 90).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n")
        .append("<title id=\"").append(id).append("t\">").append(esc(b.alt())).append("</title>\n");
    for (int r = 0; r < rows; r++) {
      int y = gap + r * (barH + gap);
      OptionalLong v = t.cell(r, 0).value();
      h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + barH - 5)
          .append("\" text-anchor=\"end\" font-size=\"12\">").append(esc(abbreviate(t.rows().get(r), 34)))
          .append("</text>\n");
      int w = v.isPresent() ? (int) Math.round(chartW * (double) v.getAsLong() / max) : 0;
      if (w > 0) {
        h.append("<rect x=\"").append(labelW).append("\" y=\"").append(y).append("\" width=\"").append(w)
            .append("\" height=\"").append(barH).append("\" fill=\"#1d70b8\"/>\n");
      }
      h.append("<text x=\"").append(labelW + w + 4).append("\" y=\"").append(y + barH - 5)
          .append("\" font-size=\"12\">").append(esc(t.cell(r, 0).display())).append("</text>\n");
    }
    h.append("</svg>\n<figcaption>").append(esc(b.heading())).append(": the table beside it (under it on a narrow"
        + " screen) gives the same numbers.")
        .append("</figcaption>\n</figure>\n");
  }

  private static void table(StringBuilder h, PublishedTable t, String caption) {
    h.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr><th scope=\"col\"></th>");
    for (String c : t.columns()) {
      h.append("<th scope=\"col\">").append(esc(c)).append("</th>");
    }
    if (t.hasRowTotals()) {
      h.append("<th scope=\"col\">Total</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < t.rows().size(); r++) {
      h.append("<tr><th scope=\"row\">").append(esc(t.rows().get(r))).append("</th>");
      for (int c = 0; c < t.columns().size(); c++) {
        h.append("<td class=\"n\">").append(esc(t.cell(r, c).display())).append("</td>");
      }
      if (t.hasRowTotals()) {
        h.append("<td class=\"n\">").append(esc(t.rowTotal(r).display())).append("</td>");
      }
      h.append("</tr>\n");
    }
    if (t.hasColumnTotals()) {
      h.append("<tr><th scope=\"row\">Total</th>");
      for (int c = 0; c < t.columns().size(); c++) {
        h.append("<td class=\"n\">").append(esc(t.columnTotal(c).display())).append("</td>");
      }
      if (t.hasRowTotals()) {
        h.append("<td class=\"n\">").append(esc(t.total().display())).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
