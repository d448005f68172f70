package org.evidencekit.render.pdf.internal;

import java.util.BitSet;

/**
 * A font as one document uses it: its program, the resource name it is shown under ("F1"), and,
 * for a subset, the code points embedded (any other character is drawn as '?', never as the
 * missing glyph, which PDF/A forbids).
 */
public final class Face {
  private final FontProgram program;
  private final String resourceName;
  private final BitSet coverage; // null: the whole font

  public Face(FontProgram program, String resourceName, BitSet coverage) {
    this.program = program;
    this.resourceName = resourceName;
    this.coverage = coverage;
  }

  public String resourceName() {
    return resourceName;
  }

  public FontProgram program() {
    return program;
  }

  private int drawn(int cp) {
    if (!program.has(cp) || (coverage != null && !coverage.get(cp))) {
      return '?';
    }
    return cp;
  }

  /** Whether this face draws the character as itself. */
  public boolean draws(int cp) {
    return drawn(cp) == cp;
  }

  public float width(CharSequence text, float size) {
    if (coverage == null) {
      return program.width(text, size);
    }
    float w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      w += program.width(drawn(cp), size);
      i += Character.charCount(cp);
    }
    return w;
  }

  public float width(int cp, float size) {
    return program.width(drawn(cp), size);
  }

  /** Appends the text as a hex string of glyph ids. */
  public void encode(CharSequence text, StringBuilder out) {
    if (coverage == null) {
      program.encode(text, out);
      return;
    }
    StringBuilder mapped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      mapped.appendCodePoint(drawn(cp));
      i += Character.charCount(cp);
    }
    program.encode(mapped, out);
  }
}
