package org.evidencekit.redact.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The self-check of a redacted PDF, by two ways independent of the code that redacted it:
 *
 * <ol>
 *   <li>the raw file, read without a PDF library: every object of every revision, every stream
 *       inflated where it is compressed (object streams included), every literal and hex string
 *       decoded (UTF-16 or PDFDocEncoding), and searched for every redacted value; the names of
 *       hidden data that should have gone ({@code /JavaScript}, {@code /EmbeddedFiles},
 *       {@code /Annots}, {@code /Metadata} ...) looked for; one revision only;
 *   <li>the text of every page as PDFBox's own text extraction reads it, searched again.
 * </ol>
 */
public final class PdfCheck {
  private static final Pattern HIDDEN = Pattern.compile(
      "/(JavaScript|JS|OpenAction|AA|EmbeddedFiles|EmbeddedFile|Annots|AcroForm|Metadata|Author|PieceInfo|Thumb)(?=[\\s/<>\\[\\]()%{}]|$)");
  private static final Pattern GAP = Pattern.compile("[\\s\\d.+-]*");
  private static final Pattern STREAM = Pattern.compile("stream\r?\n");
  private static final Pattern FONT_OR_IMAGE = Pattern.compile(
      "/Length[123]\\b|/Subtype\\s*/(Image|Type1C|CIDFontType0C|OpenType)\\b|/FontFile");

  private PdfCheck() {}

  /** Where the output still holds a value or hidden data; empty when it is clean. */
  public static List<String> leftovers(byte[] pdf, Values values, List<String> keep) {
    Set<String> places = new LinkedHashSet<>();
    int eofs = PdfRedactor.countEof(pdf);
    if (eofs != 1) {
      places.add("the file has " + eofs + " revisions (end-of-file marks), not one");
    }
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    List<String> parts = new ArrayList<>();
    StringBuilder outside = new StringBuilder();
    int pos = 0;
    Matcher m = STREAM.matcher(raw);
    while (m.find(pos)) {
      int dataStart = m.end();
      int end = raw.indexOf("endstream", dataStart);
      if (end < 0) {
        break;
      }
      int objStart = Math.max(raw.lastIndexOf(" obj", m.start()), 0);
      String dict = raw.substring(objStart, m.start());
      outside.append(raw, pos, m.start()).append('\n');
      if (!FONT_OR_IMAGE.matcher(dict).find()) {
        byte[] data = java.util.Arrays.copyOfRange(pdf, dataStart, end);
        String inflated = inflate(data);
        parts.add(inflated != null ? inflated : new String(data, StandardCharsets.ISO_8859_1));
      }
      pos = end + "endstream".length();
    }
    outside.append(raw.substring(Math.min(pos, raw.length())));
    parts.add(0, outside.toString());
    int index = 0;
    for (String part : parts) {
      String where = index == 0 ? "the file's objects" : "stream " + index;
      Matcher h = HIDDEN.matcher(part);
      if (h.find()) {
        places.add(where + ": /" + h.group(1) + " is still there");
      }
      if (values.foundIn(Keep.blank(strings(part), keep))) {
        places.add(where + ": a redacted value is still in a string");
      }
      if (values.foundIn(Keep.blank(part, keep))) {
        places.add(where + ": a redacted value is still in the raw text");
      }
      index++;
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      if (values.foundIn(Keep.blank(stripper.getText(doc), keep))) {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
          stripper.setStartPage(p);
          stripper.setEndPage(p);
          if (values.foundIn(Keep.blank(stripper.getText(doc), keep))) {
            places.add("page " + p + ": a redacted value is still in the extracted text");
          }
        }
      }
    } catch (IOException e) {
      places.add("the output cannot be read back as a PDF");
    }
    return new ArrayList<>(places);
  }

  private static String inflate(byte[] data) {
    Inflater inf = new Inflater();
    try {
      inf.setInput(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
      byte[] buf = new byte[16384];
      while (!inf.finished()) {
        int n = inf.inflate(buf);
        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
          break;
        }
        out.write(buf, 0, n);
      }
      return out.size() == 0 ? null : out.toString(StandardCharsets.ISO_8859_1);
    } catch (DataFormatException e) {
      return null;
    } finally {
      inf.end();
    }
  }

  /**
   * The literal and hex strings of a piece of PDF syntax, decoded; strings next to each other in
   * an array (a TJ array's pieces) are joined, others stand on lines of their own.
   */
  static String strings(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int lastEnd = -1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '(' || (c == '<' && i + 1 < s.length() && s.charAt(i + 1) != '<')) {
        if (lastEnd >= 0 && !GAP.matcher(s).region(lastEnd, i).matches()) {
          out.append('\n');
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (c == '(') {
          int depth = 1;
          i++;
          while (i < s.length() && depth > 0) {
            char d = s.charAt(i);
            if (d == '\\' && i + 1 < s.length()) {
              char e = s.charAt(++i);
              switch (e) {
                case 'n' -> b.write('\n');
                case 'r' -> b.write('\r');
                case 't' -> b.write('\t');
                case 'b' -> b.write('\b');
                case 'f' -> b.write('\f');
                case '\r', '\n' -> { }
                default -> {
                  if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7'; k++) {
                      v = v * 8 + (s.charAt(++i) - '0');
                    }
                    b.write(v & 0xFF);
                  } else {
                    b.write(e);
                  }
                }
              }
            } else if (d == '(') {
              depth++;
              b.write(d);
            } else if (d == ')') {
              depth--;
              if (depth > 0) {
                b.write(d);
              }
            } else {
              b.write(d);
            }
            i++;
          }
        } else {
          int close = s.indexOf('>', i);
          if (close < 0) {
            break;
          }
          String hex = s.substring(i + 1, close).replaceAll("\\s", "");
          if (hex.matches("[0-9A-Fa-f]*")) {
            for (int k = 0; k + 1 < hex.length(); k += 2) {
              b.write(Integer.parseInt(hex.substring(k, k + 2), 16));
            }
            if (hex.length() % 2 == 1) {
              b.write(Integer.parseInt(hex.substring(hex.length() - 1) + "0", 16));
            }
          }
          i = close + 1;
        }
        out.append(decode(b.toByteArray()));
        lastEnd = i;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  private static String decode(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
