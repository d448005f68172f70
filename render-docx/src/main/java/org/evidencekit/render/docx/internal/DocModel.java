package org.evidencekit.render.docx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-processing document as a reader of forms sees it, whatever it was saved as (DOCX or
 * ODT): its paragraphs in reading order with their visible text, the table cell each is in, where
 * each of our bookmarks starts, and every content control (or ODT input field) with what it says
 * about itself. Built by {@link FormParser} (DOCX) or {@link OdtParser} (ODT); read by {@link
 * Recovery}.
 */
final class DocModel {
  /** One paragraph: its text (tabs, line breaks and check-box glyphs included). */
  static final class Para {
    final StringBuilder text = new StringBuilder();
    /** The table cell it is in (a number unique in the document), or -1. */
    final int cell;

    Para(int cell) {
      this.cell = cell;
    }
  }

  /** Where a bookmark naming one of the form's controls starts. */
  static final class Mark {
    final Slot slot;
    final int para;
    final int offset;

    Mark(Slot slot, int para, int offset) {
      this.slot = slot;
      this.para = para;
      this.offset = offset;
    }
  }

  /** A content control, an ODT input field or content control. */
  static final class Control {
    /** A block-level control (around paragraphs): LibreOffice's wrappers; never trusted. */
    final boolean block;
    final int para;
    final int start;
    /** The slot of the bookmark just before it or at the start of its content. */
    Slot bookmarked;
    String tag;
    String alias;
    boolean checkBox;
    /** The document's own flag: the control shows its placeholder. */
    boolean placeholder;
    boolean checkedAttribute;
    String checkedGlyph;
    String uncheckedGlyph;
    final StringBuilder text = new StringBuilder();

    Control(boolean block, int para, int start) {
      this.block = block;
      this.para = para;
      this.start = start;
    }
  }

  final List<Para> paras = new ArrayList<>();
  final List<Mark> marks = new ArrayList<>();
  final List<Control> controls = new ArrayList<>();
  /**
   * Whether the document keeps Word's placeholder flags ({@code w:showingPlcHdr}): false for a
   * document LibreOffice saved, which drops them and keeps an empty control's placeholder as text.
   */
  boolean flagsKept = true;
  /** What {@link Recovery} works out once of a blank form's model (null until then). */
  volatile Recovery.BlankLayout blankLayout;
}
