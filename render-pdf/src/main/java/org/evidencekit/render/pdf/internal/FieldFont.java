package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.encoding.DictionaryEncoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The font that a form's fields name in their {@code /DA}, so that every program that draws a
 * field's value itself (pdftk, poppler-based viewers, pdf.js, PDFBox) can: Liberation Sans as a
 * <em>simple</em> TrueType font, embedded whole, with WinAnsi as its base encoding and a {@code
 * /Differences} array that puts 47 Latin Extended-A letters (Welsh ŵ ŷ Ŵ Ŷ, Polish, Romanian,
 * Czech and Slovak, Hungarian, Turkish ğ ı) on codes WinAnsi leaves empty or gives to rarely typed
 * symbols, and a ToUnicode map. A Type0 font (what the page text uses) cannot be drawn by a filler
 * that writes one byte per character, which is what pdftk does: every character became a box.
 *
 * <p>A value holding a character this font lacks (ĉ, ħ, Greek, CJK …) is drawn by EvidenceKit
 * with the whole Type0 font instead ({@link #FALLBACK}, the field's {@code /DA} switched to it);
 * other software draws such a letter as nothing. The value itself is kept whole either way.
 *
 * <p>Glyph names: where the Adobe Glyph List for New Fonts (what pdftk and iText look up) and
 * PDFBox (which encodes by its own name for a code point) differ (ż is "zdotaccent" and "zdot"),
 * the letter takes a code under each name. Measured in the issue-11 spike:
 * /work/prep/real-fills/FINDINGS.md §6. Immutable, thread-safe.
 */
final class FieldFont {
  /** The field font's resource name in the form's {@code /DR}, named by every text field's {@code /DA}. */
  static final String NAME = "F1";
  /** The Type0 regular font's name in {@code /DR}, for a value the field font cannot encode. */
  static final String FALLBACK = "F0";

  /** Codes WinAnsi leaves empty (not NUL, tab, LF, CR) and codes of rarely typed symbols, in order of use. */
  private static final int[] FREE_CODES = freeCodes();

  /** Latin Extended-A letters by priority for UK respondents. */
  private static final String PRIORITY =
      "ŵŷŴŶ" + "ąćęłńśźżĄĆĘŁŃŚŹŻ" + "ăĂşŞţŢ" + "čďěňřťůČĎĚŇŘŤŮ" + "őűŐŰ" + "ğĞıİ" + "āēīūĀĒĪŪėĖįĮųŲ"
          + "đĐ" + "ċġħĊĠĦ" + "ľĺĽĹŕŔ" + "ģķļņĢĶĻŅ";

  /** The Adobe Glyph List For New Fonts names of Latin Extended-A (what other software looks up). */
  private static final Map<Integer, String> AGLFN = aglfn(
      "0100 Amacron;0101 amacron;0102 Abreve;0103 abreve;0104 Aogonek;0105 aogonek;0106 Cacute;"
          + "0107 cacute;0108 Ccircumflex;0109 ccircumflex;010A Cdotaccent;010B cdotaccent;010C Ccaron;"
          + "010D ccaron;010E Dcaron;010F dcaron;0110 Dcroat;0111 dcroat;0112 Emacron;0113 emacron;"
          + "0114 Ebreve;0115 ebreve;0116 Edotaccent;0117 edotaccent;0118 Eogonek;0119 eogonek;"
          + "011A Ecaron;011B ecaron;011C Gcircumflex;011D gcircumflex;011E Gbreve;011F gbreve;"
          + "0120 Gdotaccent;0121 gdotaccent;0122 Gcommaaccent;0123 gcommaaccent;0124 Hcircumflex;"
          + "0125 hcircumflex;0126 Hbar;0127 hbar;0128 Itilde;0129 itilde;012A Imacron;012B imacron;"
          + "012C Ibreve;012D ibreve;012E Iogonek;012F iogonek;0130 Idotaccent;0131 dotlessi;0132 IJ;"
          + "0133 ij;0134 Jcircumflex;0135 jcircumflex;0136 Kcommaaccent;0137 kcommaaccent;"
          + "0138 kgreenlandic;0139 Lacute;013A lacute;013B Lcommaaccent;013C lcommaaccent;013D Lcaron;"
          + "013E lcaron;013F Ldot;0140 ldot;0141 Lslash;0142 lslash;0143 Nacute;0144 nacute;"
          + "0145 Ncommaaccent;0146 ncommaaccent;0147 Ncaron;0148 ncaron;0149 napostrophe;014A Eng;"
          + "014B eng;014C Omacron;014D omacron;014E Obreve;014F obreve;0150 Ohungarumlaut;"
          + "0151 ohungarumlaut;0154 Racute;0155 racute;0156 Rcommaaccent;0157 rcommaaccent;"
          + "0158 Rcaron;0159 rcaron;015A Sacute;015B sacute;015C Scircumflex;015D scircumflex;"
          + "015E Scedilla;015F scedilla;0162 Tcedilla;0163 tcedilla;0164 Tcaron;0165 tcaron;0166 Tbar;"
          + "0167 tbar;0168 Utilde;0169 utilde;016A Umacron;016B umacron;016C Ubreve;016D ubreve;"
          + "016E Uring;016F uring;0170 Uhungarumlaut;0171 uhungarumlaut;0172 Uogonek;0173 uogonek;"
          + "0174 Wcircumflex;0175 wcircumflex;0176 Ycircumflex;0177 ycircumflex;0179 Zacute;"
          + "017A zacute;017B Zdotaccent;017C zdotaccent;017F longs");

  private static final FieldFont INSTANCE = new FieldFont();

  /** Unicode (BMP) to the single-byte code, 0: none. */
  private final char[] codeOf = new char[0x10000];
  /** The Differences array: code, name, code, name … */
  private final List<Object[]> differences = new ArrayList<>();

  private FieldFont() {
    GlyphList agl = GlyphList.getAdobeGlyphList();
    // WinAnsi's own codes, in order, but for those given over to letters below
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (int c : FREE_CODES) {
      taken.add(c);
    }
    for (int code = 0x20; code <= 0xFF; code++) {
      String name = WinAnsiEncoding.INSTANCE.getName(code);
      if (taken.contains(code) || name == null || ".notdef".equals(name)) {
        continue;
      }
      String u = agl.toUnicode(name);
      if (u != null && u.length() == 1 && codeOf[u.charAt(0)] == 0) {
        codeOf[u.charAt(0)] = (char) code;
      }
    }
    // the non-breaking space and the soft hyphen: WinAnsi draws them as a space and a hyphen
    if (codeOf[0xA0] == 0) {
      codeOf[0xA0] = 0xA0;
    }
    if (codeOf[0xAD] == 0) {
      codeOf[0xAD] = 0xAD;
    }
    int n = 0;
    for (int i = 0; i < PRIORITY.length(); i++) {
      int cp = PRIORITY.charAt(i);
      String pdfbox = agl.codePointToName(cp);
      String aglfn = AGLFN.getOrDefault(cp, pdfbox);
      boolean both = !pdfbox.equals(aglfn);
      if (n + (both ? 2 : 1) > FREE_CODES.length) {
        break;
      }
      int code = FREE_CODES[n++];
      differences.add(new Object[] {code, aglfn});
      codeOf[cp] = (char) code;
      if (both) {
        differences.add(new Object[] {FREE_CODES[n++], pdfbox});
      }
    }
  }

  static FieldFont instance() {
    return INSTANCE;
  }

  /** Whether the field font draws the character (line feeds, where a field has lines, aside). */
  boolean encodes(int cp) {
    return cp >= 0 && cp < 0x10000 && codeOf[cp] != 0;
  }

  /** Whether the field font draws every character of the value as it is drawn (after {@link Wrap#clean}). */
  boolean encodes(String value) {
    String clean = Wrap.clean(value);
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      if (cp != '\n' && !encodes(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Appends the text as a PDF hex string of single-byte codes (every character encodable). */
  void encode(CharSequence text, StringBuilder out) {
    out.append('<');
    for (int i = 0; i < text.length(); i++) {
      int code = codeOf[text.charAt(i)];
      out.append(HEX[(code >> 4) & 15]).append(HEX[code & 15]);
    }
    out.append('>');
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The font embedded once per process, ready to be thawed into each document. */
  FrozenCos embed(FontProgram program) {
    try (PDDocument scratch = new PDDocument()) {
      TrueTypeFont ttf = program.parse();
      COSArray diff = new COSArray();
      for (Object[] d : differences) {
        diff.add(COSInteger.get((Integer) d[0]));
        diff.add(COSName.getPDFName((String) d[1]));
      }
      DictionaryEncoding encoding = new DictionaryEncoding(COSName.WIN_ANSI_ENCODING, diff);
      PDTrueTypeFont font = PDTrueTypeFont.load(scratch, ttf, encoding);
      COSStream toUnicode = scratch.getDocument().createCOSStream();
      try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(toUnicode(encoding).getBytes(StandardCharsets.US_ASCII));
      }
      font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
      return FrozenCos.freeze(font.getCOSObject());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot embed the form fields' font " + program.resource(), e);
    }
  }

  /** A ToUnicode CMap: each code to the Unicode of its glyph's name. */
  private static String toUnicode(DictionaryEncoding encoding) {
    GlyphList agl = GlyphList.getAdobeGlyphList();
    Map<Integer, String> lines = new TreeMap<>();
    for (Map.Entry<Integer, String> e : encoding.getCodeToNameMap().entrySet()) {
      String u = agl.toUnicode(e.getValue());
      if (u == null || e.getKey() > 0xFF || e.getKey() < 0x01) {
        continue;
      }
      StringBuilder hex = new StringBuilder();
      for (char ch : u.toCharArray()) {
        hex.append(String.format("%04X", (int) ch));
      }
      lines.put(e.getKey(), String.format("<%02X> <%s>", e.getKey(), hex));
    }
    StringBuilder sb = new StringBuilder();
    sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /EvidenceKit-Fields-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
    List<String> all = new ArrayList<>(lines.values());
    for (int i = 0; i < all.size(); i += 100) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + 100));
      sb.append(chunk.size()).append(" beginbfchar\n");
      chunk.forEach(l -> sb.append(l).append('\n'));
      sb.append("endbfchar\n");
    }
    sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return sb.toString();
  }

  private static int[] freeCodes() {
    List<Integer> c = new ArrayList<>();
    for (int i = 1; i < 0x20; i++) {
      if (i != 0x09 && i != 0x0A && i != 0x0D) {
        c.add(i);
      }
    }
    c.add(0x7F);
    for (int i : new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
      c.add(i);
    }
    // rarely typed WinAnsi symbols: ƒ † ‡ ˆ ‰ ‹ ˜ › ¤ ¦ ¨ ¯ ´ ¸ ¹ ¾ ª º ¬ ¶
    for (int i : new int[] {0x83, 0x86, 0x87, 0x88, 0x89, 0x8B, 0x98, 0x9B, 0xA4, 0xA6, 0xA8, 0xAF, 0xB4, 0xB8,
        0xB9, 0xBE, 0xAA, 0xBA, 0xAC, 0xB6}) {
      c.add(i);
    }
    return c.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Map<Integer, String> aglfn(String table) {
    Map<Integer, String> m = new java.util.HashMap<>();
    for (String e : table.split(";")) {
      String[] kv = e.split(" ");
      m.put(Integer.parseInt(kv[0], 16), kv[1]);
    }
    return m;
  }
}
