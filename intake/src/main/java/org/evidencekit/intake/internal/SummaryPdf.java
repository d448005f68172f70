package org.evidencekit.intake.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.evidencekit.anonymise.counts.PublishedTable;

/**
 * summary.pdf, tagged for PDF/UA-1: the title (H1), the introduction and the disclosure rule,
 * then per block a heading (H2), a sentence, the bar chart drawn as vector graphics (a Figure with
 * its alternative text) on the left and its table (Table, TR, TH with scope, TD) beside it on the
 * right, both starting at the same height on one page. A table too wide or too long to stand
 * beside its chart on a page goes under it, and the page says so.
 */
public final class SummaryPdf {
  private static final float BODY = 10;
  private static final float TABLE = 9;

  private SummaryPdf() {}

  public static void write(SummaryModel m, String language, OutputStream out) throws IOException {
    try (TaggedPdf pdf = new TaggedPdf(m.title(), language)) {
      float x = TaggedPdf.MARGIN;
      float width = TaggedPdf.WIDTH - 2 * TaggedPdf.MARGIN;
      pdf.paragraph("H1", pdf.document, pdf.bold, 18, m.title(), x, width);
      pdf.paragraph("P", pdf.document, pdf.regular, BODY, m.subtitle(), x, width);
      for (String p : m.intro()) {
        pdf.paragraph("P", pdf.document, pdf.regular, BODY, p, x, width);
      }
      pdf.paragraph("P", pdf.document, pdf.bold, BODY, m.rule(), x, width);
      for (SummaryModel.Block b : m.blocks()) {
        PublishedTable t = b.table();
        float chartH = b.chart() ? t.rows().size() * 16 + 8 : 0;
        float chartW = width * 0.52f;
        float gap = 16;
        float tableX = x + chartW + gap;
        float tableW = width - chartW - gap;
        boolean beside = b.chart() && fitsBeside(pdf, t, tableW)
            && Math.max(chartH, tableHeight(pdf, t, tableW)) + 80 < TaggedPdf.HEIGHT - 2 * TaggedPdf.MARGIN;
        float pairH = beside ? Math.max(chartH, tableHeight(pdf, t, tableW)) : chartH + 40;
        pdf.need(40 + pairH);
        pdf.y -= 8;
        PDStructureElement sect = pdf.element("Sect", pdf.document);
        pdf.paragraph("H2", sect, pdf.bold, 13, b.heading(), x, width);
        pdf.paragraph("P", sect, pdf.regular, BODY, b.text(), x, width);
        if (beside) {
          pdf.need(pairH);
          float top = pdf.y;
          chart(pdf, sect, b, x, chartW, chartH);
          float chartBottom = pdf.y;
          pdf.y = top;
          table(pdf, sect, t, tableX, tableW);
          pdf.y = Math.min(pdf.y, chartBottom);
        } else {
          if (b.chart()) {
            chart(pdf, sect, b, x, width, chartH);
          }
          table(pdf, sect, t, x, width);
          if (b.chart()) {
            pdf.paragraph("P", sect, pdf.regular, BODY - 1, "The chart's data is in the table under it: the two do not"
                + " fit side by side on a page.", x, width);
          }
        }
        for (String n : b.notes()) {
          pdf.paragraph("P", sect, pdf.regular, BODY - 1, n, x, width);
        }
      }
      pdf.save(out);
    }
  }

  private static void chart(TaggedPdf pdf, PDStructureElement parent, SummaryModel.Block b, float x, float width,
      float height) throws IOException {
    PublishedTable t = b.table();
    long max = 1;
    for (int r = 0; r < t.rows().size(); r++) {
      OptionalLong v = t.cell(r, 0).value();
      if (v.isPresent()) {
        max = Math.max(max, v.getAsLong());
      }
    }
    float labelW = Math.min(200, width * 0.45f);
    float barsW = width - labelW - 40;
    float top = pdf.y;
    PDStructureElement fig = pdf.element("Figure", parent);
    fig.setAlternateDescription(b.alt());
    fig.addAttribute(TaggedPdf.bbox(x, top - height, width, height));
    PDPageContentStream cs = pdf.begin(fig);
    for (int r = 0; r < t.rows().size(); r++) {
      float base = top - 4 - (r + 1) * 16;
      OptionalLong v = t.cell(r, 0).value();
      float w = v.isPresent() ? (float) (barsW * (double) v.getAsLong() / max) : 0;
      String label = fit(SummaryHtml.abbreviate(t.rows().get(r), 40), pdf.regular, 8, labelW - 6);
      float lw = pdf.regular.getStringWidth(label) / 1000 * 8;
      cs.beginText();
      cs.setFont(pdf.regular, 8);
      cs.newLineAtOffset(x + labelW - 6 - lw, base + 3);
      cs.showText(label);
      cs.endText();
      if (w > 0) {
        cs.setNonStrokingColor(0.114f, 0.439f, 0.722f);
        cs.addRect(x + labelW, base, w, 12);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
      }
      cs.beginText();
      cs.setFont(pdf.regular, 8);
      cs.newLineAtOffset(x + labelW + w + 4, base + 3);
      cs.showText(t.cell(r, 0).display());
      cs.endText();
    }
    pdf.end();
    pdf.y = top - height - 6;
  }

  private static void table(TaggedPdf pdf, PDStructureElement parent, PublishedTable t, float x, float width)
      throws IOException {
    List<String> heads = heads(t);
    float valueW = valueWidth(pdf, heads, width);
    float labelW = width - valueW * heads.size();
    float size = TABLE;
    float lead = size * 1.3f;
    PDStructureElement table = pdf.element("Table", parent);
    pdf.need(lead * 3);
    // The header row.
    PDStructureElement tr = pdf.element("TR", table);
    float rowTop = pdf.y;
    PDStructureElement corner = pdf.element("TH", tr);
    corner.addAttribute(TaggedPdf.scope(PDTableAttributeObject.SCOPE_COLUMN));
    pdf.line(corner, pdf.bold, size, x + 2, rowTop - lead, " ");
    for (int c = 0; c < heads.size(); c++) {
      PDStructureElement th = pdf.element("TH", tr);
      th.addAttribute(TaggedPdf.scope(PDTableAttributeObject.SCOPE_COLUMN));
      pdf.line(th, pdf.bold, size, x + labelW + c * valueW + 2, rowTop - lead, heads.get(c));
    }
    pdf.y = rowTop - lead - 4;
    rule(pdf, x, pdf.y + 2, width);
    int rows = t.rows().size() + (t.hasColumnTotals() ? 1 : 0);
    for (int r = 0; r < rows; r++) {
      boolean totals = r == t.rows().size();
      String label = totals ? "Total" : t.rows().get(r);
      List<String> lines = TaggedPdf.wrap(label, pdf.regular, size, labelW - 6);
      float h = lines.size() * lead + 4;
      if (pdf.y - h < TaggedPdf.MARGIN) {
        pdf.newPage();
      }
      rowTop = pdf.y;
      tr = pdf.element("TR", table);
      PDStructureElement th = pdf.element("TH", tr);
      th.addAttribute(TaggedPdf.scope(PDTableAttributeObject.SCOPE_ROW));
      float yy = rowTop;
      for (String l : lines) {
        yy -= lead;
        pdf.line(th, totals ? pdf.bold : pdf.regular, size, x + 2, yy, l);
      }
      for (int c = 0; c < heads.size(); c++) {
        String v;
        if (totals) {
          v = c < t.columns().size() ? t.columnTotal(c).display() : t.total().display();
        } else {
          v = c < t.columns().size() ? t.cell(r, c).display() : t.rowTotal(r).display();
        }
        PDStructureElement td = pdf.element("TD", tr);
        pdf.line(td, pdf.regular, size, x + labelW + c * valueW + 2, rowTop - lead, v);
      }
      pdf.y = rowTop - h;
      rule(pdf, x, pdf.y + 2, width);
    }
    pdf.y -= 8;
  }

  private static List<String> heads(PublishedTable t) {
    List<String> heads = new ArrayList<>(t.columns());
    if (t.hasRowTotals()) {
      heads.add("Total");
    }
    return heads;
  }

  /** A value column's width: as on a full-width page (80), or as wide as its heading needs when narrower. */
  private static float valueWidth(TaggedPdf pdf, List<String> heads, float width) throws IOException {
    if (width > 400) {
      return 80;
    }
    float w = 40;
    for (String h : heads) {
      w = Math.max(w, pdf.bold.getStringWidth(h) / 1000 * TABLE + 10);
    }
    return w;
  }

  /** Whether the table's labels keep a readable column in {@code width}. */
  private static boolean fitsBeside(TaggedPdf pdf, PublishedTable t, float width) throws IOException {
    List<String> heads = heads(t);
    return width - valueWidth(pdf, heads, width) * heads.size() >= 90;
  }

  /** The height {@link #table} takes in {@code width}. */
  private static float tableHeight(TaggedPdf pdf, PublishedTable t, float width) throws IOException {
    List<String> heads = heads(t);
    float labelW = width - valueWidth(pdf, heads, width) * heads.size();
    float lead = TABLE * 1.3f;
    float h = lead + 4;
    int rows = t.rows().size() + (t.hasColumnTotals() ? 1 : 0);
    for (int r = 0; r < rows; r++) {
      String label = r == t.rows().size() ? "Total" : t.rows().get(r);
      h += TaggedPdf.wrap(label, pdf.regular, TABLE, labelW - 6).size() * lead + 4;
    }
    return h + 8;
  }

  private static void rule(TaggedPdf pdf, float x, float y, float width) throws IOException {
    PDPageContentStream cs = pdf.artifact();
    cs.setStrokingColor(0.7f, 0.7f, 0.7f);
    cs.setLineWidth(0.5f);
    cs.moveTo(x, y);
    cs.lineTo(x + width, y);
    cs.stroke();
    cs.setStrokingColor(0f, 0f, 0f);
    cs.endMarkedContent();
  }

  private static String fit(String s, PDFont font, float size, float width) throws IOException {
    String t = s;
    while (t.length() > 4 && font.getStringWidth(t) / 1000 * size > width) {
      t = t.substring(0, t.length() - 2) + "…";
      t = t.replace("……", "…");
    }
    return t;
  }
}
