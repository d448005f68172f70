package org.evidencekit.anonymise.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The recognisers' cheap tests before their expressions and cue words (dates, bank details, NI
 * and NHS numbers, postcodes, plates) never rule out what the expression or the word test they
 * guard would accept, on generated text made of the characters those read; and what they read in
 * place gives what the strings they replace gave.
 */
class RuleShapePropertiesTest {
  private static final Lexicon LEX = Lexicon.standard();

  private static Doc doc(String text) {
    return new Doc(text, Terms.NONE, LEX, Set.of());
  }

  private static boolean asciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // ------------------------------------------------------------ dates

  /** Digits, a date's separators and a few others, so that near-dates are common. */
  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> group = Arbitraries.of("1", "02", "12", "123", "1998", "2011", "19", "20", "12345", "98");
    Arbitrary<String> sep = Arbitraries.of("/", ".", "-", " ", "a", "//", "");
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0129/.- a").ofMinLength(1).ofMaxLength(16),
        Arbitraries.oneOf(group, sep).list().ofMinSize(1).ofMaxSize(7).map(l -> String.join("", l)));
  }

  @Property(tries = 5000)
  void aNumericDateStandsOnlyWhereItsShapeDoes(@ForAll("dateLike") String text) {
    Doc d = doc(text);
    for (int s = 0; s < text.length(); s++) {
      if (!asciiDigit(text.charAt(s)) || s > 0 && asciiDigit(text.charAt(s - 1))) {
        continue;
      }
      int te = s;
      while (te < text.length() && asciiDigit(text.charAt(te))) {
        te++;
      }
      // where the rule asks: one or two digits, then a separator and a digit
      if (te - s > 2 || te + 1 >= text.length() || "/.-".indexOf(text.charAt(te)) < 0
          || !asciiDigit(text.charAt(te + 1))) {
        continue;
      }
      if (!DateRule.numericShape(d, te)) {
        assertFalse(Looks.looks(DateRule.NUMERIC, text, s), text + " at " + s);
      }
      if (!DateRule.monthYearShape(d, te)) {
        assertFalse(Looks.looks(DateRule.MONTH_YEAR_NUMERIC, text, s), text + " at " + s);
      }
    }
  }

  /** Text before a date: pieces of the cues, near-cues, spaces, digits and new lines. */
  @Provide
  Arbitrary<String> beforeDate() {
    return Arbitraries.of("born", "b.", "b", "d.o.b", "d. o.", "d.o", "d.\to.", "dob", "date of birth", "birthday",
            "birth date", "birthdate", "birth", "yob", "year of birth", "of birth", "of", " ", "  ", "\t", "\n",
            "12", "7", "x", "d", ".", "o", "y", "on", "was ", "her ", "(", ":", "\u00a0", "nhs", "NHS")
        .list().ofMaxSize(10).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void theCueTestInPlaceIsTheOneOfTheWindowsString(@ForAll("beforeDate") String text) {
    for (int w = 0; w <= text.length(); w++) {
      for (int to = w; to <= text.length(); to++) {
        String b = text.substring(w, to);
        boolean inPlace = DateRule.mayHaveCue(text, w, to);
        assertEquals(mayHaveCueBefore(b), inPlace, b);
        if (!inPlace) {
          assertFalse(DateRule.CUE.matcher(b).find(), b);
        }
      }
    }
  }

  /** The string test {@code DateRule.mayHaveCue} replaced (as it was). */
  private static boolean mayHaveCueBefore(String b) {
    int from = b.length();
    while (from > 0 && !(b.charAt(from - 1) >= '0' && b.charAt(from - 1) <= '9')) {
      from--;
    }
    if (b.indexOf("born", from) >= 0 || b.indexOf("dob", from) >= 0 || b.indexOf("of birth", from) >= 0
        || b.indexOf("birthdate", from) >= 0 || b.indexOf("birth date", from) >= 0 || b.indexOf("birthday", from) >= 0
        || b.indexOf("yob", from) >= 0 || b.stripTrailing().endsWith("b.")) {
      return true;
    }
    for (int k = b.indexOf("d.", from); k >= 0; k = b.indexOf("d.", k + 1)) {
      int o = k + 2;
      if (o < b.length() && Character.isWhitespace(b.charAt(o))) {
        o++;
      }
      if (o + 1 < b.length() && b.charAt(o) == 'o' && b.charAt(o + 1) == '.') {
        return true;
      }
    }
    return false;
  }

  @Property(tries = 2000)
  void theWindowsAreTheOnesOfBeforeAndAfter(@ForAll("beforeDate") String text) {
    Doc d = doc(text);
    for (int pos = 0; pos <= text.length(); pos++) {
      for (int chars : new int[] {0, 3, 12, 48}) {
        int w = Window.before(d, pos, chars);
        assertEquals(d.before(pos, chars), d.lower().substring(w, pos));
        int e = Window.after(d, pos, chars);
        assertEquals(d.after(pos, chars), d.lower().substring(pos, e));
        for (String word : List.of("born", "dob", "d.o.b", "of birth", "b", "nhs")) {
          assertEquals(d.after(pos, chars).contains(word), Window.has(d.lower(), word, pos, e));
          assertEquals(d.before(pos, chars).contains(word), Window.has(d.lower(), word, w, pos));
        }
      }
    }
  }

  // ------------------------------------------------------------ bank details, NI numbers

  /** Runs of digits and the separators of sort codes, account and NI numbers. */
  @Provide
  Arbitrary<String> numberLike() {
    Arbitrary<String> group = Arbitraries.of("1", "12", "123", "1234", "12345", "123456", "1234567", "12345678",
        "123456789", "1234567890", "12345678901", "00");
    Arbitrary<String> sep = Arbitraries.of(" ", "-", ".", "\t", "\n", "/", "a", "C", "  ", "");
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0129 -./\tC").ofMinLength(1).ofMaxLength(20),
        Arbitraries.oneOf(group, sep).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l)));
  }

  @Property(tries = 5000)
  void aSortCodeOrAccountStandsOnlyWhereItsShapeDoes(@ForAll("numberLike") String text) {
    Doc d = doc(text);
    for (int s = 0; s < text.length(); s++) {
      if (asciiDigit(text.charAt(s)) && (s == 0 || !asciiDigit(text.charAt(s - 1)))
          && !BankRule.sortOrAccountShape(d, s)) {
        assertFalse(Looks.looks(BankRule.SORT, text, s), text + " at " + s);
        assertFalse(Looks.looks(BankRule.ACCOUNT, text, s), text + " at " + s);
      }
    }
  }

  @Property(tries = 5000)
  void anNiNumberStandsOnlyWhereSixDigitsFollowItsLetters(@ForAll("numberLike") String tail) {
    for (String letters : List.of("AB", "ne", "Qq")) {
      String text = letters + tail;
      Doc d = doc(text);
      if (!NiNumberRule.sixDigitsAfter(d, 2)) {
        assertFalse(Looks.looks(NiNumberRule.NI, text, 0), text);
        assertFalse(Looks.looks(NiNumberRule.NI_LOOSE, text, 0), text);
        assertFalse(Looks.looks(NiNumberRule.NO_SUFFIX, text, 0), text);
      }
    }
  }

  // ------------------------------------------------------------ plates

  @Provide
  Arbitrary<String> afterWord() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(" 0129aAZiI-/\t\n.").ofMinLength(0).ofMaxLength(10),
        Arbitraries.of(" 123D", " 12d", " 1X", "\t99K", " 1234A", " 02/05", " 5 times", "  1A", " 1A2", " 12\u00e9"));
  }

  @Property(tries = 5000)
  void anOldPlateStandsAfterAThreeLetterWordOnlyWhereItsShapeDoes(@ForAll("afterWord") String tail) {
    for (String word : List.of("ABC", "dob", "Yhx")) {
      String text = word + tail;
      Doc d = doc(text);
      // where the rule asks: the word is a token of its own
      if (d.t.end[0] == 3 && !VehicleRule.suffixAfterWord(d, 3)) {
        assertFalse(Looks.looks(VehicleRule.SUFFIX, text, 0), text);
        assertFalse(Looks.looks(VehicleRule.PREFIX, text, 0), text);
      }
    }
  }

  // ------------------------------------------------------------ keys read in place

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of("aged", "Aged", "AGE", "age", "ages", "of", "Of", "OF", "off", "gir", "GIR", "girl", "in",
            "May", "\u0130N", "a\u0301ge", "don't", "o\u2019f", "12", " ", "  ", ". ", "-", "'", "\u2019", "\n")
        .list().ofMaxSize(10).map(l -> String.join(" ", l));
  }

  @Property(tries = 2000)
  void aKeyReadInPlaceIsTheKey(@ForAll("words") String text) {
    Doc d = doc(text);
    for (int i = 0; i < d.t.n; i++) {
      for (String w : List.of("aged", "age", "of", "gir", "in")) {
        assertEquals(d.t.key(i).equals(w), Window.keyIs(d, i, w), text + " token " + i);
      }
    }
  }
}
