package org.evidencekit.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF as normalised text for golden files: page by page, the text PDFBox extracts (lines
 * trimmed, runs of spaces collapsed, blank lines dropped) and the form fields whose widgets are on
 * the page (type, name, accessible name, flags, value); then the structure tree's element types as
 * an indented outline.
 */
final class PdfDump {
  private PdfDump() {}

  static String of(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StringBuilder out = new StringBuilder();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      int n = doc.getNumberOfPages();
      for (int i = 1; i <= n; i++) {
        out.append("=== page ").append(i).append(" of ").append(n).append(" ===\n");
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        for (String line : stripper.getText(doc).split("\\R")) {
          String l = line.strip().replaceAll(" {2,}", " ");
          if (!l.isEmpty()) {
            out.append(l).append('\n');
          }
        }
        PDPage page = doc.getPage(i - 1);
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationWidget) {
            var d = a.getCOSObject();
            out.append("[field ")
                .append(d.getNameAsString(COSName.FT))
                .append(d.getInt(COSName.FF, 0) == 0 ? "" : " ff=" + d.getInt(COSName.FF))
                .append(d.getInt(COSName.MAX_LEN, -1) < 0 ? "" : " maxlen=" + d.getInt(COSName.MAX_LEN))
                .append("] ")
                .append(d.getString(COSName.T))
                .append(" | ")
                .append(d.getString(COSName.TU));
            if (d.getDictionaryObject(COSName.V) != null) {
              var v = d.getDictionaryObject(COSName.V);
              out.append(" = ").append(v instanceof COSName ? ((COSName) v).getName() : d.getString(COSName.V));
            }
            out.append('\n');
          }
        }
      }
      out.append("=== structure ===\n");
      outline(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), 0, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void outline(List<Object> kids, int depth, StringBuilder out) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement) {
        PDStructureElement e = (PDStructureElement) kid;
        out.append("  ".repeat(depth)).append(e.getStructureType());
        if (e.getActualText() != null) {
          out.append(" ActualText=\"").append(e.getActualText()).append('"');
        }
        out.append('\n');
        outline(((PDStructureNode) e).getKids(), depth + 1, out);
      }
    }
  }
}
