package org.evidencekit.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A small writer of tagged PDF (PDF/UA-1): A4 pages, text in an embedded font (Liberation Sans),
 * every piece of content either in a structure element (headings, paragraphs, tables, figures with
 * their alternative text) or marked as an artifact; the language, title and PDF/UA identification
 * set. Not thread-safe: one per document.
 */
final class TaggedPdf implements AutoCloseable {
  static final float WIDTH = PDRectangle.A4.getWidth();
  static final float HEIGHT = PDRectangle.A4.getHeight();
  static final float MARGIN = 56;

  final PDDocument doc = new PDDocument();
  final PDFont regular;
  final PDFont bold;
  private final PDStructureTreeRoot root = new PDStructureTreeRoot();
  final PDStructureElement document;
  private final COSArray nums = new COSArray();
  private PDPage page;
  private PDPageContentStream cs;
  private COSArray parents;
  private int mcid;
  private int pages;
  float y;

  TaggedPdf(String title, String language) throws IOException {
    regular = font("LiberationSans-Regular.ttf");
    bold = font("LiberationSans-Bold.ttf");
    PDDocumentCatalog cat = doc.getDocumentCatalog();
    cat.setStructureTreeRoot(root);
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    cat.setMarkInfo(mark);
    cat.setLanguage(language);
    PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
    prefs.setDisplayDocTitle(true);
    cat.setViewerPreferences(prefs);
    doc.getDocumentInformation().setTitle(title);
    doc.getDocumentInformation().setProducer("EvidenceKit with Apache PDFBox");
    PDMetadata meta = new PDMetadata(doc);
    meta.importXMPMetadata(xmp(title, language));
    cat.setMetadata(meta);
    document = new PDStructureElement("Document", root);
    root.appendKid(document);
    newPage();
  }

  private PDFont font(String name) throws IOException {
    try (InputStream in = TaggedPdf.class.getResourceAsStream("fonts/" + name)) {
      if (in == null) {
        throw new IOException("font missing: " + name);
      }
      return PDType0Font.load(doc, in, true);
    }
  }

  void newPage() throws IOException {
    if (cs != null) {
      cs.close();
    }
    page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    page.setStructParents(pages);
    parents = new COSArray();
    nums.add(COSInteger.get(pages));
    nums.add(parents);
    pages++;
    mcid = 0;
    cs = new PDPageContentStream(doc, page);
    y = HEIGHT - MARGIN;
  }

  /** Makes room for {@code height} points, starting a page if there is not. */
  void need(float height) throws IOException {
    if (y - height < MARGIN) {
      newPage();
    }
  }

  PDStructureElement element(String type, PDStructureNode parent) {
    PDStructureElement e = new PDStructureElement(type, parent);
    parent.appendKid(e);
    e.setPage(page);
    return e;
  }

  /** Starts content belonging to {@code e} (on this page); end it with {@link #end}. */
  PDPageContentStream begin(PDStructureElement e) throws IOException {
    if (e.getPage() == null) {
      e.setPage(page);
    }
    cs.beginMarkedContent(COSName.getPDFName(e.getStructureType()), mcid);
    e.appendKid(mcid);
    parents.add(e);
    mcid++;
    return cs;
  }

  void end() throws IOException {
    cs.endMarkedContent();
  }

  /** Content that is decoration only (a rule, a border). */
  PDPageContentStream artifact() throws IOException {
    cs.beginMarkedContent(COSName.ARTIFACT);
    return cs;
  }

  /** One line of text, as content of {@code e}. */
  void line(PDStructureElement e, PDFont font, float size, float x, float baseline, String text) throws IOException {
    PDPageContentStream c = begin(e);
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, baseline);
    c.showText(text);
    c.endText();
    end();
  }

  /** Text wrapped to {@code width}, one element of {@code type} under {@code parent}, from the cursor down. */
  void paragraph(String type, PDStructureNode parent, PDFont font, float size, String text, float x, float width)
      throws IOException {
    List<String> lines = wrap(text, font, size, width);
    float lead = size * 1.35f;
    need(lead * Math.min(lines.size(), 3));
    PDStructureElement e = element(type, parent);
    for (String l : lines) {
      if (y - lead < MARGIN) {
        newPage();
        e = element(type, parent);
      }
      y -= lead;
      line(e, font, size, x, y, l);
    }
    y -= size * 0.6f;
  }

  static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String w : text.split("\\s+")) {
      String next = cur.length() == 0 ? w : cur + " " + w;
      if (cur.length() > 0 && font.getStringWidth(next) / 1000 * size > width) {
        out.add(cur.toString());
        cur = new StringBuilder(w);
      } else {
        cur = new StringBuilder(next);
      }
    }
    if (cur.length() > 0 || out.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }

  static PDTableAttributeObject scope(String scope) {
    PDTableAttributeObject a = new PDTableAttributeObject();
    a.setScope(scope);
    return a;
  }

  static PDLayoutAttributeObject bbox(float x, float y, float w, float h) {
    PDLayoutAttributeObject a = new PDLayoutAttributeObject();
    a.setBBox(new PDRectangle(x, y, w, h));
    return a;
  }

  void save(OutputStream out) throws IOException {
    cs.close();
    cs = null;
    COSDictionary tree = new COSDictionary();
    tree.setItem(COSName.NUMS, nums);
    root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
    root.setParentTreeNextKey(pages);
    doc.save(out);
  }

  @Override
  public void close() throws IOException {
    if (cs != null) {
      cs.close();
    }
    doc.close();
  }

  private static byte[] xmp(String title, String language) {
    String t = SummaryHtml.esc(title);
    String x = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        + "   <dc:format>application/pdf</dc:format>\n"
        + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + t + "</rdf:li></rdf:Alt></dc:title>\n"
        + "   <dc:language><rdf:Bag><rdf:li>" + SummaryHtml.esc(language) + "</rdf:li></rdf:Bag></dc:language>\n"
        + "  </rdf:Description>\n"
        + "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        + "   <pdf:Producer>EvidenceKit with Apache PDFBox</pdf:Producer>\n"
        + "  </rdf:Description>\n"
        + "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        + "   <pdfuaid:part>1</pdfuaid:part>\n"
        + "  </rdf:Description>\n"
        + " </rdf:RDF>\n"
        + "</x:xmpmeta>\n"
        + "<?xpacket end=\"r\"?>";
    return x.getBytes(StandardCharsets.UTF_8);
  }
}
