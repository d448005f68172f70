package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font shipped with the library, read once: its bytes, its Unicode to glyph map for
 * the Basic Multilingual Plane and its advance widths in thousandths of an em (rounded as PDFBox
 * rounds them in the font's {@code /W} array). Immutable and thread-safe: text is measured and
 * encoded from plain arrays, never through the parsed font.
 *
 * <p>Text is shown with Identity-H encoding where a character code is the glyph id of the whole
 * font (a subset keeps those ids through its CIDToGIDMap), so {@link #encode} serves both.
 */
public final class FontProgram {
  private final String resource;
  private final byte[] bytes;
  private final char[] glyphOf; // BMP code point -> glyph id, 0 = none
  private final int[] widths; // glyph id -> advance width, thousandths of an em
  private final int fallbackGlyph;
  private final float ascent;
  private final float descent;

  private FontProgram(String resource, byte[] bytes) throws IOException {
    this.resource = resource;
    this.bytes = bytes;
    try (TrueTypeFont ttf = parse()) {
      float scaling = 1000f / ttf.getHeader().getUnitsPerEm();
      int n = ttf.getNumberOfGlyphs();
      widths = new int[n];
      HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
      for (int gid = 0; gid < n; gid++) {
        widths[gid] = Math.round(hmtx.getAdvanceWidth(gid) * scaling);
      }
      CmapLookup cmap = ttf.getUnicodeCmapLookup();
      glyphOf = new char[0x10000];
      for (int cp = 0; cp < 0x10000; cp++) {
        int gid = cmap.getGlyphId(cp);
        if (gid > 0 && gid < n) {
          glyphOf[cp] = (char) gid;
        }
      }
      fallbackGlyph = glyphOf['?'];
      ascent = ttf.getHorizontalHeader().getAscender() * scaling;
      descent = ttf.getHorizontalHeader().getDescender() * scaling;
    }
  }

  /** Reads a font from the class path of this module. */
  public static FontProgram load(String resource) {
    try (InputStream in = FontProgram.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The font " + resource + " is missing from the library");
      }
      return new FontProgram(resource, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + resource, e);
    }
  }

  /** A fresh parse of the font, for PDFBox to embed (the caller closes it). */
  TrueTypeFont parse() throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
  }

  String resource() {
    return resource;
  }

  /** Whether the font has a glyph for this code point. */
  public boolean has(int codePoint) {
    return codePoint >= 0 && codePoint < 0x10000 && glyphOf[codePoint] != 0;
  }

  /** The glyph drawn for a code point: its own, or '?' when the font has none. */
  int glyph(int codePoint) {
    if (codePoint >= 0 && codePoint < 0x10000) {
      int g = glyphOf[codePoint];
      if (g != 0) {
        return g;
      }
    }
    return fallbackGlyph;
  }

  /** The width of the text at this size, in points. */
  public float width(CharSequence text, float size) {
    long units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      units += widths[glyph(cp)];
      i += Character.charCount(cp);
    }
    return units * size / 1000f;
  }

  /** The width of one code point at this size, in points. */
  public float width(int codePoint, float size) {
    return widths[glyph(codePoint)] * size / 1000f;
  }

  /** The text as a PDF hex string of two-byte glyph ids, such as {@code <002B0048>}. */
  public void encode(CharSequence text, StringBuilder out) {
    out.append('<');
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      int g = glyph(cp);
      out.append(HEX[(g >> 12) & 15]).append(HEX[(g >> 8) & 15]);
      out.append(HEX[(g >> 4) & 15]).append(HEX[g & 15]);
      i += Character.charCount(cp);
    }
    out.append('>');
  }

  /** Ascent above the baseline, thousandths of an em. */
  public float ascent() {
    return ascent;
  }

  /** Descent below the baseline (negative), thousandths of an em. */
  public float descent() {
    return descent;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
