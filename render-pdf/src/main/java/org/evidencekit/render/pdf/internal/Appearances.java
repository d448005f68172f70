package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The appearance streams of one document's fields, drawn with vector graphics and the embedded
 * regular font (poppler-based viewers draw only what an appearance stream holds). Check boxes of
 * one size share their two appearances, and so do empty text fields of one size. Not
 * thread-safe: one per document.
 */
final class Appearances {
  static final float FONT_SIZE = Layouter.FIELD_FONT;
  /** The form's default appearance: the field font ({@link FieldFont}). */
  static final String DA = "/" + FieldFont.NAME + " 10 Tf 0 g";
  private static final String FALLBACK_DA = "/" + FieldFont.FALLBACK + " 10 Tf 0 g";

  /** A text field's {@code /DA} for its value: the field font, or the Type0 font where the field font lacks a letter. */
  static String da(String value) {
    return FieldFont.instance().encodes(value) ? DA : FALLBACK_DA;
  }

  private final COSDocument doc;
  private final Face font;
  private final COSDictionary fontResources;
  private final Map<String, COSStream> shared = new HashMap<>();

  Appearances(COSDocument doc, Face font, COSDictionary fontResources) {
    this.doc = doc;
    this.font = font;
    this.fontResources = fontResources;
  }

  /** The "on" or "off" appearance of a check box of this size. */
  COSStream checkBox(float w, float h, boolean on, boolean round) {
    String key = (on ? "on " : "off ") + (round ? "round " : "") + w + " " + h;
    COSStream s = shared.get(key);
    if (s == null && round) {
      StringBuilder o = new StringBuilder(400);
      o.append("q 1 g ");
      circle(o, w / 2, h / 2, Math.min(w, h) / 2 - 0.4f).append("f 0.25 G 0.8 w ");
      circle(o, w / 2, h / 2, Math.min(w, h) / 2 - 0.4f).append("S\n");
      if (on) {
        o.append("0 g ");
        circle(o, w / 2, h / 2, Math.min(w, h) * 0.24f).append("f\n");
      }
      o.append("Q\n");
      s = form(w, h, o, false);
      shared.put(key, s);
    }
    if (s == null) {
      StringBuilder o = new StringBuilder(160);
      o.append("q 1 g ");
      Ops.nums(o, 0, 0, w, h).append("re f 0.25 G 0.8 w ");
      Ops.nums(o, 0.4f, 0.4f, w - 0.8f, h - 0.8f).append("re S\n");
      if (on) {
        o.append("0 G 1.5 w 1 J 1 j ");
        Ops.nums(o, w * 0.2f, h * 0.52f).append("m ");
        Ops.nums(o, w * 0.42f, h * 0.25f).append("l ");
        Ops.nums(o, w * 0.82f, h * 0.8f).append("l S\n");
      }
      o.append("Q\n");
      s = form(w, h, o, false);
      shared.put(key, s);
    }
    return s;
  }

  /** A circle as four Bézier curves, a closed path (not painted). */
  static StringBuilder circle(StringBuilder o, float cx, float cy, float r) {
    float k = 0.5523f * r;
    Ops.nums(o, cx + r, cy).append("m ");
    Ops.nums(o, cx + r, cy + k, cx + k, cy + r, cx, cy + r).append("c ");
    Ops.nums(o, cx - k, cy + r, cx - r, cy + k, cx - r, cy).append("c ");
    Ops.nums(o, cx - r, cy - k, cx - k, cy - r, cx, cy - r).append("c ");
    Ops.nums(o, cx + k, cy - r, cx + r, cy - k, cx + r, cy).append("c h ");
    return o;
  }

  /** The appearance of a text field holding {@code value} (empty for none). */
  COSStream text(float w, float h, boolean multiline, String value) {
    if (value.isEmpty()) {
      String key = (multiline ? "ml " : "tx ") + w + " " + h;
      COSStream s = shared.get(key);
      if (s == null) {
        s = form(w, h, frame(w, h).append("/Tx BMC\nEMC\n"), true);
        shared.put(key, s);
      }
      return s;
    }
    return form(w, h, textContent(font, w, h, multiline, value), true);
  }

  /** The content of a text field's appearance holding a value (not empty). */
  static StringBuilder textContent(Face font, float w, float h, boolean multiline, String value) {
    StringBuilder o = frame(w, h);
    // the field font where it can draw the value, so the appearance is what any filler would draw
    boolean simple = FieldFont.instance().encodes(value);
    o.append("/Tx BMC\nq ");
    Ops.nums(o, 1, 1, w - 2, h - 2).append("re W n\nBT /").append(simple ? FieldFont.NAME : FieldFont.FALLBACK).append(' ');
    Ops.num(o, FONT_SIZE).append(" Tf 0 g\n");
    float ascent = font.program().ascent() * FONT_SIZE / 1000f;
    float descent = -font.program().descent() * FONT_SIZE / 1000f;
    if (multiline) {
      List<String> lines = Wrap.lines(value, font, FONT_SIZE, w - 4, w - 4);
      float lead = FONT_SIZE * 1.15f;
      float baseline = h - 2 - ascent;
      boolean first = true;
      for (String line : lines) {
        if (baseline < -descent) {
          break;
        }
        if (first) {
          Ops.nums(o, 2, baseline).append("Td ");
          first = false;
        } else {
          Ops.nums(o, 0, -lead).append("Td ");
        }
        encode(font, simple, line, o);
        o.append(" Tj\n");
        baseline -= lead;
      }
    } else {
      String line = Wrap.clean(value);
      int nl = line.indexOf('\n');
      if (nl >= 0) {
        line = line.substring(0, nl);
      }
      float baseline = (h - ascent - descent) / 2 + descent;
      Ops.nums(o, 2, baseline).append("Td ");
      encode(font, simple, fitting(font, line, w - 3), o);
      o.append(" Tj\n");
    }
    o.append("ET\nQ\nEMC\n");
    return o;
  }

  private static void encode(Face font, boolean simple, String text, StringBuilder o) {
    if (simple) {
      FieldFont.instance().encode(text, o);
    } else {
      font.encode(text, o);
    }
  }

  /** The start of a one-line value that fits the field (the rest is clipped anyway). */
  private static String fitting(Face font, String line, float width) {
    if (font.width(line, FONT_SIZE) <= width) {
      return line;
    }
    int end = 0;
    float used = 0;
    while (end < line.length()) {
      int cp = line.codePointAt(end);
      used += font.width(cp, FONT_SIZE);
      if (used > width + 20) {
        break;
      }
      end += Character.charCount(cp);
    }
    return line.substring(0, end);
  }

  private static StringBuilder frame(float w, float h) {
    StringBuilder o = new StringBuilder(256);
    o.append("q 1 g ");
    Ops.nums(o, 0, 0, w, h).append("re f 0.45 G 0.75 w ");
    Ops.nums(o, 0.375f, 0.375f, w - 0.75f, h - 0.75f).append("re S Q\n");
    return o;
  }

  private COSStream form(float w, float h, StringBuilder content, boolean withFont) {
    COSStream s = doc.createCOSStream();
    s.setItem(COSName.TYPE, COSName.XOBJECT);
    s.setItem(COSName.SUBTYPE, COSName.FORM);
    COSArray bbox = new COSArray();
    bbox.add(COSInteger.ZERO);
    bbox.add(COSInteger.ZERO);
    bbox.add(new COSFloat(w));
    bbox.add(new COSFloat(h));
    bbox.setDirect(true);
    s.setItem(COSName.BBOX, bbox);
    COSDictionary resources = new COSDictionary();
    resources.setDirect(true);
    if (withFont) {
      resources.setItem(COSName.FONT, fontResources);
    }
    s.setItem(COSName.RESOURCES, resources);
    byte[] bytes = content.toString().getBytes(StandardCharsets.US_ASCII);
    if (bytes.length > 600) {
      s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      bytes = Layouter.deflate(bytes);
    }
    try (OutputStream out = s.createRawOutputStream()) {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s;
  }
}
