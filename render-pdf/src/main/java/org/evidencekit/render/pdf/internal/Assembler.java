package org.evidencekit.render.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.evidencekit.model.Password;

/**
 * Turns a {@link Composition} into a PDF: pages, fonts, the structure tree with its parent tree,
 * the form's fields with their values and appearances, metadata, and (optionally) AES-256
 * encryption. The objects that do not depend on the call (fonts, page contents) come ready-made
 * from the composition; the rest is built here, once per document.
 */
public final class Assembler {
  private static final COSName TABS = COSName.getPDFName("Tabs");
  private static final COSName STRUCT_PARENTS = COSName.getPDFName("StructParents");
  private static final COSName STRUCT_PARENT = COSName.getPDFName("StructParent");
  private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
  private static final COSName ON = COSName.getPDFName("Yes");
  private static final byte[] SRGB = srgbProfile();

  private Assembler() {}

  /** What the document is protected with, if anything. */
  public static final class Protection {
    final Optional<Password> password;
    final boolean restrictEditing;

    public Protection(Optional<Password> password, boolean restrictEditing) {
      this.password = password;
      this.restrictEditing = restrictEditing;
    }

    public boolean any() {
      return password.isPresent() || restrictEditing;
    }
  }

  /** A document built in memory, with the objects a writer needs to find again. */
  static final class Built implements AutoCloseable {
    final PDDocument pd;
    final COSDictionary catalog;
    final List<COSDictionary> widgets;
    /** The fields' font resources (F1 the field font, F0 the Type0 fallback), direct. */
    final COSDictionary fieldFonts;
    final COSStream metadata;
    /** With a page kept for a response's record: that page, its content, its Sect, its parent-tree entry. */
    COSDictionary recordPage;
    COSStream recordContent;
    COSDictionary recordSect;
    COSArray recordParents;

    Built(PDDocument pd, COSDictionary catalog, List<COSDictionary> widgets, COSDictionary fieldFonts,
        COSStream metadata) {
      this.pd = pd;
      this.catalog = catalog;
      this.widgets = widgets;
      this.fieldFonts = fieldFonts;
      this.metadata = metadata;
    }

    @Override
    public void close() throws IOException {
      pd.close();
    }
  }

  /**
   * Writes the document with PDFBox (the way for encrypted documents and printed layouts).
   *
   * @param values field values by field name: a String for a text field, TRUE for a ticked box
   */
  public static void write(
      Composition c, Map<String, Object> values, DocumentMeta meta, Protection protection, OutputStream out)
      throws IOException {
    try (Built b = build(c, values, meta)) {
      if (protection.any()) {
        protect(b.pd, protection);
      }
      BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
      b.pd.save(buffered, CompressParameters.DEFAULT_COMPRESSION);
      buffered.flush();
    }
  }

  /** Builds the whole document in memory; the caller closes it. */
  static Built build(Composition c, Map<String, Object> values, DocumentMeta meta) throws IOException {
    PDDocument pd = new PDDocument();
    try {
      COSDocument doc = pd.getDocument();
      pd.setVersion(1.7f);
      COSDictionary catalog = pd.getDocumentCatalog().getCOSObject();

      // Fonts: F1 regular (whole), F2 bold, F3 italic.
      COSDictionary f1 = c.fonts.regularCos.thaw(doc);
      COSDictionary fonts = new COSDictionary();
      fonts.setItem(COSName.getPDFName("F1"), f1);
      fonts.setItem(COSName.getPDFName("F2"), c.fonts.boldCos.thaw(doc));
      fonts.setItem(COSName.getPDFName("F3"), c.fonts.italicCos.thaw(doc));
      fonts.setDirect(true);
      COSDictionary resources = new COSDictionary();
      resources.setItem(COSName.FONT, fonts);
      // The fields' fonts (issue 11): F1 the simple TrueType font any filler can draw with, F0
      // the Type0 font for a value F1 cannot encode. Both use the same font file, held once.
      COSDictionary fieldFont = c.fonts.fieldCos.thaw(doc);
      shareFontFile(fieldFont, f1);
      COSDictionary fieldFonts = new COSDictionary();
      fieldFonts.setItem(COSName.getPDFName(FieldFont.NAME), fieldFont);
      fieldFonts.setItem(COSName.getPDFName(FieldFont.FALLBACK), f1);
      fieldFonts.setDirect(true);

      // Pages.
      List<COSDictionary> pages = new ArrayList<>();
      for (int i = 0; i < c.pages.size(); i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        COSDictionary pageDict = page.getCOSObject();
        pageDict.getCOSArray(COSName.MEDIA_BOX).setDirect(true);
        COSStream contents = doc.createCOSStream();
        contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream o = contents.createRawOutputStream()) {
          o.write(c.pages.get(i).encoded);
        }
        pageDict.setItem(COSName.CONTENTS, contents);
        pageDict.setItem(COSName.RESOURCES, resources);
        pageDict.setItem(STRUCT_PARENTS, COSInteger.get(i));
        pageDict.setItem(TABS, COSName.S);
        pd.addPage(page);
        pages.add(pageDict);
      }

      // Fields: one dictionary each, field and widget merged.
      Appearances ap = new Appearances(doc, c.fonts.regular, fieldFonts);
      COSArray fields = new COSArray();
      List<COSDictionary> widgetList = new ArrayList<>();
      Map<Widget, COSDictionary> widgetDicts = new IdentityHashMap<>();
      int structParentBase = c.pages.size();
      for (Widget w : c.widgets) {
        COSDictionary d = widget(w, values.get(w.name), ap, pages.get(w.page), structParentBase + w.index);
        widgetDicts.put(w, d);
        widgetList.add(d);
        fields.add(d);
        COSDictionary pageDict = pages.get(w.page);
        COSArray annots = pageDict.getCOSArray(COSName.ANNOTS);
        if (annots == null) {
          annots = new COSArray();
          annots.setDirect(true);
          pageDict.setItem(COSName.ANNOTS, annots);
        }
        annots.add(d);
      }
      if (!c.widgets.isEmpty()) {
        COSDictionary acro = new COSDictionary();
        fields.setDirect(true);
        acro.setItem(COSName.FIELDS, fields);
        COSDictionary dr = new COSDictionary();
        dr.setItem(COSName.FONT, fieldFonts);
        dr.setDirect(true);
        acro.setItem(COSName.DR, dr);
        acro.setString(COSName.DA, Appearances.DA);
        acro.setDirect(true);
        catalog.setItem(COSName.ACRO_FORM, acro);
      }

      List<COSArray> perPage = structure(c, catalog, pages, widgetDicts);
      outline(c, catalog, pages);
      COSStream xmp = metadata(pd, catalog, meta);
      Built built = new Built(pd, catalog, widgetList, fieldFonts, xmp);
      if (c.recordPage) {
        int last = pages.size() - 1;
        built.recordPage = pages.get(last);
        built.recordContent = (COSStream) pages.get(last).getDictionaryObject(COSName.CONTENTS);
        COSArray kids = catalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT).getCOSDictionary(COSName.K)
            .getCOSArray(COSName.K);
        built.recordSect = (COSDictionary) kids.getObject(kids.size() - 1);
        built.recordParents = perPage.get(last);
      }
      return built;
    } catch (IOException | RuntimeException e) {
      pd.close();
      throw e;
    }
  }

  /** Bookmarks to the parts and sections, so that a long form can be found one's way around. */
  private static void outline(Composition c, COSDictionary catalog, List<COSDictionary> pages) {
    if (c.bookmarks.isEmpty()) {
      return;
    }
    COSDictionary root = new COSDictionary();
    root.setItem(COSName.TYPE, COSName.OUTLINES);
    List<COSDictionary> stack = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    stack.add(root);
    levels.add(0);
    for (Composition.Bookmark b : c.bookmarks) {
      while (levels.get(levels.size() - 1) >= b.level) {
        stack.remove(stack.size() - 1);
        levels.remove(levels.size() - 1);
      }
      COSDictionary parent = stack.get(stack.size() - 1);
      COSDictionary item = new COSDictionary();
      item.setItem(COSName.TITLE, new COSString(b.title));
      item.setItem(COSName.PARENT, parent);
      COSArray dest = new COSArray();
      dest.add(pages.get(b.page));
      dest.add(COSName.getPDFName("XYZ"));
      dest.add(COSInteger.ZERO);
      dest.add(new COSFloat(round(b.y)));
      dest.add(COSInteger.ZERO);
      dest.setDirect(true);
      item.setItem(COSName.DEST, dest);
      COSDictionary last = parent.getCOSDictionary(COSName.LAST);
      if (last == null) {
        parent.setItem(COSName.FIRST, item);
      } else {
        last.setItem(COSName.NEXT, item);
        item.setItem(COSName.PREV, last);
      }
      parent.setItem(COSName.LAST, item);
      stack.add(item);
      levels.add(b.level);
    }
    count(root, true);
    catalog.setItem(COSName.OUTLINES, root);
    catalog.setItem(COSName.PAGE_MODE, COSName.getPDFName("UseOutlines"));
  }

  /** Sets /Count: top-level items and their children shown open; returns the items visible. */
  private static int count(COSDictionary node, boolean open) {
    int visible = 0;
    for (COSDictionary kid = node.getCOSDictionary(COSName.FIRST); kid != null;
        kid = kid.getCOSDictionary(COSName.NEXT)) {
      visible += 1 + count(kid, false);
    }
    if (visible > 0 && node.getCOSName(COSName.TYPE) == null) {
      node.setInt(COSName.COUNT, -visible); // closed: a part's sections show when it is opened
      return 0;
    }
    if (node.getCOSName(COSName.TYPE) != null) {
      node.setInt(COSName.COUNT, visible);
    }
    return visible;
  }

  private static COSDictionary widget(Widget w, Object value, Appearances ap, COSDictionary page, int structParent) {
    COSDictionary d = new COSDictionary();
    d.setItem(COSName.TYPE, COSName.ANNOT);
    d.setItem(COSName.SUBTYPE, COSName.WIDGET);
    d.setItem(COSName.T, new COSString(w.name));
    d.setItem(COSName.TU, new COSString(w.accessibleName));
    COSArray rect = new COSArray();
    rect.add(new COSFloat(round(w.x)));
    rect.add(new COSFloat(round(w.y)));
    rect.add(new COSFloat(round(w.x + w.width)));
    rect.add(new COSFloat(round(w.y + w.height)));
    rect.setDirect(true);
    d.setItem(COSName.RECT, rect);
    d.setInt(COSName.F, 4); // print
    d.setItem(COSName.P, page);
    d.setInt(STRUCT_PARENT, structParent);
    COSDictionary mk = new COSDictionary();
    mk.setDirect(true);
    COSArray border = new COSArray();
    border.add(new COSFloat(0.45f));
    border.setDirect(true);
    mk.setItem(COSName.BC, border);
    COSArray background = new COSArray();
    background.add(COSInteger.ONE);
    background.setDirect(true);
    mk.setItem(COSName.BG, background);
    d.setItem(COSName.MK, mk);
    COSDictionary apDict = new COSDictionary();
    apDict.setDirect(true);
    float width = round(w.x + w.width) - round(w.x);
    float height = round(w.y + w.height) - round(w.y);
    if (w.kind == Widget.Kind.CHECKBOX || w.kind == Widget.Kind.ROUND_CHECKBOX) {
      boolean round = w.kind == Widget.Kind.ROUND_CHECKBOX;
      d.setItem(COSName.FT, COSName.BTN);
      boolean on = Boolean.TRUE.equals(value);
      d.setItem(COSName.V, on ? ON : COSName.Off);
      d.setItem(COSName.AS, on ? ON : COSName.Off);
      COSDictionary normal = new COSDictionary();
      normal.setDirect(true); // poppler draws nothing for an indirect normal-appearance dictionary
      normal.setItem(ON, ap.checkBox(width, height, true, round));
      normal.setItem(COSName.Off, ap.checkBox(width, height, false, round));
      apDict.setItem(COSName.N, normal);
    } else {
      d.setItem(COSName.FT, COSName.TX);
      boolean multiline = w.kind == Widget.Kind.MULTILINE;
      if (multiline) {
        d.setInt(COSName.FF, 1 << 12);
      }
      if (w.maxLength > 0) {
        d.setInt(COSName.MAX_LEN, w.maxLength);
      }
      String text = value instanceof String ? (String) value : "";
      d.setString(COSName.DA, Appearances.da(text));
      if (!text.isEmpty()) {
        d.setItem(COSName.V, new COSString(text));
      }
      apDict.setItem(COSName.N, ap.text(width, height, multiline, text));
    }
    d.setItem(COSName.AP, apDict);
    return d;
  }

  /** Points the simple field font's descriptor at the Type0 font's font file: the same program, held once. */
  private static void shareFontFile(COSDictionary simple, COSDictionary type0) {
    COSArray descendants = type0.getCOSArray(COSName.DESCENDANT_FONTS);
    COSDictionary cid = descendants == null ? null : (COSDictionary) descendants.getObject(0);
    COSDictionary cidDescriptor = cid == null ? null : cid.getCOSDictionary(COSName.FONT_DESC);
    COSDictionary descriptor = simple.getCOSDictionary(COSName.FONT_DESC);
    if (cidDescriptor != null && descriptor != null && cidDescriptor.getItem(COSName.FONT_FILE2) != null) {
      descriptor.setItem(COSName.FONT_FILE2, cidDescriptor.getItem(COSName.FONT_FILE2));
    }
  }

  private static float round(float v) {
    return Math.round(v * 100f) / 100f;
  }

  private static List<COSArray> structure(
      Composition c, COSDictionary catalog, List<COSDictionary> pages, Map<Widget, COSDictionary> widgets) {
    COSDictionary treeRoot = new COSDictionary();
    treeRoot.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
    List<COSArray> perPage = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      COSArray a = new COSArray();
      // the record page's entry is written for each response, so it is an object of its own
      a.setDirect(!(c.recordPage && i == pages.size() - 1));
      perPage.add(a);
    }
    COSDictionary[] formOf = new COSDictionary[c.widgets.size()];
    COSDictionary document = element(c.root, treeRoot, pages, widgets, perPage, formOf);
    treeRoot.setItem(COSName.K, document);

    COSArray nums = new COSArray();
    for (int i = 0; i < perPage.size(); i++) {
      nums.add(COSInteger.get(i));
      nums.add(perPage.get(i));
    }
    for (int k = 0; k < formOf.length; k++) {
      nums.add(COSInteger.get(pages.size() + k));
      nums.add(formOf[k]);
    }
    nums.setDirect(true);
    COSDictionary parentTree = new COSDictionary();
    parentTree.setDirect(true);
    parentTree.setItem(COSName.NUMS, nums);
    treeRoot.setItem(COSName.PARENT_TREE, parentTree);
    treeRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, pages.size() + formOf.length);
    catalog.setItem(COSName.STRUCT_TREE_ROOT, treeRoot);
    COSDictionary markInfo = new COSDictionary();
    markInfo.setBoolean(COSName.getPDFName("Marked"), true);
    markInfo.setDirect(true);
    catalog.setItem(COSName.MARK_INFO, markInfo);
    return perPage;
  }

  private static COSDictionary element(
      StructElem e,
      COSDictionary parent,
      List<COSDictionary> pages,
      Map<Widget, COSDictionary> widgets,
      List<COSArray> perPage,
      COSDictionary[] formOf) {
    COSDictionary d = new COSDictionary();
    d.setItem(COSName.TYPE, COSName.STRUCT_ELEM);
    d.setItem(COSName.S, COSName.getPDFName(e.type));
    d.setItem(COSName.P, parent);
    if (e.actualText != null) {
      d.setItem(ACTUAL_TEXT, new COSString(e.actualText));
    }
    COSArray kids = new COSArray();
    kids.setDirect(true);
    int pg = -1;
    for (Object kid : e.kids) {
      if (kid instanceof StructElem) {
        kids.add(element((StructElem) kid, d, pages, widgets, perPage, formOf));
      } else if (kid instanceof StructElem.Mcr) {
        StructElem.Mcr m = (StructElem.Mcr) kid;
        if (pg < 0) {
          pg = m.page;
          d.setItem(COSName.PG, pages.get(pg));
        }
        if (m.page == pg) {
          kids.add(COSInteger.get(m.mcid));
        } else {
          COSDictionary mcr = new COSDictionary();
          mcr.setDirect(true);
          mcr.setItem(COSName.TYPE, COSName.MCR);
          mcr.setItem(COSName.PG, pages.get(m.page));
          mcr.setInt(COSName.MCID, m.mcid);
          kids.add(mcr);
        }
        COSArray owners = perPage.get(m.page);
        while (owners.size() <= m.mcid) {
          owners.add(COSBoolean.FALSE); // replaced below; keeps indices aligned
        }
        owners.set(m.mcid, d);
      } else {
        Widget w = (Widget) kid;
        COSDictionary objr = new COSDictionary();
        objr.setDirect(true);
        objr.setItem(COSName.TYPE, COSName.OBJR);
        objr.setItem(COSName.OBJ, widgets.get(w));
        objr.setItem(COSName.PG, pages.get(w.page));
        if (pg < 0) {
          pg = w.page;
          d.setItem(COSName.PG, pages.get(pg));
        }
        kids.add(objr);
        formOf[w.index] = d;
      }
    }
    d.setItem(COSName.K, kids);
    return d;
  }

  private static COSStream metadata(PDDocument pd, COSDictionary catalog, DocumentMeta meta) throws IOException {
    catalog.setString(COSName.LANG, meta.language);
    COSDictionary prefs = new COSDictionary();
    prefs.setBoolean(COSName.DISPLAY_DOC_TITLE, true);
    prefs.setDirect(true);
    catalog.setItem(COSName.VIEWER_PREFERENCES, prefs);

    COSStream xmp = pd.getDocument().createCOSStream();
    xmp.setItem(COSName.TYPE, COSName.METADATA);
    xmp.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
    try (OutputStream o = xmp.createRawOutputStream()) {
      o.write(Xmp.of(meta));
    }
    catalog.setItem(COSName.METADATA, xmp);

    pd.getDocument().getTrailer().setItem(COSName.INFO, info(meta));
    if (meta.archival) {
      COSStream icc = pd.getDocument().createCOSStream();
      icc.setInt(COSName.N, 3);
      icc.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      try (OutputStream o = icc.createRawOutputStream()) {
        o.write(SRGB);
      }
      COSDictionary intent = new COSDictionary();
      intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
      intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
      intent.setString(COSName.getPDFName("OutputConditionIdentifier"), "sRGB IEC61966-2.1");
      intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
      intent.setItem(COSName.getPDFName("DestOutputProfile"), icc);
      intent.setDirect(true);
      COSArray intents = new COSArray();
      intents.add(intent);
      catalog.setItem(COSName.OUTPUT_INTENTS, intents);
    }

    COSArray id = new COSArray();
    id.add(new COSString(meta.documentId));
    id.add(new COSString(meta.documentId));
    id.setDirect(true);
    pd.getDocument().getTrailer().setItem(COSName.ID, id);
    return xmp;
  }

  /** The document information dictionary. */
  static COSDictionary info(DocumentMeta meta) {
    COSDictionary info = new COSDictionary();
    info.setItem(COSName.TITLE, new COSString(meta.title));
    info.setItem(COSName.PRODUCER, new COSString(DocumentMeta.PRODUCER));
    info.setItem(COSName.CREATOR, new COSString(DocumentMeta.CREATOR));
    meta.pdfDate().ifPresent(date -> {
      info.setItem(COSName.CREATION_DATE, new COSString(date));
      info.setItem(COSName.MOD_DATE, new COSString(date));
    });
    info.setItem(COSName.getPDFName(DocumentMeta.KEY_QUESTIONNAIRE), new COSString(meta.questionnaireId));
    info.setItem(COSName.getPDFName(DocumentMeta.KEY_VERSION), new COSString(meta.questionnaireVersion));
    info.setItem(COSName.getPDFName(DocumentMeta.KEY_LAYOUT), new COSString(meta.layout));
    meta.responseRecord.ifPresent(
        r -> info.setItem(COSName.getPDFName(DocumentMeta.KEY_RESPONSE), new COSString(r)));
    return info;
  }

  private static void protect(PDDocument pd, Protection protection) throws IOException {
    AccessPermission permissions = new AccessPermission();
    String owner;
    if (protection.restrictEditing) {
      permissions.setCanModify(false);
      permissions.setCanAssembleDocument(false);
      permissions.setCanModifyAnnotations(false);
      permissions.setCanFillInForm(true);
      permissions.setCanExtractForAccessibility(true);
      permissions.setCanPrint(true);
      permissions.setCanPrintFaithful(true);
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      owner = Base64.getEncoder().encodeToString(random); // never kept: nobody can lift the limits
    } else {
      owner = protection.password.get().reveal();
    }
    String user = protection.password.map(Password::reveal).orElse("");
    StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
    policy.setEncryptionKeyLength(256);
    pd.protect(policy);
  }

  private static byte[] srgbProfile() {
    return Layouter.deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
  }
}
