package org.evidencekit.render.pdf.internal;

/**
 * A form field with its one widget, as laid out: what it is, its fully qualified name, its
 * accessible name, where it sits, and which question (and option) it answers.
 */
public final class Widget {
  /** What kind of field. */
  public enum Kind {
    TEXT,
    MULTILINE,
    CHECKBOX,
    /**
     * A check box drawn round: an option of a single choice (one field per option, as for a
     * check box, so every filler and reader treats it alike; the circle tells the respondent
     * that one is chosen).
     */
    ROUND_CHECKBOX
  }

  final Kind kind;
  final String name;
  final String accessibleName;
  final int page;
  final float x;
  final float y;
  final float width;
  final float height;
  final int maxLength; // 0: none
  final int index;

  Widget(Kind kind, String name, String accessibleName, int page, float x, float y, float width,
      float height, int maxLength, int index) {
    this.kind = kind;
    this.name = name;
    this.accessibleName = accessibleName;
    this.page = page;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
    this.maxLength = maxLength;
    this.index = index;
  }

  public Kind kind() {
    return kind;
  }

  public String name() {
    return name;
  }
}
