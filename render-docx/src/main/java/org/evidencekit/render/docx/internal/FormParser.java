package org.evidencekit.render.docx.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evidencekit.model.DocumentException;

/**
 * Reads a {@code word/document.xml} into a {@link DocModel}, in one pass: every paragraph's
 * visible text, the table cell it is in, where each of our bookmarks starts, and every {@code
 * w:sdt} at block, run and cell level with its tag, title, placeholder flag and check-box state.
 * Text in {@code mc:Fallback} (a copy of what {@code mc:Choice} holds) is skipped.
 */
public final class FormParser {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final int MAX_DEPTH = 256;
  /**
   * The local names {@link #start} and {@link #end} act on, in any namespace: for every other
   * element (most of a document: run and paragraph properties) they only keep count of the depth.
   */
  private static final java.util.Set<String> ACTED_ON =
      java.util.Set.of(
          "Fallback", "checkbox", "checked", "checkedState", "uncheckedState", "p", "t", "tab", "br", "cr",
          "noBreakHyphen", "bookmarkStart", "sdt", "sdtPr", "sdtContent", "alias", "tag", "showingPlcHdr", "tc");

  /** What one control was found to hold. */
  public static final class Found {
    String text = "";
    boolean checked;
    /** Read from the document's visible layout, its markers gone. */
    boolean fromStructure;

    public String text() {
      return text;
    }

    public boolean checked() {
      return checked;
    }
  }

  private static final class Open {
    final DocModel.Control control;
    boolean inProperties;

    Open(DocModel.Control control) {
      this.control = control;
    }
  }

  private final SlotTable table;
  private final DocModel model = new DocModel();
  private final Deque<Open> sdts = new ArrayDeque<>();
  private final Deque<Integer> cells = new ArrayDeque<>();
  private final String[] names = new String[MAX_DEPTH + 1];
  private final List<Slot> beforeParagraph = new ArrayList<>();
  private DocModel.Para para;
  private int cellCount;
  private int depth;
  private int paragraphDepth;
  private int fallbackDepth;
  private boolean inText;
  /** The slot of a bookmark that starts where the next control would, in this paragraph. */
  private Slot pendingInline;
  private int pendingOffset = -1;

  private FormParser(SlotTable table) {
    this.table = table;
  }

  /** The document as a model of paragraphs, bookmarks and controls. */
  static DocModel parse(SlotTable table, XMLStreamReader x) throws XMLStreamException {
    FormParser p = new FormParser(table);
    p.run(x);
    return p.model;
  }

  private void run(XMLStreamReader x) throws XMLStreamException {
    while (x.hasNext()) {
      switch (x.next()) {
        case XMLStreamConstants.START_ELEMENT:
          start(x);
          break;
        case XMLStreamConstants.END_ELEMENT:
          end(x);
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (inText && fallbackDepth == 0) {
            text(x.getText());
          }
          break;
        default:
          break;
      }
    }
  }

  private static boolean isW(String ns) {
    return W.equals(ns) || W_STRICT.equals(ns);
  }

  private int offset() {
    return para == null ? 0 : para.text.length();
  }

  private void start(XMLStreamReader x) {
    if (++depth > MAX_DEPTH) {
      throw new DocumentException(
          DocumentException.Reason.UNSAFE,
          "The document's part word/document.xml nests elements more than " + MAX_DEPTH + " deep;"
              + " it is refused as unsafe");
    }
    String local = x.getLocalName();
    String parent = names[depth - 1];
    names[depth] = local;
    if (fallbackDepth > 0) {
      fallbackDepth++;
      return;
    }
    if (!ACTED_ON.contains(local)) {
      return;
    }
    String ns = x.getNamespaceURI();
    if (MC.equals(ns)) {
      if ("Fallback".equals(local)) {
        fallbackDepth = 1;
      }
      return;
    }
    Open sdt = sdts.peek();
    if (W14.equals(ns)) {
      if (sdt == null || !sdt.inProperties) {
        return;
      }
      DocModel.Control c = sdt.control;
      switch (local) {
        case "checkbox":
          c.checkBox = true;
          break;
        case "checked":
          String v = attribute(x, "val");
          c.checkedAttribute = "1".equals(v) || "true".equals(v) || "on".equals(v);
          break;
        case "checkedState":
          c.checkedGlyph = glyph(attribute(x, "val"));
          break;
        case "uncheckedState":
          c.uncheckedGlyph = glyph(attribute(x, "val"));
          break;
        default:
          break;
      }
      return;
    }
    if (!isW(ns)) {
      return;
    }
    switch (local) {
      case "p":
        if (paragraphDepth++ == 0) {
          para = new DocModel.Para(cells.isEmpty() ? -1 : cells.peek());
          model.paras.add(para);
          for (Slot s : beforeParagraph) {
            model.marks.add(new DocModel.Mark(s, model.paras.size() - 1, 0));
          }
          if (!beforeParagraph.isEmpty()) {
            pendingInline = beforeParagraph.get(beforeParagraph.size() - 1);
            pendingOffset = 0;
          }
          beforeParagraph.clear();
        }
        break;
      case "t":
        inText = "r".equals(parent);
        break;
      case "tab":
        if ("r".equals(parent)) {
          text("\t");
        }
        break;
      case "br":
      case "cr":
        if ("r".equals(parent)) {
          text("\n");
        }
        break;
      case "noBreakHyphen":
        if ("r".equals(parent)) {
          text("-");
        }
        break;
      case "bookmarkStart":
        table.byBookmark(attribute(x, "name")).ifPresent(this::bookmark);
        break;
      case "sdt":
        boolean block = paragraphDepth == 0;
        DocModel.Control c = new DocModel.Control(block, block ? model.paras.size() : model.paras.size() - 1, offset());
        if (!block && pendingInline != null && pendingOffset == offset()) {
          c.bookmarked = pendingInline;
          pendingInline = null;
        }
        model.controls.add(c);
        sdts.push(new Open(c));
        break;
      case "sdtPr":
        if (sdt != null) {
          sdt.inProperties = true;
        }
        break;
      case "sdtContent":
        if (sdt != null) {
          sdt.inProperties = false;
        }
        break;
      case "alias":
        if (sdt != null && sdt.inProperties) {
          sdt.control.alias = attribute(x, "val");
        }
        break;
      case "tag":
        if (sdt != null && sdt.inProperties) {
          sdt.control.tag = attribute(x, "val");
        }
        break;
      case "showingPlcHdr":
        if (sdt != null && sdt.inProperties) {
          String v = attribute(x, "val");
          sdt.control.placeholder = v == null || "1".equals(v) || "true".equals(v) || "on".equals(v);
        }
        break;
      case "tc":
        cells.push(++cellCount);
        break;
      default:
        break;
    }
  }

  private static String attribute(XMLStreamReader x, String local) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (local.equals(x.getAttributeLocalName(i))) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  static String glyph(String hex) {
    try {
      return hex == null ? null : new String(Character.toChars(Integer.parseInt(hex.trim(), 16)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void bookmark(Slot slot) {
    if (paragraphDepth == 0) {
      beforeParagraph.add(slot);
      return;
    }
    model.marks.add(new DocModel.Mark(slot, model.paras.size() - 1, offset()));
    Open s = sdts.peek();
    if (s != null && !s.control.block && !s.inProperties && s.control.bookmarked == null
        && s.control.text.length() == 0) {
      s.control.bookmarked = slot; // LibreOffice moves the bookmark inside the control
    } else {
      pendingInline = slot;
      pendingOffset = offset();
    }
  }

  private void text(String t) {
    if (para != null && paragraphDepth > 0) {
      para.text.append(t);
    }
    for (Open s : sdts) {
      if (!s.inProperties) {
        s.control.text.append(t);
      }
    }
  }

  private void end(XMLStreamReader x) {
    depth--;
    if (fallbackDepth > 0) {
      fallbackDepth--;
      return;
    }
    String local = x.getLocalName();
    if (!ACTED_ON.contains(local) || !isW(x.getNamespaceURI())) {
      return;
    }
    switch (local) {
      case "p":
        if (--paragraphDepth == 0) {
          for (Open s : sdts) {
            if (s.control.block) {
              s.control.text.append('\n');
            }
          }
          pendingInline = null;
          para = null;
        }
        break;
      case "t":
        inText = false;
        break;
      case "sdt":
        if (!sdts.isEmpty()) {
          sdts.pop();
        }
        break;
      case "sdtPr":
        if (!sdts.isEmpty()) {
          sdts.peek().inProperties = false;
        }
        break;
      case "tc":
        if (!cells.isEmpty()) {
          cells.pop();
        }
        break;
      default:
        break;
    }
  }
}
