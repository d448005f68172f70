package org.evidencekit.redact.internal;

import static org.evidencekit.redact.internal.Xml.W;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Redacts a Word document: hidden data removed (comments, tracked changes with their deleted text,
 * hidden text, properties, custom XML, thumbnails), then the personal details in every story
 * (body, tables, headers and footers, footnotes and endnotes, text boxes), in alt text, field
 * codes and link targets replaced in place, runs split so the text around keeps its formatting.
 * In a review, the details are highlighted and labelled instead.
 */
public final class DocxRedactor {
  private static final Pattern STORY = Pattern.compile(
      ".*(document\\.main|document\\.macroEnabled\\.main|template\\.main|\\.header|\\.footer|\\.footnotes|\\.endnotes|document\\.glossary)\\+xml");
  private static final Pattern COMMENTS = Pattern.compile(
      "/word/(comments|commentsExtended|commentsIds|commentsExtensible|people)\\.xml", Pattern.CASE_INSENSITIVE);
  private static final Set<String> TRACKED_FORMAT = Set.of("rPrChange", "pPrChange", "sectPrChange",
      "tblPrChange", "tblPrExChange", "trPrChange", "tcPrChange", "tblGridChange", "numberingChange",
      "cellIns", "cellDel", "cellMerge");
  private static final Set<String> AFTER_HIGHLIGHT = Set.of("u", "effect", "bdr", "shd", "fitText",
      "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath");
  private static final String HYPERLINK =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
  private static final String THUMBNAIL =
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail";

  private final Finder finder;

  public DocxRedactor(Finder finder) {
    this.finder = finder;
  }

  /** One stretch of text to search, and how to change it. */
  private abstract static class Unit {
    final StringBuilder text = new StringBuilder();
    final String where;

    Unit(String where) {
      this.where = where;
    }

    abstract void apply(List<Hit> hits, boolean review);
  }

  /** Per call: the package, its parsed stories and the tally. */
  private final class Run {
    final OPCPackage pkg;
    final boolean review;
    final Tally tally = new Tally();
    final Map<PackagePart, Document> stories = new LinkedHashMap<>();
    final List<String> names = new ArrayList<>();
    final List<String> extra = new ArrayList<>();
    final List<Unit> units = new ArrayList<>();
    final Set<String> hiddenStyles = new HashSet<>();

    Run(OPCPackage pkg, boolean review) {
      this.pkg = pkg;
      this.review = review;
    }
  }

  public Outcome run(byte[] bytes, Decisions list, boolean review) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (InvalidFormatException | IOException | RuntimeException e) {
      throw new Unusable("not a readable Word document (DOCX)");
    }
    try {
      Run run = new Run(pkg, review);
      List<PackagePart> parts = pkg.getParts();
      for (PackagePart p : parts) {
        String ct = p.getContentType();
        if (STORY.matcher(ct).matches()) {
          run.stories.put(p, parse(p));
        } else if (ct.endsWith("wordprocessingml.styles+xml")) {
          hiddenStyles(parse(p), run.hiddenStyles);
        }
      }
      if (run.stories.isEmpty()) {
        throw new Unusable("not a Word document: no document part");
      }
      properties(run);
      removeParts(run, parts);
      for (Map.Entry<PackagePart, Document> s : run.stories.entrySet()) {
        clean(run, s.getValue(), label(s.getKey()));
      }
      for (Map.Entry<PackagePart, Document> s : run.stories.entrySet()) {
        units(run, s.getKey(), s.getValue(), label(s.getKey()));
      }
      List<String> texts = new ArrayList<>(run.units.size());
      run.units.forEach(u -> texts.add(u.text.toString()));
      Finder.Result found = finder.find(texts, run.extra, list, run.names);
      for (int i = 0; i < run.units.size(); i++) {
        List<Hit> hits = found.hits().get(i);
        if (!hits.isEmpty()) {
          Unit u = run.units.get(i);
          for (Hit h : hits) {
            run.tally.removed(h.type(), u.where);
          }
          u.apply(hits, review);
        }
      }
      for (Map.Entry<PackagePart, Document> s : run.stories.entrySet()) {
        try (OutputStream out = s.getKey().getOutputStream()) {
          out.write(Xml.write(s.getValue()));
        }
      }
      notChecked(run);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      pkg.save(out);
      return new Outcome(out.toByteArray(), run.tally, found.values(), list.keep());
    } catch (IOException | InvalidFormatException e) {
      throw new Unusable("the Word document cannot be read: a part is damaged");
    } finally {
      pkg.revert();
    }
  }

  private static Document parse(PackagePart p) {
    try (InputStream in = p.getInputStream()) {
      return Xml.parse(in, p.getPartName().getName());
    } catch (IOException e) {
      throw new Unusable(p.getPartName().getName() + ": cannot be read");
    }
  }

  /** "body", "header 1", "footnotes" ... from the part's name. */
  private static String label(PackagePart p) {
    String name = p.getPartName().getName();
    String base = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.xml$", "");
    if (base.equals("document")) {
      return name.contains("glossary") ? "glossary" : "body";
    }
    return base.replaceFirst("^(header|footer)(\\d+)$", "$1 $2");
  }

  // ---- hidden data ----

  private static void hiddenStyles(Document styles, Set<String> out) {
    for (Element style : Xml.all(styles, W, "style")) {
      Element rPr = Xml.child(style, W, "rPr");
      if (rPr != null && on(Xml.child(rPr, W, "vanish"))) {
        out.add(style.getAttributeNS(W, "styleId"));
      }
    }
  }

  private static boolean on(Element toggle) {
    if (toggle == null) {
      return false;
    }
    String v = toggle.getAttributeNS(W, "val");
    return v.isEmpty() || v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on");
  }

  private static boolean off(Element toggle) {
    return toggle != null && !on(toggle);
  }

  private void properties(Run run) throws InvalidFormatException {
    PackageProperties props = run.pkg.getPackageProperties();
    Optional<String> creator = props.getCreatorProperty();
    Optional<String> modifier = props.getLastModifiedByProperty();
    creator.ifPresent(run.names::add);
    modifier.ifPresent(run.names::add);
    for (Optional<String> o : List.of(props.getTitleProperty(), props.getSubjectProperty(),
        props.getDescriptionProperty(), props.getKeywordsProperty(), props.getCategoryProperty())) {
      o.ifPresent(run.extra::add);
    }
    int n = 0;
    for (Optional<?> o : List.of(creator, modifier, props.getTitleProperty(), props.getSubjectProperty(),
        props.getDescriptionProperty(), props.getKeywordsProperty(), props.getCategoryProperty(),
        props.getContentStatusProperty(), props.getIdentifierProperty(), props.getRevisionProperty(),
        props.getVersionProperty(), props.getLastPrintedProperty(), props.getCreatedProperty(),
        props.getModifiedProperty(), props.getLanguageProperty())) {
      n += o.isPresent() ? 1 : 0;
    }
    creator.ifPresent(c -> run.tally.removed("document property (author)", "document properties"));
    modifier.ifPresent(c -> run.tally.removed("document property (last modified by)", "document properties"));
    run.tally.removed("document property (other)", "document properties",
        n - (creator.isPresent() ? 1 : 0) - (modifier.isPresent() ? 1 : 0));
    props.setCreatorProperty(Optional.empty());
    props.setLastModifiedByProperty(Optional.empty());
    props.setTitleProperty(Optional.empty());
    props.setSubjectProperty(Optional.empty());
    props.setDescriptionProperty(Optional.empty());
    props.setKeywordsProperty(Optional.empty());
    props.setCategoryProperty(Optional.empty());
    props.setContentStatusProperty(Optional.empty());
    props.setIdentifierProperty(Optional.empty());
    props.setRevisionProperty(Optional.empty());
    props.setVersionProperty(Optional.empty());
    props.setLastPrintedProperty(Optional.<java.util.Date>empty());
    props.setCreatedProperty(Optional.<java.util.Date>empty());
    props.setModifiedProperty(Optional.<java.util.Date>empty());
    props.setLanguageProperty(Optional.empty());
  }

  /** Removes comments, people, custom XML, extended and custom properties and thumbnails. */
  private void removeParts(Run run, List<PackagePart> parts) throws InvalidFormatException {
    Set<PackagePartName> gone = new HashSet<>();
    for (PackagePart p : parts) {
      String name = p.getPartName().getName();
      String lower = name.toLowerCase(Locale.ROOT);
      if (p.isRelationshipPart()) {
        continue;
      }
      if (COMMENTS.matcher(name).matches()) {
        Document d = parse(p);
        authors(d, run.names);
        if (lower.endsWith("/comments.xml")) {
          for (Element c : Xml.all(d, W, "comment")) {
            run.extra.add(c.getTextContent());
            run.tally.removed("comment", "comments");
          }
        }
        gone.add(p.getPartName());
      } else if (lower.startsWith("/customxml/")) {
        run.extra.add(textOf(parse(p)));
        gone.add(p.getPartName());
        run.tally.removed("custom XML part", "package");
      } else if (lower.equals("/docprops/app.xml") || lower.equals("/docprops/custom.xml")) {
        Document d = parse(p);
        for (Element e : Xml.all(d, "*", "*")) {
          String local = e.getLocalName();
          if (local.equals("Manager")) {
            run.names.add(e.getTextContent());
          } else if (e.getFirstChild() != null && e.getFirstChild().getNodeType() == Node.TEXT_NODE
              && e.getChildNodes().getLength() == 1) {
            run.extra.add(e.getTextContent());
          }
        }
        gone.add(p.getPartName());
        run.tally.removed(lower.endsWith("app.xml") ? "document property (company, manager, application)"
            : "document property (custom)", "document properties");
      } else if (lower.startsWith("/docprops/thumbnail")) {
        gone.add(p.getPartName());
        run.tally.removed("thumbnail", "package");
      }
    }
    for (PackageRelationship r : run.pkg.getRelationshipsByType(THUMBNAIL)) {
      if (r.getTargetMode() == TargetMode.INTERNAL) {
        gone.add(PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(r.getSourceURI(), r.getTargetURI())));
      }
    }
    // Relationships to the parts that go, from the package and from every part.
    List<String> packageRels = new ArrayList<>();
    for (PackageRelationship r : run.pkg.getRelationships()) {
      if (pointsInto(r, gone)) {
        packageRels.add(r.getId());
      }
    }
    packageRels.forEach(run.pkg::removeRelationship);
    for (PackagePart p : parts) {
      if (p.isRelationshipPart() || gone.contains(p.getPartName())) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      for (PackageRelationship r : p.getRelationships()) {
        if (pointsInto(r, gone)) {
          ids.add(r.getId());
        } else if (r.getTargetMode() == TargetMode.EXTERNAL && p.getContentType().endsWith("settings+xml")) {
          ids.add(r.getId()); // the attached template's path names the author's own folders
        }
      }
      ids.forEach(p::removeRelationship);
    }
    for (PackagePartName n : gone) {
      if (run.pkg.containPart(n)) {
        run.pkg.removePart(n);
      }
    }
    for (PackagePart p : parts) {
      if (!p.isDeleted() && p.getContentType().endsWith("wordprocessingml.settings+xml")) {
        Document d = parse(p);
        boolean changed = false;
        for (String local : List.of("attachedTemplate", "docVars", "mailMerge", "trackRevisions", "rsids")) {
          for (Element e : Xml.all(d, W, local)) {
            Xml.remove(e);
            changed = true;
          }
        }
        if (changed) {
          try (OutputStream out = p.getOutputStream()) {
            out.write(Xml.write(d));
          } catch (IOException e) {
            throw new Unusable("the settings part cannot be written");
          }
        }
      }
    }
  }

  private static boolean pointsInto(PackageRelationship r, Set<PackagePartName> gone) {
    if (r.getTargetMode() != TargetMode.INTERNAL) {
      return false;
    }
    try {
      URI target = PackagingURIHelper.resolvePartUri(r.getSourceURI(), r.getTargetURI());
      return gone.contains(PackagingURIHelper.createPartName(target));
    } catch (InvalidFormatException | RuntimeException e) {
      return false;
    }
  }

  private static void authors(Document d, List<String> names) {
    for (Element e : Xml.all(d, "*", "*")) {
      String a = e.getAttributeNS(W, "author");
      if (!a.isEmpty()) {
        names.add(a);
      }
      String initials = e.getAttributeNS(W, "initials");
      if (initials.length() >= 2) {
        names.add(initials);
      }
    }
  }

  private static String textOf(Document d) {
    return d.getDocumentElement() == null ? "" : d.getDocumentElement().getTextContent();
  }

  /** Tracked changes accepted (deletions gone), comment anchors, hidden text and custom XML out. */
  private void clean(Run run, Document d, String where) {
    authors(d, run.names);
    for (Element del : Xml.all(d, W, "del")) {
      Node parent = del.getParentNode();
      if (Xml.is(parent, W, "trPr")) {
        Element row = Xml.ancestor(del, W, "tr");
        if (row != null) {
          run.extra.add(row.getTextContent());
          Xml.remove(row);
          run.tally.removed("tracked deletion", where);
          continue;
        }
      }
      if (!Xml.is(parent, W, "rPr")) {
        run.extra.add(deletedText(del));
        run.tally.removed("tracked deletion", where);
      }
      Xml.remove(del);
    }
    for (Element move : Xml.all(d, W, "moveFrom")) {
      if (!Xml.is(move.getParentNode(), W, "rPr")) {
        run.extra.add(deletedText(move));
        run.tally.removed("tracked move (old place)", where);
      }
      Xml.remove(move);
    }
    for (String local : List.of("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")) {
      Xml.all(d, W, local).forEach(Xml::remove);
    }
    for (String local : List.of("ins", "moveTo")) {
      for (Element ins : Xml.all(d, W, local)) {
        if (Xml.is(ins.getParentNode(), W, "rPr") || Xml.is(ins.getParentNode(), W, "trPr")) {
          Xml.remove(ins);
        } else {
          Xml.unwrap(ins);
          run.tally.removed("tracked insertion (accepted)", where);
        }
      }
    }
    for (String local : TRACKED_FORMAT) {
      for (Element e : Xml.all(d, W, local)) {
        Xml.remove(e);
        run.tally.removed("tracked formatting change", where);
      }
    }
    for (String local : List.of("commentRangeStart", "commentRangeEnd")) {
      Xml.all(d, W, local).forEach(Xml::remove);
    }
    for (Element ref : Xml.all(d, W, "commentReference")) {
      Element r = Xml.ancestor(ref, W, "r");
      Xml.remove(ref);
      if (r != null && onlyProperties(r)) {
        Xml.remove(r);
      }
    }
    for (Element r : Xml.all(d, W, "r")) {
      if (hidden(run, r)) {
        run.extra.add(r.getTextContent());
        Xml.remove(r);
        run.tally.removed("hidden text", where);
      }
    }
    for (String local : List.of("customXmlPr", "smartTagPr", "dataBinding")) {
      Xml.all(d, W, local).forEach(Xml::remove);
    }
    for (String local : List.of("customXml", "smartTag")) {
      List<Element> all = Xml.all(d, W, local);
      for (int i = all.size() - 1; i >= 0; i--) {
        Xml.unwrap(all.get(i));
      }
    }
  }

  private static String deletedText(Element e) {
    StringBuilder b = new StringBuilder();
    for (Element t : Xml.all(e, W, "delText")) {
      b.append(t.getTextContent());
    }
    for (Element t : Xml.all(e, W, "t")) {
      b.append(t.getTextContent());
    }
    return b.toString();
  }

  private static boolean onlyProperties(Element r) {
    for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element && !Xml.is(c, W, "rPr")) {
        return false;
      }
    }
    return true;
  }

  private static boolean hidden(Run run, Element r) {
    Element rPr = Xml.child(r, W, "rPr");
    Element vanish = rPr == null ? null : Xml.child(rPr, W, "vanish");
    if (on(vanish) || (rPr != null && on(Xml.child(rPr, W, "specVanish")))) {
      return true;
    }
    if (off(vanish) || run.hiddenStyles.isEmpty()) {
      return false;
    }
    Element rStyle = rPr == null ? null : Xml.child(rPr, W, "rStyle");
    if (rStyle != null && run.hiddenStyles.contains(rStyle.getAttributeNS(W, "val"))) {
      return true;
    }
    Element p = Xml.ancestor(r, W, "p");
    Element pPr = p == null ? null : Xml.child(p, W, "pPr");
    Element pStyle = pPr == null ? null : Xml.child(pPr, W, "pStyle");
    return pStyle != null && run.hiddenStyles.contains(pStyle.getAttributeNS(W, "val"));
  }

  // ---- text units ----

  private void units(Run run, PackagePart part, Document d, String where) throws InvalidFormatException {
    int index = 0;
    for (Element p : Xml.all(d, W, "p")) {
      index++;
      String place = where + ", paragraph " + index;
      Paragraph para = new Paragraph(place);
      List<Element> instr = new ArrayList<>();
      collect(p, para, instr);
      if (para.text.length() > 0) {
        run.units.add(para);
      }
      if (!instr.isEmpty()) {
        Segments field = new Segments(place + " (field code)");
        for (Element e : instr) {
          field.add(e);
        }
        run.units.add(field);
      }
    }
    NodeList all = d.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      String local = e.getLocalName();
      NamedNodeMap attrs = e.getAttributes();
      for (int a = 0; a < attrs.getLength(); a++) {
        Attr attr = (Attr) attrs.item(a);
        String name = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
        boolean alt = (("docPr".equals(local) || "cNvPr".equals(local)) && (name.equals("descr") || name.equals("title")))
            || name.equals("alt") || (name.equals("title") && "imagedata".equals(local));
        boolean instr = "fldSimple".equals(local) && name.equals("instr");
        boolean bookmark = "bookmarkStart".equals(local) && name.equals("name");
        if ((alt || instr || bookmark) && !attr.getValue().isBlank()) {
          run.units.add(new AttributeUnit(attr, where + (alt ? ", alt text" : instr ? ", field code" : ", bookmark")));
        }
      }
    }
    for (PackageRelationship r : part.getRelationshipsByType(HYPERLINK)) {
      if (r.getTargetMode() == TargetMode.EXTERNAL) {
        run.units.add(new LinkUnit(part, r, where + ", link"));
      }
    }
  }

  /** Walks a paragraph's own runs (not those of paragraphs nested in its text boxes). */
  private static void collect(Node n, Paragraph para, List<Element> instr) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (!(c instanceof Element) || !W.equals(c.getNamespaceURI())) {
        if (c instanceof Element) {
          collect(c, para, instr);
        }
        continue;
      }
      switch (c.getLocalName()) {
        case "p":
        case "pPr":
        case "rPr":
          break;
        case "t":
          para.add((Element) c);
          break;
        case "tab":
        case "ptab":
          para.text.append('\t');
          break;
        case "br":
        case "cr":
          para.text.append('\n');
          break;
        case "noBreakHyphen":
          para.text.append('-');
          break;
        case "instrText":
          instr.add((Element) c);
          break;
        default:
          collect(c, para, instr);
      }
    }
  }

  /** Text held in elements, replaced in place (field codes): no runs split, nothing highlighted. */
  private static class Segments extends Unit {
    final List<Element> elements = new ArrayList<>();
    final List<Integer> starts = new ArrayList<>();

    Segments(String where) {
      super(where);
    }

    void add(Element e) {
      elements.add(e);
      starts.add(text.length());
      text.append(e.getTextContent());
    }

    @Override
    void apply(List<Hit> hits, boolean review) {
      if (review) {
        return;
      }
      for (int h = hits.size() - 1; h >= 0; h--) {
        Hit hit = hits.get(h);
        for (int i = elements.size() - 1; i >= 0; i--) {
          int s = starts.get(i);
          Element e = elements.get(i);
          String t = e.getTextContent();
          int a = Math.max(hit.start(), s) - s;
          int b = Math.min(hit.end(), s + t.length()) - s;
          if (a < b) {
            boolean first = hit.start() >= s;
            e.setTextContent(t.substring(0, a) + (first ? "[" + hit.type() + "]" : "") + t.substring(Math.min(b, t.length())));
          }
        }
      }
    }
  }

  /** A paragraph: its w:t elements, split into runs of their own where a redaction starts or ends. */
  private static final class Paragraph extends Segments {
    Paragraph(String where) {
      super(where);
    }

    @Override
    void apply(List<Hit> hits, boolean review) {
      for (int h = hits.size() - 1; h >= 0; h--) {
        Hit hit = hits.get(h);
        List<Element> pieces = new ArrayList<>();
        for (int i = elements.size() - 1; i >= 0; i--) {
          Element t = elements.get(i);
          int s = starts.get(i);
          int a = Math.max(hit.start(), s) - s;
          int b = Math.min(hit.end(), s + t.getTextContent().length()) - s;
          if (a >= b) {
            continue;
          }
          pieces.add(0, isolate(t, a, b));
        }
        if (pieces.isEmpty()) {
          continue;
        }
        if (review) {
          for (Element r : pieces) {
            highlight(r);
          }
          label(pieces.get(pieces.size() - 1), hit.type());
        } else {
          Element first = pieces.get(0);
          Xml.child(first, W, "t").setTextContent("[" + hit.type() + "]");
          for (int i = 1; i < pieces.size(); i++) {
            Xml.remove(pieces.get(i));
          }
        }
      }
    }

    /** Makes chars a..b of t a run of their own (with the run's properties); returns that run. */
    private static Element isolate(Element t, int a, int b) {
      Element r = (Element) t.getParentNode();
      if (!Xml.is(r, W, "r")) {
        // a w:t outside a run (not valid WordprocessingML): change the text alone
        String s = t.getTextContent();
        t.setTextContent(s.substring(0, a) + s.substring(b));
        return t;
      }
      Element piece = splitAt(r, t, a);
      Element pt = Xml.child(piece, W, "t");
      splitAt(piece, pt, b - a);
      return piece;
    }

    /**
     * Splits run r at char k of its w:t t: r keeps what comes before, a new run after r (same
     * properties) gets t's chars from k and every element after t. Returns the new run.
     */
    private static Element splitAt(Element r, Element t, int k) {
      Document d = r.getOwnerDocument();
      Element right = (Element) r.cloneNode(false);
      Element rPr = Xml.child(r, W, "rPr");
      if (rPr != null) {
        right.appendChild(rPr.cloneNode(true));
      }
      String s = t.getTextContent();
      Element rt = d.createElementNS(W, t.getPrefix() == null ? "t" : t.getPrefix() + ":t");
      rt.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
      rt.setTextContent(s.substring(k));
      right.appendChild(rt);
      while (t.getNextSibling() != null) {
        right.appendChild(t.getNextSibling());
      }
      if (k == 0) {
        r.removeChild(t);
      } else {
        t.setTextContent(s.substring(0, k));
        t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
      }
      r.getParentNode().insertBefore(right, r.getNextSibling());
      return right;
    }

    private static void highlight(Element r) {
      Document d = r.getOwnerDocument();
      String prefix = r.getPrefix() == null ? "" : r.getPrefix() + ":";
      Element rPr = Xml.child(r, W, "rPr");
      if (rPr == null) {
        rPr = d.createElementNS(W, prefix + "rPr");
        r.insertBefore(rPr, r.getFirstChild());
      }
      Element old = Xml.child(rPr, W, "highlight");
      if (old != null) {
        rPr.removeChild(old);
      }
      Element hl = d.createElementNS(W, prefix + "highlight");
      hl.setAttributeNS(W, prefix + "val", "yellow");
      Node before = null;
      for (Node c = rPr.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element && AFTER_HIGHLIGHT.contains(c.getLocalName())) {
          before = c;
          break;
        }
      }
      rPr.insertBefore(hl, before);
    }

    private static void label(Element after, String type) {
      Document d = after.getOwnerDocument();
      String prefix = after.getPrefix() == null ? "" : after.getPrefix() + ":";
      Element r = d.createElementNS(W, prefix + "r");
      Element rPr = d.createElementNS(W, prefix + "rPr");
      Element b = d.createElementNS(W, prefix + "b");
      Element color = d.createElementNS(W, prefix + "color");
      color.setAttributeNS(W, prefix + "val", "C00000");
      Element hl = d.createElementNS(W, prefix + "highlight");
      hl.setAttributeNS(W, prefix + "val", "yellow");
      Element va = d.createElementNS(W, prefix + "vertAlign");
      va.setAttributeNS(W, prefix + "val", "superscript");
      rPr.appendChild(b);
      rPr.appendChild(color);
      rPr.appendChild(hl);
      rPr.appendChild(va);
      r.appendChild(rPr);
      Element t = d.createElementNS(W, prefix + "t");
      t.setTextContent("[" + type + "]");
      r.appendChild(t);
      after.getParentNode().insertBefore(r, after.getNextSibling());
    }
  }

  /** An attribute's value: alt text, a field instruction, a bookmark's name. */
  private static final class AttributeUnit extends Unit {
    final Attr attr;

    AttributeUnit(Attr attr, String where) {
      super(where);
      this.attr = attr;
      text.append(attr.getValue());
    }

    @Override
    void apply(List<Hit> hits, boolean review) {
      if (!review) {
        boolean bookmark = "bookmarkStart".equals(attr.getOwnerElement().getLocalName());
        attr.setValue(replace(attr.getValue(), hits, bookmark ? "_redacted" : null));
      }
    }
  }

  /** An external link's target (a mailto: address, a profile's web address). */
  private static final class LinkUnit extends Unit {
    final PackagePart part;
    final PackageRelationship rel;

    LinkUnit(PackagePart part, PackageRelationship rel, String where) {
      super(where);
      this.part = part;
      this.rel = rel;
      String target = rel.getTargetURI().toString();
      try {
        target = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        // keep it as it is
      }
      text.append(target);
    }

    @Override
    void apply(List<Hit> hits, boolean review) {
      if (!review) {
        String target = replace(text.toString(), hits, "redacted");
        part.removeRelationship(rel.getId());
        try {
          part.addExternalRelationship(target, rel.getRelationshipType(), rel.getId());
        } catch (IllegalArgumentException e) {
          part.addExternalRelationship("redacted", rel.getRelationshipType(), rel.getId());
        }
      }
    }
  }

  /** The text with each hit replaced by its tag (or by {@code with}). */
  static String replace(String s, List<Hit> hits, String with) {
    StringBuilder b = new StringBuilder(s);
    for (int i = hits.size() - 1; i >= 0; i--) {
      Hit h = hits.get(i);
      b.replace(h.start(), Math.min(h.end(), b.length()), with != null ? with : "[" + h.type() + "]");
    }
    return b.toString();
  }

  private void notChecked(Run run) throws InvalidFormatException {
    for (PackagePart p : run.pkg.getParts()) {
      String name = p.getPartName().getName();
      String ct = p.getContentType();
      String base = name.substring(name.lastIndexOf('/') + 1);
      if (ct.startsWith("image/")) {
        run.tally.notChecked("image", base);
      } else if (name.startsWith("/word/embeddings/")) {
        run.tally.notChecked("embedded object", base);
      } else if (name.contains("vbaProject")) {
        run.tally.notChecked("macros", base);
      } else if (name.startsWith("/word/charts/") || name.startsWith("/word/diagrams/")) {
        if (!p.isRelationshipPart()) {
          run.tally.notChecked("chart or diagram", base);
        }
      }
    }
  }
}
