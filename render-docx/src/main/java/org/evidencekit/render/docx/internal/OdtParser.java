package org.evidencekit.render.docx.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evidencekit.model.DocumentException;

/**
 * Reads an OpenDocument text's {@code content.xml} (a form saved as {@code .odt} by LibreOffice)
 * into the same {@link DocModel} a Word document gives: paragraphs and headings with their text,
 * table cells, our bookmarks ({@code text:bookmark}, {@code text:bookmark-start}), input fields
 * ({@code text:text-input}, what LibreOffice makes of a plain-text control, line breaks kept as
 * characters) and content controls ({@code loext:content-control}: check boxes with their state,
 * rich-text controls). Notes, annotations and tracked changes are
 * skipped. Also reads {@code meta.xml}'s user-defined properties, where the questionnaire is named.
 */
final class OdtParser {
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  static final String LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0";
  private static final int MAX_DEPTH = 256;
  private static final int MAX_SPACES = 10_000;

  private final SlotTable table;
  private final DocModel model = new DocModel();
  private final Deque<DocModel.Control> open = new ArrayDeque<>();
  private final Deque<Integer> cells = new ArrayDeque<>();
  private final List<Slot> beforeParagraph = new ArrayList<>();
  private DocModel.Para para;
  private int cellCount;
  private int depth;
  private int paragraphDepth;
  private int skipDepth;
  private Slot pendingInline;
  private int pendingOffset = -1;

  private OdtParser(SlotTable table) {
    this.table = table;
  }

  static DocModel parse(SlotTable table, XMLStreamReader x) throws XMLStreamException {
    OdtParser p = new OdtParser(table);
    p.run(x);
    p.model.flagsKept = false;
    return p.model;
  }

  /** The user-defined properties of a {@code meta.xml}. */
  static Map<String, String> properties(XMLStreamReader x) throws XMLStreamException {
    Map<String, String> out = new HashMap<>();
    while (x.hasNext()) {
      if (x.next() == XMLStreamConstants.START_ELEMENT && META.equals(x.getNamespaceURI())
          && "user-defined".equals(x.getLocalName())) {
        String name = x.getAttributeValue(META, "name");
        String value = x.getElementText();
        if (name != null) {
          out.putIfAbsent(name, value);
        }
      }
    }
    return out;
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
          if (skipDepth == 0 && paragraphDepth > 0) {
            text(x.getText());
          }
          break;
        default:
          break;
      }
    }
  }

  private int offset() {
    return para == null ? 0 : para.text.length();
  }

  private void start(XMLStreamReader x) {
    if (++depth > MAX_DEPTH) {
      throw new DocumentException(
          DocumentException.Reason.UNSAFE,
          "The document's part content.xml nests elements more than " + MAX_DEPTH + " deep; it is refused as unsafe");
    }
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    String ns = x.getNamespaceURI();
    String local = x.getLocalName();
    if (TEXT.equals(ns)) {
      switch (local) {
        case "p":
        case "h":
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
        case "tab":
          text("\t");
          break;
        case "line-break":
          text("\n");
          break;
        case "s":
          int n = 1;
          String c = x.getAttributeValue(TEXT, "c");
          if (c != null) {
            try {
              n = Math.max(1, Math.min(MAX_SPACES, Integer.parseInt(c.trim())));
            } catch (NumberFormatException e) {
              n = 1;
            }
          }
          text(" ".repeat(n));
          break;
        case "bookmark":
        case "bookmark-start":
          table.byBookmark(x.getAttributeValue(TEXT, "name")).ifPresent(this::bookmark);
          break;
        case "text-input":
          control(false);
          break;
        case "note":
        case "tracked-changes":
        case "deletion":
          skipDepth = 1;
          break;
        default:
          break;
      }
      return;
    }
    if (OFFICE.equals(ns) && "annotation".equals(local)) {
      skipDepth = 1;
      return;
    }
    if (TABLE.equals(ns) && ("table-cell".equals(local) || "covered-table-cell".equals(local))) {
      cells.push(++cellCount);
      return;
    }
    if (LOEXT.equals(ns) && "content-control".equals(local)) {
      DocModel.Control c = control(true);
      c.checkBox = "true".equals(x.getAttributeValue(LOEXT, "checkbox"));
      c.checkedAttribute = "true".equals(x.getAttributeValue(LOEXT, "checked"));
      c.checkedGlyph = x.getAttributeValue(LOEXT, "checked-state");
      c.uncheckedGlyph = x.getAttributeValue(LOEXT, "unchecked-state");
      // loext:showing-place-holder is not trusted: LibreOffice 7.4 leaves it "true" on a control
      // whose placeholder a respondent replaced by typing (measured), so the placeholder is told
      // as in any document LibreOffice saved: by the control's own placeholder text
      c.alias = x.getAttributeValue(LOEXT, "alias");
      c.tag = x.getAttributeValue(LOEXT, "tag");
    }
  }

  private DocModel.Control control(boolean contentControl) {
    DocModel.Control c = new DocModel.Control(false, Math.max(0, model.paras.size() - 1), offset());
    if (pendingInline != null && pendingOffset == offset()) {
      c.bookmarked = pendingInline;
      pendingInline = null;
    }
    model.controls.add(c);
    open.push(c);
    return c;
  }

  private void bookmark(Slot slot) {
    if (paragraphDepth == 0) {
      beforeParagraph.add(slot);
      return;
    }
    model.marks.add(new DocModel.Mark(slot, model.paras.size() - 1, offset()));
    DocModel.Control c = open.peek();
    if (c != null && c.bookmarked == null && c.text.length() == 0) {
      c.bookmarked = slot;
    } else {
      pendingInline = slot;
      pendingOffset = offset();
    }
  }

  private void text(String t) {
    if (para != null) {
      para.text.append(t);
    }
    for (DocModel.Control c : open) {
      c.text.append(t);
    }
  }

  private void end(XMLStreamReader x) {
    depth--;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    String ns = x.getNamespaceURI();
    String local = x.getLocalName();
    if (TEXT.equals(ns)) {
      if (("p".equals(local) || "h".equals(local)) && --paragraphDepth == 0) {
        pendingInline = null;
        para = null;
      } else if ("text-input".equals(local) && !open.isEmpty()) {
        open.pop();
      }
      return;
    }
    if (TABLE.equals(ns) && ("table-cell".equals(local) || "covered-table-cell".equals(local)) && !cells.isEmpty()) {
      cells.pop();
      return;
    }
    if (LOEXT.equals(ns) && "content-control".equals(local) && !open.isEmpty()) {
      open.pop();
    }
  }
}
