package org.evidencekit.render.docx.internal;

/**
 * The XML of each kind of content control, as Word 2010 and later writes it. Check boxes are
 * {@code w14:checkbox} controls (POI has no API for them); short texts are plain-text controls;
 * long texts are rich-text controls with one paragraph per line, each alone in a one-cell table
 * (the box to write in) so that a reader finds every paragraph even after LibreOffice has cut the
 * control down to its first paragraph. Before every control sits a hidden bookmark naming it.
 */
public final class Controls {
  /** How the controls of a document may be used. */
  public enum Mode {
    /** A form to fill in: the controls cannot be deleted, their content can be changed. */
    EDITABLE,
    /** A printed response: nothing in a control can be changed. */
    READ_ONLY
  }

  static final String CHECK_FONT = "MS Gothic";
  static final char CHECKED = '\u2612';
  static final char UNCHECKED = '\u2610';
  private static final String GLYPH_RPR =
      "<w:rPr><w:rFonts w:ascii=\"" + CHECK_FONT + "\" w:eastAsia=\"" + CHECK_FONT + "\" w:hAnsi=\""
          + CHECK_FONT + "\"/></w:rPr>";
  static final String TEXT_TAIL = "</w:sdtContent></w:sdt>";
  static final String LONG_TAIL = "</w:sdtContent></w:sdt></w:tc></w:tr></w:tbl>";

  private Controls() {}

  static String bookmark(Slot s) {
    return "<w:bookmarkStart w:id=\"" + s.index + "\" w:name=\"" + s.bookmark + "\"/><w:bookmarkEnd w:id=\""
        + s.index + "\"/>";
  }

  private static String common(Slot s, Mode mode) {
    return "<w:alias w:val=\"" + Xml.escape(s.title) + "\"/><w:tag w:val=\"" + Xml.escape(s.tag)
        + "\"/><w:id w:val=\"" + s.controlId() + "\"/><w:lock w:val=\""
        + (mode == Mode.READ_ONLY ? "sdtContentLocked" : "sdtLocked") + "\"/>";
  }

  /** A check box (with its bookmark), ticked or not. */
  static String checkBox(Slot s, Mode mode, boolean checked) {
    return bookmark(s) + "<w:sdt><w:sdtPr>" + GLYPH_RPR + common(s, mode)
        + "<w14:checkbox><w14:checked w14:val=\"" + (checked ? 1 : 0) + "\"/>"
        + "<w14:checkedState w14:val=\"" + hex(CHECKED) + "\" w14:font=\"" + CHECK_FONT + "\"/>"
        + "<w14:uncheckedState w14:val=\"" + hex(UNCHECKED) + "\" w14:font=\"" + CHECK_FONT + "\"/>"
        + "</w14:checkbox></w:sdtPr><w:sdtContent><w:r>" + GLYPH_RPR + "<w:t>" + (checked ? CHECKED : UNCHECKED)
        + "</w:t></w:r></w:sdtContent></w:sdt>";
  }

  private static String hex(char c) {
    return Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
  }

  /** A plain-text control up to its content; the value's runs and {@link #TEXT_TAIL} follow. */
  static String textHead(Slot s, Mode mode) {
    return bookmark(s) + "<w:sdt><w:sdtPr>" + common(s, mode) + "<w:text/></w:sdtPr><w:sdtContent>";
  }

  /** A plain-text control showing its placeholder. */
  static String textBlank(Slot s, Mode mode) {
    return bookmark(s) + "<w:sdt><w:sdtPr>" + common(s, mode) + "<w:showingPlcHdr/><w:text/></w:sdtPr>"
        + "<w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>"
        + Xml.escape(placeholder(s, mode)) + "</w:t></w:r>" + TEXT_TAIL;
  }

  /** The runs of a value in a plain-text control: tabs as tabs, line breaks as breaks. */
  static void textRuns(Bytes out, String value) {
    String[] lines = Texts.lines(value);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.raw("<w:r><w:br/></w:r>");
      }
      run(out, lines[i]);
    }
  }

  private static void run(Bytes out, String line) {
    out.raw("<w:r>");
    int start = 0;
    for (int tab = line.indexOf('\t'); ; tab = line.indexOf('\t', start)) {
      int end = tab < 0 ? line.length() : tab;
      if (end > start) {
        out.raw("<w:t xml:space=\"preserve\">").text(line, start, end).raw("</w:t>");
      }
      if (tab < 0) {
        break;
      }
      out.raw("<w:tab/>");
      start = tab + 1;
    }
    out.raw("</w:r>");
  }

  /** The width of the text on an A4 page with 2.54 cm margins, in twentieths of a point. */
  static final int TEXT_WIDTH = 11906 - 2 * 1440;

  /** How far a question's answers are indented: past its number, and past its group's. */
  static int indent(Slot s) {
    return 567 * (s.depth + 1);
  }

  private static String boxStart(Slot s) {
    int indent = indent(s);
    int width = TEXT_WIDTH - indent;
    return "<w:tbl><w:tblPr><w:tblStyle w:val=\"AnswerBox\"/><w:tblW w:w=\"" + width + "\" w:type=\"dxa\"/>"
        + "<w:tblInd w:w=\"" + indent + "\" w:type=\"dxa\"/>"
        + "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
        + " w:noHBand=\"1\" w:noVBand=\"1\"/><w:tblCaption w:val=\"" + Xml.escape(s.title) + "\"/></w:tblPr>"
        + "<w:tblGrid><w:gridCol w:w=\"" + width + "\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"" + width
        + "\" w:type=\"dxa\"/></w:tcPr>";
  }

  /** A box holding a rich-text control, up to its content; the paragraphs and {@link #LONG_TAIL} follow. */
  static String longHead(Slot s, Mode mode) {
    return boxStart(s) + bookmark(s) + "<w:sdt><w:sdtPr>" + common(s, mode) + "</w:sdtPr><w:sdtContent>";
  }

  /** A box holding a rich-text control that shows its placeholder. */
  static String longBlank(Slot s, Mode mode) {
    return boxStart(s) + bookmark(s) + "<w:sdt><w:sdtPr>" + common(s, mode) + "<w:showingPlcHdr/></w:sdtPr>"
        + "<w:sdtContent><w:p><w:pPr><w:pStyle w:val=\"AnswerText\"/></w:pPr><w:r><w:rPr><w:rStyle"
        + " w:val=\"PlaceholderText\"/></w:rPr><w:t>" + Xml.escape(placeholder(s, mode)) + "</w:t></w:r></w:p>"
        + LONG_TAIL;
  }

  /** A long text's paragraphs: one for each line. */
  static void longParagraphs(Bytes out, String value) {
    for (String line : Texts.lines(value)) {
      out.raw("<w:p><w:pPr><w:pStyle w:val=\"AnswerText\"/></w:pPr>");
      if (!line.isEmpty()) {
        run(out, line);
      }
      out.raw("</w:p>");
    }
  }

  private static String placeholder(Slot s, Mode mode) {
    return mode == Mode.READ_ONLY ? Placeholders.NOT_PROVIDED : s.placeholder;
  }
}
