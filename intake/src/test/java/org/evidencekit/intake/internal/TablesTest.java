package org.evidencekit.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/**
 * The workbook's cell text is escaped as POI escapes it (its own {@code outputEscapedString}), a
 * run of plain characters at a time: the same characters for every UTF-16 unit, alone and between
 * others, and for surrogate pairs, lone surrogates and the usual texts.
 */
class TablesTest {
  /** POI's own escaping, writing to a string. */
  static final class Poi extends SheetDataWriter {
    final StringWriter text;

    Poi(StringWriter text) throws IOException {
      super((Writer) text);
      this.text = text;
    }

    String escaped(String s) throws IOException {
      text.getBuffer().setLength(0);
      outputEscapedString(s);
      _out.flush();
      return text.toString();
    }
  }

  private static String ours(String s) throws IOException {
    StringWriter w = new StringWriter();
    Tables.escape(s, w);
    return w.toString();
  }

  @Test
  void escapesEveryCharacterAsPoiDoes() throws IOException {
    Poi poi = new Poi(new StringWriter());
    List<String> texts = new ArrayList<>(List.of("", "plain text", "a < b & c > \"d\"", "line\nbreak\r\ttab",
        "no\u00a0break", "emoji \ud83d\ude00 pair", "lone \ud83d high", "lone \ude00 low", "\ude00\ud83d reversed",
        "end \ud83d", "\u0000\u0001\u001f\u007f\u0080\ufffd\ufffe\uffff", "=SUM(A1)", "'quoted", "Ünïcödé — “q”"));
    for (char c = 0; c < 0xFFFF; c++) {
      texts.add(String.valueOf(c));
      texts.add("x" + c + "y");
    }
    texts.add("\uffff");
    for (String t : texts) {
      assertEquals(poi.escaped(t), ours(t), () -> "U+" + Integer.toHexString(t.isEmpty() ? 0 : t.charAt(0)));
    }
    assertEquals("", ours(null));
  }
}
