package org.evidencekit.render.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The structure's loose comparison of printed text: the fast {@code norm} is the plain one. */
class NormTest {
  @Provide
  Arbitrary<String> texts() {
    // pieces a paragraph is made of: letters, every kind of space, glyphs, placeholders and their
    // fragments (a placeholder split by a glyph, or made by a replacement), long and short
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                " ", "  ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u2002", "\u2003", "\u2019", "'", "\u2610", "\u2611",
                "\u2612", "\u25A0", "\u25A1", "\u25C9", "\u25CB", "\u25CF", "\u2713", "\u2714", "\u2717", "\u2718",
                "\u25A2", "\u2600", "\u00E9", "\uD83D\uDE00", "x", "X", ".",
                Placeholders.TEXT, Placeholders.NUMBER, Placeholders.EMAIL, Placeholders.SPECIFY,
                Placeholders.NOT_PROVIDED, Placeholders.WITHHELD, Placeholders.FILLED_EMPTY, "Not", "provided",
                "Click or", "tap here to enter text.", "Click or\u2610 tap here to enter text.",
                "Not" + Placeholders.NUMBER + "provided", "Enter a\u00A0number."),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
            Arbitraries.strings().all().ofMaxLength(6));
    return piece.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void fastIsPlain(@ForAll("texts") String text) {
    assertEquals(Recovery.normSlowly(text), Recovery.norm(text));
  }

  @Test
  void examples() {
    assertEquals("", Recovery.norm(""));
    assertEquals("", Recovery.norm(" \u2610 \r\n\u00A0"));
    assertEquals("Children's a b", Recovery.norm("\u2612 Children\u2019s\u00A0 a\u2002\u2002b  "));
    assertEquals("Q1 x", Recovery.norm("Q1 " + Placeholders.TEXT + "x"));
    assertEquals("", Recovery.norm("Not" + Placeholders.NUMBER + "provided"));
  }
}
