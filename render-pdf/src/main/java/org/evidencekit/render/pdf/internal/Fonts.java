package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts shipped with the library (Liberation Sans, SIL Open Font License 1.1; the licence is
 * in {@code fonts/LICENSE-Liberation-OFL-1.1.txt} beside them): read and prepared once per
 * process. The regular face is embedded whole, so that a form's fields can take any character it
 * has; bold and italic faces are embedded as subsets of the characters a questionnaire prints.
 */
public final class Fonts {
  private static final String DIR = "/org/evidencekit/render/pdf/internal/fonts/";

  private static volatile Fonts shared;

  private final FontProgram regular;
  private final FontProgram bold;
  private final FontProgram italic;
  private final FrozenCos regularWhole;
  private final FrozenCos fieldFont;

  private Fonts() {
    regular = FontProgram.load(DIR + "LiberationSans-Regular.ttf");
    bold = FontProgram.load(DIR + "LiberationSans-Bold.ttf");
    italic = FontProgram.load(DIR + "LiberationSans-Italic.ttf");
    regularWhole = embed(regular, null);
    fieldFont = FieldFont.instance().embed(regular);
  }

  /** The fonts, prepared on first use. */
  public static Fonts shared() {
    Fonts f = shared;
    if (f == null) {
      synchronized (Fonts.class) {
        f = shared;
        if (f == null) {
          f = new Fonts();
          shared = f;
        }
      }
    }
    return f;
  }

  public FontProgram regular() {
    return regular;
  }

  public FontProgram bold() {
    return bold;
  }

  public FontProgram italic() {
    return italic;
  }

  /** The regular face embedded whole (Type0, Identity-H), for text, and for a field whose value the field font lacks. */
  public FrozenCos regularWhole() {
    return regularWhole;
  }

  /**
   * The regular face as the simple TrueType font the form's fields name ({@link FieldFont}),
   * embedded whole: its font file is the same program as {@link #regularWhole()}'s, and a document
   * holds it once.
   */
  FrozenCos fieldFont() {
    return fieldFont;
  }

  /**
   * A font embedded as the subset of these code points (only those the font has) plus '?', with a
   * deterministic subset tag.
   */
  public static FrozenCos subset(FontProgram program, BitSet codePoints) {
    return embed(program, codePoints);
  }

  private static FrozenCos embed(FontProgram program, BitSet subset) {
    try (PDDocument scratch = new PDDocument()) {
      TrueTypeFont ttf = program.parse();
      PDType0Font font = PDType0Font.load(scratch, ttf, subset != null);
      if (subset != null) {
        font.addToSubset('?');
        for (int cp = subset.nextSetBit(0); cp >= 0; cp = subset.nextSetBit(cp + 1)) {
          if (program.has(cp)) {
            font.addToSubset(cp);
          }
        }
        font.subset();
      } else {
        ttf.close();
      }
      return FrozenCos.freeze(font.getCOSObject());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot embed the font " + program.resource(), e);
    }
  }
}
