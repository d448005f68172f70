package org.evidencekit.render.docx.internal;

/**
 * The XML of each kind of content control, as Word 2010 and later writes it. Check boxes are
 * {@code w14:checkbox} controls (POI has no API for them); every text answer is a run-level
 * rich-text control with a visible placeholder (a long text's inside the one paragraph of its
 * box, a one-cell table), the design LibreOffice 7.4 keeps best (measured for issue 11: it opens
 * them as content controls, keeps typed text and line breaks inside them). A bookmark encloses
 * every control and names it.
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
  static final String RADIO_FONT = "Segoe UI Symbol";
  static final char CHECKED = '\u2612';
  static final char UNCHECKED = '\u2610';
  /** A single choice's option: a circle, filled when chosen, so it looks unlike a multiple choice's box. */
  static final char RADIO_CHECKED = '\u25C9';
  static final char RADIO_UNCHECKED = '\u25CB';
  static final String CONTENT_TAIL = "</w:sdtContent></w:sdt>";

  private Controls() {}

  /**
   * The bookmark that names a control starts before it and ends after it: LibreOffice keeps its
   * start even when a respondent replaces the whole control, and a reader reads the answer from
   * there to the end of the paragraph.
   */
  static String bookmarkStart(Slot s) {
    return "<w:bookmarkStart w:id=\"" + s.index + "\" w:name=\"" + s.bookmark + "\"/>";
  }

  static String bookmarkEnd(Slot s) {
    return "<w:bookmarkEnd w:id=\"" + s.index + "\"/>";
  }

  private static String common(Slot s, Mode mode) {
    return "<w:alias w:val=\"" + Xml.escape(s.title) + "\"/><w:tag w:val=\"" + Xml.escape(s.tag)
        + "\"/><w:id w:val=\"" + s.controlId() + "\"/><w:lock w:val=\""
        + (mode == Mode.READ_ONLY ? "sdtContentLocked" : "sdtLocked") + "\"/>";
  }

  private static String glyphRpr(String font) {
    return "<w:rPr><w:rFonts w:ascii=\"" + font + "\" w:eastAsia=\"" + font + "\" w:hAnsi=\"" + font
        + "\"/></w:rPr>";
  }

  /** A check box (inside its bookmark), ticked or not: a box, or a circle for a single choice's option. */
  static String checkBox(Slot s, Mode mode, boolean checked) {
    char on = s.radio ? RADIO_CHECKED : CHECKED;
    char off = s.radio ? RADIO_UNCHECKED : UNCHECKED;
    String font = s.radio ? RADIO_FONT : CHECK_FONT;
    String rpr = glyphRpr(font);
    return bookmarkStart(s) + "<w:sdt><w:sdtPr>" + rpr + common(s, mode)
        + "<w14:checkbox><w14:checked w14:val=\"" + (checked ? 1 : 0) + "\"/>"
        + "<w14:checkedState w14:val=\"" + hex(on) + "\" w14:font=\"" + font + "\"/>"
        + "<w14:uncheckedState w14:val=\"" + hex(off) + "\" w14:font=\"" + font + "\"/>"
        + "</w14:checkbox></w:sdtPr><w:sdtContent><w:r>" + rpr + "<w:t>" + (checked ? on : off)
        + "</w:t></w:r></w:sdtContent></w:sdt>" + bookmarkEnd(s);
  }

  private static String hex(char c) {
    return Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * A run-level rich-text control up to its content; the value's runs and {@link #textTail} follow.
   * Rich, not plain: LibreOffice opens it as a content control (a plain-text one becomes an input
   * field, which a respondent replaces whole) and keeps typed line breaks in it.
   */
  static String textHead(Slot s, Mode mode) {
    return (s.kind == Slot.Kind.LONG_TEXT ? boxStart(s) : "") + bookmarkStart(s) + "<w:sdt><w:sdtPr>"
        + common(s, mode) + "</w:sdtPr><w:sdtContent>";
  }

  /** The end of a text control: its content, the control, its bookmark (and a long text's box). */
  static String textTail(Slot s) {
    return CONTENT_TAIL + bookmarkEnd(s) + (s.kind == Slot.Kind.LONG_TEXT ? BOX_TAIL : "");
  }

  /**
   * A text control showing its placeholder, flagged as one ({@code w:showingPlcHdr}). The
   * placeholder run has no character style of its own: LibreOffice gives typed text the style of
   * the run it replaced.
   */
  static String textBlank(Slot s, Mode mode, boolean filledDocument) {
    return textShowing(s, mode, placeholder(s, mode, filledDocument));
  }

  /** An empty text control saying that anonymisation removed its answer, flagged as a placeholder. */
  static String textWithheld(Slot s, Mode mode) {
    return textShowing(s, mode, Placeholders.WITHHELD);
  }

  private static String textShowing(Slot s, Mode mode, String shown) {
    return (s.kind == Slot.Kind.LONG_TEXT ? boxStart(s) : "") + bookmarkStart(s) + "<w:sdt><w:sdtPr>"
        + common(s, mode) + "<w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val=\"6B6B6B\"/>"
        + "</w:rPr><w:t xml:space=\"preserve\">" + Xml.escape(shown) + "</w:t></w:r>" + textTail(s);
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

  /** The end of a long text's box: its paragraph, cell, row and table. */
  static final String BOX_TAIL = "</w:p></w:tc></w:tr></w:tbl>";

  /**
   * A long text's box: a one-cell table as tall as the PDF form's box (3 to 10 lines by the
   * answer's length), kept whole on a page, and the paragraph the control is written in.
   */
  private static String boxStart(Slot s) {
    int indent = indent(s);
    int width = TEXT_WIDTH - indent;
    int max = s.question.flatMap(q -> q.accept(MAX_LENGTH)).orElse(3000);
    int rows = Math.max(3, Math.min(10, max / 300));
    int height = rows * 250 + 120;
    return "<w:tbl><w:tblPr><w:tblStyle w:val=\"AnswerBox\"/><w:tblW w:w=\"" + width + "\" w:type=\"dxa\"/>"
        + "<w:tblInd w:w=\"" + indent + "\" w:type=\"dxa\"/>"
        + "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
        + " w:noHBand=\"1\" w:noVBand=\"1\"/><w:tblCaption w:val=\"" + Xml.escape(s.title) + "\"/></w:tblPr>"
        + "<w:tblGrid><w:gridCol w:w=\"" + width + "\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\""
        + height + "\" w:hRule=\"atLeast\"/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"" + width
        + "\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"AnswerText\"/></w:pPr>";
  }

  private static final org.evidencekit.model.QuestionVisitor<java.util.Optional<Integer>> MAX_LENGTH =
      new org.evidencekit.model.QuestionVisitor.Default<>() {
        @Override
        protected java.util.Optional<Integer> otherwise(org.evidencekit.model.Question question) {
          return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<Integer> visit(org.evidencekit.model.LongTextQuestion question) {
          return java.util.Optional.of(question.maxLength());
        }
      };

  /**
   * What an empty control shows: its placeholder in a form to fill in; "Not provided" in a printed
   * response; in a form filled with a response, nothing but a few spaces to click on, so no
   * "Please give details." is left beside an option not chosen.
   */
  static String placeholder(Slot s, Mode mode, boolean filledDocument) {
    if (mode == Mode.READ_ONLY) {
      return Placeholders.NOT_PROVIDED;
    }
    return filledDocument ? Placeholders.FILLED_EMPTY : s.placeholder;
  }
}
