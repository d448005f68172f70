package org.evidencekit.render.docx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds each control's answer in a {@link DocModel}, from the most to the least reliable sign:
 *
 * <ol>
 *   <li>our bookmark's start: the answer is everything from there to the end of its paragraph (a
 *       long text: to the end of its box); a check box is the control at the bookmark. The
 *       bookmark encloses its control, so its start survives a respondent replacing the control.
 *   <li>the control's tag (kept by Word), then its title (kept by LibreOffice on some controls);
 *       LibreOffice's block-level wrappers are never trusted.
 *   <li>the document's visible structure, compared with the blank form's: each question's printed
 *       paragraphs, and the answer paragraphs between them and the next printed one. Answers found
 *       this way are marked, so the reader can say which they are.
 * </ol>
 *
 * An empty control is known by the document's own flag ({@code w:showingPlcHdr}, an ODT content
 * control's showing-place-holder); only where the document has lost its flags (LibreOffice saved
 * it) is a text equal to the control's own placeholder taken as no answer.
 */
final class Recovery {
  static final Set<String> TICKED =
      Set.of("\u2612", "\u2611", "\u2713", "\u2714", "\u2717", "\u2718", "x", "X", "\u25A0", "\u25C9", "\u25CF");
  static final Set<String> NOT_TICKED = Set.of("\u2610", "\u25A1", "\u25CB");
  private static final String GLYPHS = "\u2610\u2611\u2612\u25A0\u25A1\u25C9\u25CB\u25CF\u2713\u2714\u2717\u2718";

  private final SlotTable table;
  private final DocModel doc;
  private final FormParser.Found[] found;
  private final Map<Integer, DocModel.Mark> marks = new HashMap<>();
  private final Map<Integer, DocModel.Control> byBookmark = new HashMap<>();
  private final Map<Integer, DocModel.Control> byTag = new HashMap<>();
  private final Map<Integer, DocModel.Control> byTitle = new HashMap<>();

  private Recovery(SlotTable table, DocModel doc) {
    this.table = table;
    this.doc = doc;
    this.found = new FormParser.Found[table.size()];
    for (DocModel.Mark m : doc.marks) {
      marks.putIfAbsent(m.slot.index, m);
    }
    for (DocModel.Control c : doc.controls) {
      if (c.block) {
        continue;
      }
      if (c.bookmarked != null && c.bookmarked.kind.isCheckBox() == c.checkBox) {
        byBookmark.putIfAbsent(c.bookmarked.index, c);
      }
      if (c.tag != null) {
        table.byTag(c.tag).filter(s -> s.kind.isCheckBox() == c.checkBox).ifPresent(s -> byTag.putIfAbsent(s.index, c));
      }
      if (c.alias != null) {
        table.byTitle(c.alias).filter(s -> s.kind.isCheckBox() == c.checkBox)
            .ifPresent(s -> byTitle.putIfAbsent(s.index, c));
      }
    }
  }

  /**
   * What each control holds, by slot index (null where nothing was found).
   *
   * @param blank the blank form's model, made only if the structure is needed; null to never
   *     read the structure (a document that does not print the whole form)
   */
  static FormParser.Found[] resolve(SlotTable table, DocModel doc, Supplier<DocModel> blank) {
    Recovery r = new Recovery(table, doc);
    boolean missing = false;
    for (Slot s : table.slots()) {
      r.byMarkers(s);
      missing |= r.found[s.index] == null;
    }
    if (missing && blank != null) {
      new Structure(r, blank.get()).run();
    }
    return r.found;
  }

  private void byMarkers(Slot s) {
    if (s.kind.isCheckBox()) {
      DocModel.Control c = byBookmark.get(s.index);
      DocModel.Mark m = marks.get(s.index);
      if (c == null && m != null) {
        c = firstCheckBoxFrom(m);
      }
      if (c == null) {
        c = byTag.getOrDefault(s.index, byTitle.get(s.index));
      }
      if (c != null) {
        FormParser.Found f = new FormParser.Found();
        f.checked = ticked(c);
        found[s.index] = f;
      }
      return;
    }
    DocModel.Mark m = marks.get(s.index);
    DocModel.Control c = byBookmark.get(s.index);
    String text;
    if (m != null) {
      text = region(m);
    } else {
      c = byTag.getOrDefault(s.index, byTitle.get(s.index));
      if (c == null) {
        return;
      }
      text = c.text.toString();
      if (s.kind != Slot.Kind.LONG_TEXT && text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
    }
    String answer = withoutPlaceholder(s, c, text);
    if (answer.isEmpty()) {
      return; // nothing in the field: the answer may have been typed beside it (the structure looks)
    }
    FormParser.Found f = new FormParser.Found();
    f.text = answer;
    found[s.index] = f;
  }

  private DocModel.Control firstCheckBoxFrom(DocModel.Mark m) {
    for (DocModel.Control c : doc.controls) {
      if (!c.block && c.checkBox && c.para == m.para && c.start >= m.offset) {
        return c;
      }
    }
    return null;
  }

  /**
   * From a bookmark's start to the end of its paragraph, or of its box for a long text. A short or
   * long text's paragraph holds nothing else, so all of it counts: LibreOffice puts what is typed
   * where a deleted control was before the bookmark. An option's details start at the bookmark,
   * after the option's printed text.
   */
  private String region(DocModel.Mark m) {
    DocModel.Para p = doc.paras.get(m.para);
    int end = p.text.length();
    int start = m.slot.kind == Slot.Kind.SPECIFY ? m.offset : 0;
    for (DocModel.Mark other : doc.marks) {
      if (other.para == m.para && other.slot != m.slot) {
        if (other.offset > m.offset && other.offset < end) {
          end = other.offset;
        } else if (other.offset <= m.offset) {
          start = Math.max(start, m.offset);
        }
      }
    }
    String own = p.text.substring(Math.min(start, end), end);
    if (m.slot.kind != Slot.Kind.LONG_TEXT) {
      return own;
    }
    int first = m.para;
    if (p.cell < 0 && own.isBlank() && m.para + 1 < doc.paras.size() && doc.paras.get(m.para + 1).cell >= 0) {
      first = m.para + 1; // the bookmark starts at the end of the question, its box follows
      own = doc.paras.get(first).text.toString();
    }
    int cell = doc.paras.get(first).cell;
    if (cell < 0) {
      return own;
    }
    // the whole box: LibreOffice moves the control (and its bookmark) along as lines are typed
    // with Enter where the control was deleted, so the bookmark may sit in the box's last paragraph
    StringBuilder before = new StringBuilder();
    for (int i = first - 1; i >= 0 && doc.paras.get(i).cell == cell && !hasOtherMark(i, m.slot); i--) {
      before.insert(0, doc.paras.get(i).text + "\n");
    }
    StringBuilder sb = new StringBuilder(before).append(own);
    for (int i = first + 1; i < doc.paras.size() && doc.paras.get(i).cell == cell; i++) {
      sb.append('\n').append(doc.paras.get(i).text);
    }
    return sb.toString();
  }

  private boolean hasOtherMark(int para, Slot slot) {
    for (DocModel.Mark m : doc.marks) {
      if (m.para == para && m.slot != slot) {
        return true;
      }
    }
    return false;
  }

  /**
   * The answer without an empty control's placeholder: by the control's flag where the document
   * keeps flags; where it does not, a text that is only the control's own placeholder (or a
   * filled form's blank, or "Not provided") is no answer, and a placeholder left before typed text
   * is taken away.
   */
  private String withoutPlaceholder(Slot s, DocModel.Control c, String text) {
    if (c != null && doc.flagsKept) {
      if (!c.placeholder) {
        return text;
      }
      String shown = c.text.toString();
      int at = text.indexOf(shown);
      return at < 0 ? text : text.substring(0, at) + text.substring(at + shown.length());
    }
    if (doc.flagsKept && c == null) {
      return text;
    }
    return lostFlags(s, text);
  }

  static String lostFlags(Slot s, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return "";
    }
    for (String p : new String[] {s.placeholder, Placeholders.NOT_PROVIDED, Placeholders.WITHHELD}) {
      if (t.equals(p)) {
        return "";
      }
      if (t.startsWith(p + " ")) {
        return t.substring(p.length() + 1).strip();
      }
    }
    if (text.indexOf('\u2002') >= 0) {
      return text.replace("\u2002", "").strip();
    }
    return text;
  }

  static boolean ticked(DocModel.Control c) {
    String t = c.text.toString().strip();
    if (!t.isEmpty()) {
      if (t.equals(c.checkedGlyph)) {
        return true;
      }
      if (t.equals(c.uncheckedGlyph)) {
        return false;
      }
      if (TICKED.contains(t)) {
        return true;
      }
      if (NOT_TICKED.contains(t)) {
        return false;
      }
    }
    return c.checkedAttribute;
  }

  /**
   * What the structure needs of a blank form, worked out once per blank model (models are cached
   * and shared, see {@link BlankModels}): each paragraph's printed text without its controls,
   * normalised, the paragraph each slot's bookmark is in, and each of its paragraphs' whole text
   * normalised (a filled form prints most of its paragraphs as the blank form does, so their
   * {@link #norm} is looked up, not worked out again; a table of the blank form's, never added to).
   */
  static final class BlankLayout {
    final String[] printed;
    final Map<Integer, Integer> blankParaOf;
    final Map<String, String> normed;

    private BlankLayout(DocModel blank) {
      int n = blank.paras.size();
      printed = new String[n];
      StringBuilder[] raw = new StringBuilder[n];
      for (int i = 0; i < n; i++) {
        raw[i] = new StringBuilder(blank.paras.get(i).text);
      }
      List<DocModel.Control> controls = new ArrayList<>(blank.controls);
      java.util.Collections.reverse(controls); // cut from the end of each paragraph first
      for (DocModel.Control c : controls) {
        if (!c.block && c.para >= 0 && c.para < n) {
          StringBuilder sb = raw[c.para];
          int end = Math.min(sb.length(), c.start + c.text.length());
          if (c.start <= end) {
            sb.delete(c.start, end);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        printed[i] = norm(raw[i].toString());
      }
      Map<String, String> whole = new HashMap<>();
      for (DocModel.Para p : blank.paras) {
        String text = p.text.toString();
        whole.computeIfAbsent(text, Recovery::norm);
      }
      normed = java.util.Collections.unmodifiableMap(whole);
      Map<Integer, Integer> paraOf = new HashMap<>();
      for (DocModel.Mark m : blank.marks) {
        paraOf.putIfAbsent(m.slot.index, m.para);
      }
      blankParaOf = java.util.Collections.unmodifiableMap(paraOf);
    }

    /** The layout of a blank model, made on first use and kept with it (a race makes it twice, harmlessly). */
    static BlankLayout of(DocModel blank) {
      BlankLayout l = blank.blankLayout;
      if (l == null) {
        l = new BlankLayout(blank);
        blank.blankLayout = l;
      }
      return l;
    }
  }

  /** The fallback: the visible structure of the document against the blank form's. */
  private static final class Structure {
    private final Recovery r;
    private final DocModel blank;
    private final String[] printed;
    private final int[] map;
    private final Map<Integer, Integer> blankParaOf;
    private final Map<String, String> normed;

    Structure(Recovery r, DocModel blank) {
      this.r = r;
      this.blank = blank;
      BlankLayout layout = BlankLayout.of(blank);
      printed = layout.printed;
      blankParaOf = layout.blankParaOf;
      normed = layout.normed;
      map = align();
    }

    /** Each printed paragraph of the blank form to the paragraph of the document that prints it. */
    private int[] align() {
      int[] m = new int[printed.length];
      String[] filled = new String[r.doc.paras.size()];
      for (int j = 0; j < filled.length; j++) {
        String text = r.doc.paras.get(j).text.toString();
        String known = normed.get(text); // the blank form's paragraph, printed as it was
        filled[j] = known != null ? known : norm(text);
      }
      int cursor = 0;
      for (int i = 0; i < printed.length; i++) {
        m[i] = -1;
        String p = printed[i];
        if (p.isEmpty()) {
          continue;
        }
        for (int j = cursor; j < filled.length; j++) {
          String t = filled[j];
          if (t.equals(p) || t.startsWith(p + " ") || (p.length() >= 12 && t.startsWith(p))) {
            m[i] = j;
            cursor = j + 1;
            break;
          }
        }
      }
      return m;
    }

    void run() {
      for (Slot s : r.table.slots()) {
        if (r.found[s.index] != null) {
          continue;
        }
        Integer b = blankParaOf.get(s.index);
        if (b == null) {
          continue;
        }
        FormParser.Found f = s.kind.isCheckBox() ? tick(b) : text(s, b);
        if (f != null) {
          f.fromStructure = true;
          r.found[s.index] = f;
        }
      }
    }

    private FormParser.Found tick(int b) {
      if (map[b] < 0) {
        return null;
      }
      String t = r.doc.paras.get(map[b]).text.toString();
      for (int i = 0; i < t.length(); i++) {
        String g = String.valueOf(t.charAt(i));
        if (GLYPHS.indexOf(t.charAt(i)) >= 0) {
          FormParser.Found f = new FormParser.Found();
          f.checked = TICKED.contains(g);
          return f;
        }
      }
      return null;
    }

    private FormParser.Found text(Slot s, int b) {
      String answer;
      if (!printed[b].isEmpty()) {
        // an option's details, typed after its printed text in the same paragraph
        if (map[b] < 0) {
          return null;
        }
        answer = after(r.doc.paras.get(map[b]).text.toString(), printed[b]);
      } else {
        int prev = b - 1;
        while (prev >= 0 && printed[prev].isEmpty()) {
          prev--;
        }
        if (prev < 0 || map[prev] < 0) {
          return null;
        }
        int next = b + 1;
        int cell = blank.paras.get(b).cell;
        while (next < printed.length && (printed[next].isEmpty() || map[next] < 0)) {
          boolean ownBox = cell >= 0 && blank.paras.get(next).cell == cell;
          if (printed[next].isEmpty() && !ownBox && hasMark(next)) {
            return null; // another answer's place lies between: too uncertain
          }
          next++;
        }
        int to = next < printed.length ? map[next] : r.doc.paras.size();
        List<String> lines = new ArrayList<>();
        String own = after(r.doc.paras.get(map[prev]).text.toString(), printed[prev]);
        if (!own.isEmpty()) {
          lines.add(own);
        }
        for (int j = map[prev] + 1; j < to; j++) {
          String line = lostFlags(s, r.doc.paras.get(j).text.toString()).strip();
          if (!line.isEmpty()) {
            lines.add(line);
          }
        }
        answer = String.join("\n", lines);
      }
      answer = lostFlags(s, answer);
      if (answer.isEmpty()) {
        return null;
      }
      FormParser.Found f = new FormParser.Found();
      f.text = answer;
      return f;
    }

    private boolean hasMark(int para) {
      for (DocModel.Mark m : blank.marks) {
        if (m.para == para) {
          return true;
        }
      }
      return false;
    }

    /** What a paragraph holds after its printed text (placeholders taken away). */
    private static String after(String text, String printedText) {
      String t = norm(text);
      if (!t.startsWith(printedText)) {
        return "";
      }
      String rest = t.substring(printedText.length()).strip();
      for (String p : PLACEHOLDERS) {
        rest = rest.replace(p, "");
      }
      return rest.strip();
    }
  }

  private static final String[] PLACEHOLDERS = {
    Placeholders.TEXT, Placeholders.NUMBER, Placeholders.EMAIL, Placeholders.SPECIFY, Placeholders.NOT_PROVIDED,
    Placeholders.WITHHELD
  };

  /**
   * Printed text compared loosely: no glyphs, placeholders or en spaces, white space as single
   * spaces. In three passes over character arrays (glyphs out, placeholders as spaces, white space
   * collapsed): what {@link #normSlowly} does, without a string builder growing char by char; every
   * paragraph of a document goes through it when the structure is read.
   */
  static String norm(String s) {
    int n = s.length();
    char[] a = new char[n];
    s.getChars(0, n, a, 0);
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if (c == '\r' || (c >= '\u25A0' && GLYPHS.indexOf(c) >= 0)) {
        continue; // every glyph is at or above U+25A0
      }
      a[k++] = c == '\u2019' ? '\'' : c;
    }
    String t = new String(a, 0, k);
    for (String p : PLACEHOLDERS) {
      t = t.replace(p, " ");
    }
    // Texts.collapse, no-break and en spaces counted as white space
    n = t.length();
    char[] b = n <= a.length ? a : new char[n];
    t.getChars(0, n, b, 0);
    k = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = b[i];
      if (c == ' ' || c == '\u00A0' || c == '\u2002' || Character.isWhitespace(c)) {
        space = k > 0;
      } else {
        if (space) {
          b[k++] = ' ';
          space = false;
        }
        b[k++] = c;
      }
    }
    return new String(b, 0, k);
  }

  /** What {@link #norm} computes, written plainly (the tests compare the two). */
  static String normSlowly(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (GLYPHS.indexOf(c) >= 0 || c == '\r') {
        continue;
      }
      sb.append(c == '\u2019' ? '\'' : c);
    }
    String t = sb.toString();
    for (String p : PLACEHOLDERS) {
      t = t.replace(p, " ");
    }
    return Texts.collapse(t.replace('\u00A0', ' ').replace('\u2002', ' '));
  }
}
