package org.evidencekit.render.docx.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evidencekit.model.DocumentException;

/**
 * Finds what each control of a form holds in a {@code word/document.xml}, in one pass. Every
 * {@code w:sdt} counts, at block, run and cell level. A control is known by the hidden bookmark
 * before or inside it, else by its tag, else by its title; a long text is every paragraph of the
 * box (table cell) its control is in, since LibreOffice keeps only the first paragraph inside the
 * control. Text in {@code mc:Fallback} (a copy of what {@code mc:Choice} holds) is skipped.
 */
public final class FormParser {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final int MAX_DEPTH = 256;
  private static final int BY_BOOKMARK = 3;
  private static final int BY_TAG = 2;
  private static final int BY_TITLE = 1;
  private static final Set<String> TICKED = Set.of("\u2612", "\u2611", "\u2713", "\u2714", "\u2717", "\u2718", "x", "X", "\u25A0");
  private static final Set<String> NOT_TICKED = Set.of("\u2610", "\u25A1");

  /** What one control was found to hold. */
  public static final class Found {
    int priority;
    String text = "";
    boolean checked;

    public String text() {
      return text;
    }

    public boolean checked() {
      return checked;
    }
  }

  private static final class Sdt {
    final boolean block;
    final Cell cell;
    Slot bookmarked;
    String tag;
    String alias;
    boolean inProperties;
    boolean checkBox;
    boolean placeholder;
    boolean checkedAttribute;
    String checkedGlyph;
    String uncheckedGlyph;
    final StringBuilder text = new StringBuilder();

    Sdt(boolean block, Cell cell) {
      this.block = block;
      this.cell = cell;
    }
  }

  private static final class Cell {
    final List<String> paragraphs = new ArrayList<>();
    Slot slot;
    int priority;
    boolean placeholder;
  }

  private final SlotTable table;
  private final Found[] found;
  private final Deque<Sdt> sdts = new ArrayDeque<>();
  private final Deque<Cell> cells = new ArrayDeque<>();
  private final String[] names = new String[MAX_DEPTH + 1];
  private final StringBuilder paragraph = new StringBuilder();
  private int depth;
  private int paragraphDepth;
  private int fallbackDepth;
  private boolean inText;
  private Slot pendingInline;
  private Slot pendingCell;

  private FormParser(SlotTable table) {
    this.table = table;
    this.found = new Found[table.size()];
  }

  /** What each control holds, by slot index; null where the document has no such control. */
  public static Found[] parse(SlotTable table, XMLStreamReader x) throws XMLStreamException {
    FormParser p = new FormParser(table);
    p.run(x);
    return p.found;
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

  private void start(XMLStreamReader x) {
    if (++depth > MAX_DEPTH) {
      throw new DocumentException(
          DocumentException.Reason.UNSAFE,
          "The document's part word/document.xml nests elements more than " + MAX_DEPTH + " deep;"
              + " it is refused as unsafe");
    }
    String ns = x.getNamespaceURI();
    String local = x.getLocalName();
    String parent = names[depth - 1];
    names[depth] = local;
    if (fallbackDepth > 0) {
      fallbackDepth++;
      return;
    }
    if (MC.equals(ns)) {
      if ("Fallback".equals(local)) {
        fallbackDepth = 1;
      }
      return;
    }
    Sdt sdt = sdts.peek();
    if (W14.equals(ns)) {
      if (sdt == null || !sdt.inProperties) {
        return;
      }
      switch (local) {
        case "checkbox":
          sdt.checkBox = true;
          break;
        case "checked":
          String v = attribute(x, "val");
          sdt.checkedAttribute = "1".equals(v) || "true".equals(v) || "on".equals(v);
          break;
        case "checkedState":
          sdt.checkedGlyph = glyph(attribute(x, "val"));
          break;
        case "uncheckedState":
          sdt.uncheckedGlyph = glyph(attribute(x, "val"));
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
          paragraph.setLength(0);
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
        Sdt s = new Sdt(paragraphDepth == 0, cells.peek());
        if (pendingInline != null && !s.block) {
          s.bookmarked = pendingInline;
          pendingInline = null;
        }
        sdts.push(s);
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
          sdt.alias = attribute(x, "val");
        }
        break;
      case "tag":
        if (sdt != null && sdt.inProperties) {
          sdt.tag = attribute(x, "val");
        }
        break;
      case "showingPlcHdr":
        if (sdt != null && sdt.inProperties) {
          String v = attribute(x, "val");
          sdt.placeholder = v == null || "1".equals(v) || "true".equals(v) || "on".equals(v);
        }
        break;
      case "tc":
        Cell c = new Cell();
        if (pendingCell != null) {
          c.slot = pendingCell;
          c.priority = BY_BOOKMARK;
          pendingCell = null;
        }
        cells.push(c);
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

  private static String glyph(String hex) {
    try {
      return hex == null ? null : new String(Character.toChars(Integer.parseInt(hex.trim(), 16)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void bookmark(Slot slot) {
    if (slot.kind == Slot.Kind.LONG_TEXT) {
      Cell c = cells.peek();
      if (c != null && c.slot == null) {
        c.slot = slot;
        c.priority = BY_BOOKMARK;
      } else {
        pendingCell = slot;
      }
      return;
    }
    Sdt s = sdts.peek();
    if (s != null && !s.inProperties && s.bookmarked == null && s.text.length() == 0) {
      s.bookmarked = slot;
    } else {
      pendingInline = slot;
    }
  }

  private void text(String t) {
    if (!cells.isEmpty()) {
      paragraph.append(t);
    }
    if (!sdts.isEmpty()) {
      for (Sdt s : sdts) {
        if (!s.inProperties) {
          s.text.append(t);
        }
      }
    }
  }

  private void end(XMLStreamReader x) {
    String ns = x.getNamespaceURI();
    String local = x.getLocalName();
    depth--;
    if (fallbackDepth > 0) {
      fallbackDepth--;
      return;
    }
    if (!isW(ns)) {
      return;
    }
    switch (local) {
      case "p":
        if (--paragraphDepth == 0) {
          Cell c = cells.peek();
          if (c != null) {
            c.paragraphs.add(paragraph.toString());
          }
          for (Sdt s : sdts) {
            if (s.block) {
              s.text.append('\n');
            }
          }
          pendingInline = null;
        }
        break;
      case "t":
        inText = false;
        break;
      case "sdt":
        if (!sdts.isEmpty()) {
          finish(sdts.pop());
        }
        break;
      case "sdtPr":
        if (!sdts.isEmpty()) {
          sdts.peek().inProperties = false;
        }
        break;
      case "tc":
        if (!cells.isEmpty()) {
          finish(cells.pop());
        }
        break;
      default:
        break;
    }
  }

  private void finish(Sdt s) {
    Slot slot = null;
    int priority = 0;
    Iterator<Optional<Slot>> candidates =
        List.of(
                Optional.ofNullable(s.bookmarked),
                Optional.ofNullable(s.tag).flatMap(table::byTag),
                Optional.ofNullable(s.alias).flatMap(table::byTitle))
            .iterator();
    for (int p = BY_BOOKMARK; candidates.hasNext(); p--) {
      Optional<Slot> c = candidates.next();
      if (c.isPresent() && c.get().kind.isCheckBox() == s.checkBox) {
        slot = c.get();
        priority = p;
        break;
      }
    }
    if (slot == null) {
      return;
    }
    if (slot.kind == Slot.Kind.LONG_TEXT && s.cell != null) {
      if (s.cell.slot == null || s.cell.priority < priority) {
        s.cell.slot = slot;
        s.cell.priority = priority;
      }
      if (s.cell.slot == slot) {
        s.cell.placeholder |= s.placeholder;
      }
      return;
    }
    Found f = record(slot, priority);
    if (f == null) {
      return;
    }
    if (s.checkBox) {
      f.checked = ticked(s);
    } else {
      f.text = s.placeholder ? "" : clean(s.text.toString());
    }
  }

  private static boolean ticked(Sdt s) {
    String t = s.text.toString().strip();
    if (!t.isEmpty()) {
      if (t.equals(s.checkedGlyph)) {
        return true;
      }
      if (t.equals(s.uncheckedGlyph)) {
        return false;
      }
      if (TICKED.contains(t)) {
        return true;
      }
      if (NOT_TICKED.contains(t)) {
        return false;
      }
    }
    return s.checkedAttribute;
  }

  private void finish(Cell c) {
    if (c.slot == null) {
      return;
    }
    Found f = record(c.slot, c.priority);
    if (f != null) {
      f.text = c.placeholder ? "" : clean(String.join("\n", c.paragraphs));
    }
  }

  /** The record for a slot if this finding outranks what was found before; null if not. */
  private Found record(Slot slot, int priority) {
    Found f = found[slot.index];
    if (f != null && f.priority >= priority) {
      return null;
    }
    f = new Found();
    f.priority = priority;
    found[slot.index] = f;
    return f;
  }

  private static String clean(String text) {
    String t = text.strip();
    return Placeholders.isPlaceholder(t) ? "" : t;
  }
}
