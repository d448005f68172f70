package org.evidencekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 10, item 7: the normal form of text, decided once in the model. */
class TextFormTest {
  @Test
  void spacesTabsBlankLinesAndAnyLetterAreNormal() {
    for (String s : new String[] {"", " ", "  leading and trailing  ", "\ttab\tand\nline\n\nblank\n",
        "Please give details.", "Café ŵ ŷ Łódź \u00a0nbsp \u200b zwsp 😀 e\u0301"}) {
      assertTrue(TextForm.isNormal(s), s);
      assertSame(s, TextForm.normalise(s), "normal text is returned as it is");
    }
  }

  @Test
  void carriageReturnsAreNotNormalAndNormaliseToLineFeeds() {
    assertEquals(Optional.of(new TextForm.Finding(TextForm.Flaw.CARRIAGE_RETURN, '\r', 3)), TextForm.firstFlaw("ab\r\nc"));
    assertEquals("a\nb\nc\n\nd", TextForm.normalise("a\r\nb\rc\r\n\rd"));
  }

  @Test
  void controlCharactersOtherThanTabAndLineFeedAreNotNormal() {
    for (char c : new char[] {0, 7, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x9f}) {
      TextForm.Finding f = TextForm.firstFlaw("x" + c).orElseThrow();
      assertEquals(TextForm.Flaw.CONTROL_CHARACTER, f.flaw());
      assertEquals(2, f.position());
      assertEquals("x", TextForm.normalise("x" + c));
    }
    assertEquals("U+001B", TextForm.firstFlaw("\u001b[31m").orElseThrow().codePointName());
  }

  @Test
  void brokenCharactersAreNotNormalAndPositionsCountCodePoints() {
    TextForm.Finding f = TextForm.firstFlaw("😀\ud800x").orElseThrow();
    assertEquals(TextForm.Flaw.BROKEN_CHARACTER, f.flaw());
    assertEquals(2, f.position(), "the emoji is one character");
    assertEquals("😀\ufffdx", TextForm.normalise("😀\ud800x"));
    assertFalse(TextForm.isNormal("\udc00"));
    assertFalse(TextForm.isNormal("\uffff"));
    assertFalse(TextForm.isNormal("a\ud83d"));
  }
}
