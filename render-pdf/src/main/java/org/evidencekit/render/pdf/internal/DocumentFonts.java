package org.evidencekit.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;

/**
 * The fonts of the documents of one questionnaire: the regular face whole (F1; answers and
 * fields can hold any character it has), and bold (F2) and italic (F3) subsets holding every
 * character of the questionnaire's text and of the fixed wording the renderer adds. Made once
 * per questionnaire; immutable.
 */
public final class DocumentFonts {
  final Face regular;
  final Face bold;
  final Face italic;
  final FrozenCos regularCos;
  final FrozenCos boldCos;
  final FrozenCos italicCos;
  final FrozenCos fieldCos;

  private DocumentFonts(Fonts fonts, BitSet coverage) {
    regular = new Face(fonts.regular(), "F1", null);
    bold = new Face(fonts.bold(), "F2", coverage);
    italic = new Face(fonts.italic(), "F3", coverage);
    regularCos = fonts.regularWhole();
    fieldCos = fonts.fieldFont();
    boldCos = Fonts.subset(fonts.bold(), coverage);
    italicCos = Fonts.subset(fonts.italic(), coverage);
  }

  /** The fonts for this questionnaire's documents. */
  public static DocumentFonts of(Fonts fonts, Questionnaire questionnaire) {
    BitSet coverage = new BitSet();
    coverage.set(0x20, 0x7f); // Basic Latin
    coverage.set(0xa0, 0x180); // Latin-1 Supplement and Latin Extended-A: Welsh ŵ ŷ among them
    coverage.set(0x2010, 0x2028); // dashes, quotation marks, bullet, ellipsis
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    EvidenceJson.standard().write(questionnaire, Format.JSON, json);
    json.toString(StandardCharsets.UTF_8).codePoints().filter(cp -> cp >= 0x20).forEach(coverage::set);
    return new DocumentFonts(fonts, coverage);
  }
}
