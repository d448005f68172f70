package org.evidencekit.redact.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.evidencekit.redact.internal.GlyphCollector.Glyph;
import org.evidencekit.redact.internal.GlyphCollector.Stream;

/**
 * Redacts a PDF: the glyphs of every personal detail are removed from the content streams that
 * show them (the string split, a TJ adjustment keeping the rest in place) and a black box drawn
 * where they were; the document information, XMP metadata, annotations, form fields, attachments,
 * JavaScript and other actions are removed; strings outside the content (bookmarks, alt text,
 * structure) are redacted too; the document is saved whole, so earlier revisions are gone. In a
 * review, the details are highlighted and labelled instead. Pages with images and no visible text
 * (scans) are reported as needing a person.
 */
public final class PdfRedactor {
  private static final Set<String> SHOW = Set.of("Tj", "TJ", "'", "\"");
  private static final Set<String> RISKY_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm",
      "ImportData", "ResetForm", "Rendition", "GoToE", "GoToR", "Sound", "Movie");
  private static final Set<COSName> SECRET_KEYS = Set.of(COSName.getPDFName("ID"), COSName.O,
      COSName.U, COSName.getPDFName("OE"), COSName.getPDFName("UE"), COSName.getPDFName("Perms"));

  private final Finder finder;

  public PdfRedactor(Finder finder) {
    this.finder = finder;
  }

  /** A page: its glyphs in the order shown, its text and which glyph each char came from. */
  private static final class PageText {
    final int number;
    final PDPage page;
    final List<Glyph> glyphs;
    final StringBuilder text = new StringBuilder();
    final List<Integer> charGlyph = new ArrayList<>();
    final int images;

    PageText(int number, PDPage page, GlyphCollector c) {
      this.number = number;
      this.page = page;
      this.glyphs = c.glyphs;
      this.images = c.images;
      Glyph prev = null;
      for (int i = 0; i < glyphs.size(); i++) {
        Glyph g = glyphs.get(i);
        if (prev != null) {
          boolean sameLine = Math.abs(g.baseline - prev.baseline) < 0.5f * Math.min(g.size, prev.size);
          if (!sameLine) {
            put('\n', -1);
          } else if (g.x0 - prev.x1 > 0.2f * prev.size && !prev.text.endsWith(" ") && !g.text.startsWith(" ")) {
            put(' ', -1);
          }
        }
        for (int k = 0; k < g.text.length(); k++) {
          put(g.text.charAt(k), i);
        }
        prev = g;
      }
    }

    private void put(char c, int glyph) {
      text.append(c);
      charGlyph.add(glyph);
    }

    boolean anyVisibleText() {
      for (Glyph g : glyphs) {
        if (g.visible && !g.text.isBlank()) {
          return true;
        }
      }
      return false;
    }
  }

  /** A string outside the content streams (a bookmark, alt text, a structure title). */
  private static final class StringUnit {
    final COSBase parent;
    final Object slot;
    final String text;

    StringUnit(COSBase parent, Object slot, String text) {
      this.parent = parent;
      this.slot = slot;
      this.text = text;
    }

    void set(String value) {
      COSString s = new COSString(value);
      if (parent instanceof COSDictionary) {
        ((COSDictionary) parent).setItem((COSName) slot, s);
      } else {
        ((COSArray) parent).set((Integer) slot, s);
      }
    }
  }

  public Outcome run(byte[] bytes, char[] password, Decisions list, boolean review) {
    PDDocument doc;
    try {
      doc = Loader.loadPDF(bytes, password == null ? "" : new String(password));
    } catch (InvalidPasswordException e) {
      throw new Unusable(password == null || password.length == 0
          ? "the PDF is password-protected: give its password" : "the password does not open the PDF");
    } catch (IOException e) {
      throw new Unusable("not a readable PDF");
    }
    try {
      if (doc.isEncrypted()) {
        doc.setAllSecurityToBeRemoved(true);
      }
      Tally tally = new Tally();
      List<String> names = new ArrayList<>();
      List<String> extra = new ArrayList<>();
      int revisions = countEof(bytes);
      if (!review) {
        clean(doc, tally, names, extra, revisions);
      }
      Map<Object, Stream> streams = GlyphCollector.newStreams();
      List<PageText> pages = new ArrayList<>();
      int n = 0;
      for (PDPage page : doc.getPages()) {
        n++;
        try {
          pages.add(new PageText(n, page, GlyphCollector.collect(page, streams)));
        } catch (IOException | RuntimeException e) {
          throw new Unusable("page " + n + ": its content cannot be read");
        }
      }
      List<StringUnit> strings = review ? List.of() : strings(doc);
      List<String> units = new ArrayList<>();
      pages.forEach(p -> units.add(p.text.toString()));
      strings.forEach(s -> units.add(s.text));
      Finder.Result found = finder.find(units, extra, list, names);

      Map<Glyph, String> marked = new IdentityHashMap<>();
      for (PageText p : pages) {
        List<Hit> hits = found.hits().get(p.number - 1);
        for (Hit h : hits) {
          tally.removed(h.type(), "page " + p.number);
          for (int c = h.start(); c < h.end(); c++) {
            int gi = p.charGlyph.get(c);
            if (gi >= 0) {
              marked.put(p.glyphs.get(gi), h.type());
            }
          }
        }
      }
      Map<Integer, List<float[]>> areas = areas(doc, pages, list, marked, tally);
      for (int i = 0; i < strings.size(); i++) {
        List<Hit> hits = found.hits().get(pages.size() + i);
        if (!hits.isEmpty()) {
          StringUnit s = strings.get(i);
          s.set(DocxRedactor.replace(s.text, hits, null));
          hits.forEach(h -> tally.removed(h.type(), "bookmarks, alt text or structure"));
        }
      }
      for (PageText p : pages) {
        if (p.images > 0) {
          if (!p.anyVisibleText()) {
            tally.needsPerson("page with images and no text (a scan?): its text cannot be checked", "page " + p.number);
          } else {
            tally.notChecked("image", "page " + p.number);
          }
        }
      }
      if (review) {
        for (PageText p : pages) {
          draw(doc, p, marked, areas.getOrDefault(p.number, List.of()), true);
        }
      } else {
        rewrite(doc, pages, marked);
        for (PageText p : pages) {
          draw(doc, p, marked, areas.getOrDefault(p.number, List.of()), false);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      doc.save(out);
      return new Outcome(out.toByteArray(), tally, found.values(), list.keep());
    } catch (IOException e) {
      throw new Unusable("the PDF cannot be redacted: it is damaged");
    } finally {
      try {
        doc.close();
      } catch (IOException e) {
        // nothing was written from it
      }
    }
  }

  static int countEof(byte[] b) {
    int n = 0;
    for (int i = 0; i + 5 <= b.length; i++) {
      if (b[i] == '%' && b[i + 1] == '%' && b[i + 2] == 'E' && b[i + 3] == 'O' && b[i + 4] == 'F') {
        n++;
      }
    }
    return n;
  }

  // ---- hidden data ----

  private static void clean(PDDocument doc, Tally tally, List<String> names, List<String> extra, int revisions)
      throws IOException {
    if (revisions > 1) {
      tally.removed("earlier revision", "file", revisions - 1);
    }
    COSDictionary trailer = doc.getDocument().getTrailer();
    COSDictionary info = trailer.getCOSDictionary(COSName.INFO);
    if (info != null) {
      PDDocumentInformation di = new PDDocumentInformation(info);
      if (di.getAuthor() != null) {
        names.add(di.getAuthor());
      }
      for (COSName key : info.keySet()) {
        String v = info.getString(key);
        if (v != null) {
          extra.add(v);
        }
      }
      if (info.size() > 0) {
        tally.removed("document information (author, title, producer …)", "document properties");
      }
      trailer.removeItem(COSName.INFO);
    }
    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
    COSBase xmp = catalog.getDictionaryObject(COSName.METADATA);
    if (xmp instanceof COSStream) {
      try (var in = ((COSStream) xmp).createInputStream()) {
        extra.add(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]*>", " "));
      }
      tally.removed("XMP metadata", "document properties");
    }
    PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
    if (form != null) {
      int fields = 0;
      for (PDField f : form.getFieldTree()) {
        String v = f.getValueAsString();
        if (v != null && !v.isBlank()) {
          extra.add(v);
        }
        fields++;
      }
      tally.removed("form fields and their values", "document", Math.max(1, fields));
    }
    COSDictionary namesDict = catalog.getCOSDictionary(COSName.NAMES);
    if (namesDict != null) {
      if (namesDict.containsKey(COSName.EMBEDDED_FILES)) {
        tally.removed("attached file", "document");
      }
      if (namesDict.containsKey(COSName.JAVA_SCRIPT)) {
        tally.removed("JavaScript", "document");
      }
      namesDict.removeItem(COSName.EMBEDDED_FILES);
      namesDict.removeItem(COSName.JAVA_SCRIPT);
    }
    if (catalog.containsKey(COSName.OPEN_ACTION) || catalog.containsKey(COSName.AA)) {
      tally.removed("action on opening (JavaScript …)", "document");
    }
    for (COSName key : List.of(COSName.METADATA, COSName.OPEN_ACTION, COSName.AA, COSName.ACRO_FORM,
        COSName.getPDFName("PieceInfo"), COSName.THREADS, COSName.getPDFName("SpiderInfo"),
        COSName.PERMS, COSName.getPDFName("Legal"), COSName.getPDFName("AF"), COSName.getPDFName("Collection"))) {
      catalog.removeItem(key);
    }
    int number = 0;
    for (PDPage page : doc.getPages()) {
      number++;
      List<PDAnnotation> annots = page.getAnnotations();
      for (PDAnnotation a : annots) {
        COSDictionary d = a.getCOSObject();
        String t = d.getString(COSName.T);
        if (t != null) {
          names.add(t);
        }
        for (COSName k : List.of(COSName.CONTENTS, COSName.getPDFName("RC"), COSName.T)) {
          String v = d.getString(k);
          if (v != null) {
            extra.add(v);
          }
        }
        COSBase subtype = d.getDictionaryObject(COSName.SUBTYPE);
        String kind = subtype instanceof COSName ? ((COSName) subtype).getName() : "annotation";
        tally.removed(kind.equals("Widget") ? "form field" : "annotation (" + kind + ")", "page " + number);
      }
      COSDictionary pd = page.getCOSObject();
      for (COSName key : List.of(COSName.ANNOTS, COSName.AA, COSName.METADATA, COSName.getPDFName("PieceInfo"),
          COSName.getPDFName("Thumb"), COSName.B, COSName.getPDFName("AF"))) {
        pd.removeItem(key);
      }
    }
  }

  /** Every string outside the content streams that reads as text, with metadata and actions removed on the way. */
  private static List<StringUnit> strings(PDDocument doc) {
    List<StringUnit> out = new ArrayList<>();
    Deque<COSBase> todo = new ArrayDeque<>();
    Map<COSBase, Boolean> seen = new IdentityHashMap<>();
    todo.push(doc.getDocumentCatalog().getCOSObject());
    while (!todo.isEmpty()) {
      COSBase b = todo.pop();
      if (b instanceof COSObject) {
        b = ((COSObject) b).getObject();
      }
      if (b == null || seen.put(b, Boolean.TRUE) != null) {
        continue;
      }
      if (b instanceof COSDictionary) {
        COSDictionary d = (COSDictionary) b;
        for (COSName key : List.of(COSName.METADATA, COSName.getPDFName("PieceInfo"), COSName.AA,
            COSName.getPDFName("JS"), COSName.getPDFName("AF"), COSName.EF)) {
          d.removeItem(key);
        }
        COSBase action = d.getDictionaryObject(COSName.A);
        if (action instanceof COSDictionary) {
          COSBase s = ((COSDictionary) action).getDictionaryObject(COSName.S);
          if (s instanceof COSName && RISKY_ACTIONS.contains(((COSName) s).getName())) {
            d.removeItem(COSName.A);
          }
        }
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
          if (SECRET_KEYS.contains(e.getKey()) || e.getKey().equals(COSName.PARENT)) {
            continue;
          }
          visit(d, e.getKey(), e.getValue(), todo, out);
        }
      } else if (b instanceof COSArray) {
        COSArray a = (COSArray) b;
        for (int i = 0; i < a.size(); i++) {
          visit(a, i, a.get(i), todo, out);
        }
      }
    }
    return out;
  }

  private static void visit(COSBase parent, Object slot, COSBase v, Deque<COSBase> todo, List<StringUnit> out) {
    if (v instanceof COSString) {
      String s = ((COSString) v).getString();
      int letters = 0;
      for (int i = 0; i < s.length() && letters < 2; i++) {
        letters += Character.isLetter(s.charAt(i)) ? 1 : 0;
      }
      if (letters >= 2) {
        out.add(new StringUnit(parent, slot, s));
      }
    } else if (v instanceof COSDictionary || v instanceof COSArray || v instanceof COSObject) {
      todo.push(v);
    }
  }

  // ---- areas ----

  /** The areas of the review list in PDF coordinates, by page; marks the glyphs inside added ones, unmarks those in kept ones. */
  private static Map<Integer, List<float[]>> areas(PDDocument doc, List<PageText> pages, Decisions list,
      Map<Glyph, String> marked, Tally tally) {
    Map<Integer, List<float[]>> out = new HashMap<>();
    for (Decisions.Area a : list.keepAreas()) {
      if (a.page() <= pages.size()) {
        float[] r = rect(pages.get(a.page() - 1).page, a);
        for (Glyph g : pages.get(a.page() - 1).glyphs) {
          if (inside(g, r)) {
            marked.remove(g);
          }
        }
      }
    }
    for (Decisions.Area a : list.addAreas()) {
      if (a.page() > pages.size()) {
        throw new Unusable("an area is on page " + a.page() + ", but the PDF has " + pages.size());
      }
      PageText p = pages.get(a.page() - 1);
      float[] r = rect(p.page, a);
      out.computeIfAbsent(a.page(), k -> new ArrayList<>()).add(r);
      for (Glyph g : p.glyphs) {
        if (inside(g, r)) {
          marked.put(g, "AREA");
        }
      }
      tally.removed("AREA", "page " + a.page());
      if (p.images > 0) {
        tally.needsPerson("area over an image: the image beneath is covered, not changed", "page " + a.page());
      }
    }
    return out;
  }

  private static float[] rect(PDPage page, Decisions.Area a) {
    PDRectangle box = page.getCropBox();
    float x = box.getLowerLeftX() + (float) a.x();
    float y = box.getUpperRightY() - (float) a.y() - (float) a.height();
    return new float[] {x, y, x + (float) a.width(), y + (float) a.height()};
  }

  private static boolean inside(Glyph g, float[] r) {
    float cx = (g.x0 + g.x1) / 2;
    float cy = (g.y0 + g.y1) / 2;
    return cx >= r[0] && cx <= r[2] && cy >= r[1] && cy <= r[3];
  }

  // ---- rewriting the content streams ----

  private static void rewrite(PDDocument doc, List<PageText> pages, Map<Glyph, String> marked) throws IOException {
    // stream -> operator -> string -> glyphs to remove (by byte start)
    Map<Stream, Map<Integer, Map<Integer, TreeMap<Integer, Glyph>>>> plan = new IdentityHashMap<>();
    for (PageText p : pages) {
      for (Glyph g : p.glyphs) {
        if (marked.containsKey(g)) {
          plan.computeIfAbsent(g.stream, k -> new HashMap<>())
              .computeIfAbsent(g.operator, k -> new HashMap<>())
              .computeIfAbsent(g.string, k -> new TreeMap<>())
              .put(g.byteStart, g);
        }
      }
    }
    for (Map.Entry<Stream, Map<Integer, Map<Integer, TreeMap<Integer, Glyph>>>> e : plan.entrySet()) {
      Stream s = e.getKey();
      List<Object> tokens;
      PDFStreamParser parser = new PDFStreamParser(s.content());
      tokens = parser.parse();
      List<Object> out = new ArrayList<>(tokens.size() + 16);
      List<COSBase> operands = new ArrayList<>();
      int op = 0;
      for (Object t : tokens) {
        if (!(t instanceof Operator)) {
          operands.add((COSBase) t);
          continue;
        }
        Operator o = (Operator) t;
        Map<Integer, TreeMap<Integer, Glyph>> cut = e.getValue().get(op);
        if (cut == null) {
          out.addAll(operands);
          out.add(o);
        } else {
          if (!SHOW.contains(o.getName())) {
            throw new Unusable("page " + pageNumber(doc, s) + ": its text cannot be mapped to its content stream");
          }
          rewriteShow(o, operands, cut, out);
        }
        operands.clear();
        op++;
      }
      out.addAll(operands);
      if (s.form != null) {
        try (OutputStream os = s.form.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
          new ContentStreamWriter(os).writeTokens(out);
        }
      } else {
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
          new ContentStreamWriter(os).writeTokens(out);
        }
        s.page.setContents(stream);
      }
    }
  }

  private static int pageNumber(PDDocument doc, Stream s) {
    return doc.getPages().indexOf(s.page) + 1;
  }

  private static void rewriteShow(Operator o, List<COSBase> operands, Map<Integer, TreeMap<Integer, Glyph>> cut,
      List<Object> out) {
    String name = o.getName();
    COSArray array = new COSArray();
    if (name.equals("TJ")) {
      if (operands.isEmpty() || !(operands.get(0) instanceof COSArray)) {
        throw new Unusable("a text operator has no array");
      }
      int k = 0;
      for (COSBase e : (COSArray) operands.get(0)) {
        if (e instanceof COSString) {
          split((COSString) e, cut.get(k++), array);
        } else if (e instanceof COSNumber) {
          array.add(e);
        }
      }
    } else {
      COSBase last = operands.isEmpty() ? null : operands.get(operands.size() - 1);
      if (!(last instanceof COSString)) {
        throw new Unusable("a text operator has no string");
      }
      if (name.equals("\"")) {
        out.add(operands.get(0));
        out.add(Operator.getOperator("Tw"));
        out.add(operands.get(1));
        out.add(Operator.getOperator("Tc"));
      }
      if (!name.equals("Tj")) {
        out.add(Operator.getOperator("T*"));
      }
      split((COSString) last, cut.get(0), array);
    }
    out.add(array);
    out.add(Operator.getOperator("TJ"));
  }

  private static void split(COSString s, TreeMap<Integer, Glyph> remove, COSArray into) {
    byte[] b = s.getBytes();
    if (remove == null || remove.isEmpty()) {
      into.add(s);
      return;
    }
    int pos = 0;
    double shift = 0;
    for (Glyph g : remove.values()) {
      if (g.byteStart > pos) {
        if (shift != 0) {
          into.add(new COSFloat((float) -shift));
          shift = 0;
        }
        into.add(new COSString(java.util.Arrays.copyOfRange(b, pos, g.byteStart)));
      }
      shift += g.adjust;
      pos = Math.max(pos, g.byteEnd);
    }
    if (shift != 0) {
      into.add(new COSFloat((float) -shift));
    }
    if (pos < b.length) {
      into.add(new COSString(java.util.Arrays.copyOfRange(b, pos, b.length)));
    }
  }

  // ---- drawing ----

  private static void draw(PDDocument doc, PageText p, Map<Glyph, String> marked, List<float[]> areas, boolean review)
      throws IOException {
    List<float[]> boxes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    float[] cur = null;
    String curType = null;
    Glyph prev = null;
    for (Glyph g : p.glyphs) {
      String type = marked.get(g);
      if (type == null) {
        cur = null;
        prev = null;
        continue;
      }
      boolean joins = cur != null && type.equals(curType) && prev != null
          && Math.abs(g.baseline - prev.baseline) < 0.5f * g.size && g.x0 >= prev.x0 - 0.5f;
      if (joins) {
        cur[0] = Math.min(cur[0], g.x0);
        cur[1] = Math.min(cur[1], g.y0);
        cur[2] = Math.max(cur[2], g.x1);
        cur[3] = Math.max(cur[3], g.y1);
      } else {
        cur = new float[] {g.x0, g.y0, g.x1, g.y1};
        curType = type;
        boxes.add(cur);
        labels.add(type);
      }
      prev = g;
    }
    for (float[] a : areas) {
      boxes.add(a);
      labels.add("AREA");
    }
    if (boxes.isEmpty()) {
      return;
    }
    try (PDPageContentStream cs = new PDPageContentStream(doc, p.page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      if (review) {
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        gs.setNonStrokingAlphaConstant(0.4f);
        cs.setGraphicsStateParameters(gs);
        cs.setNonStrokingColor(1f, 0.9f, 0f);
      } else {
        cs.setNonStrokingColor(0f, 0f, 0f);
      }
      for (float[] b : boxes) {
        cs.addRect(b[0] - 0.5f, b[1] - 0.5f, b[2] - b[0] + 1f, b[3] - b[1] + 1f);
      }
      cs.fill();
      if (review) {
        PDExtendedGraphicsState opaque = new PDExtendedGraphicsState();
        opaque.setNonStrokingAlphaConstant(1f);
        cs.setGraphicsStateParameters(opaque);
        cs.setNonStrokingColor(0.75f, 0f, 0f);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        for (int i = 0; i < boxes.size(); i++) {
          cs.beginText();
          cs.setFont(font, 5.5f);
          cs.newLineAtOffset(boxes.get(i)[0], boxes.get(i)[3] + 0.8f);
          cs.showText("[" + labels.get(i) + "]");
          cs.endText();
        }
      }
    }
  }
}
