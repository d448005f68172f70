package org.evidencekit.anonymise.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Tokens}' scan (a table of ASCII classes, the word's hash made in the same pass) reads
 * every text as the rules of its class comment say, written here plainly with {@link Character}
 * (as the scan was before), and a word's hash and classes are those {@link Vocab} gives its key.
 */
class TokensPropertiesTest {
  private static final Lexicon LEX = Lexicon.standard();

  /** Characters of every kind the scan tells apart, ASCII or not. */
  private static final String CHARS = "aZkS s'-\u2019.!?:;\n\r\u2022,()[]_\"09" + "\u00e9\u00c9\u00df\u0130\u03a3\u03c2\u0301\u0663\u00a0\t\u017f\u212a";

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> chars = Arbitraries.strings().withChars(CHARS).ofMaxLength(40);
    Arbitrary<String> words = Arbitraries.of("Kyle", "kyle's", "O'Neill", "LSCB's", "K.", "the", "2011", "AB12",
        "Joy\u2019s", "caf\u00e9", "\u00c9mile", "-ish", "don't", "RAIN'S", "x", "I", ". ", " ", "  ", "\n")
        .list().ofMaxSize(12).map(l -> String.join("", l));
    return Arbitraries.oneOf(chars, words, Arbitraries.strings().all().ofMaxLength(20));
  }

  @Property(tries = 5000)
  void theScanReadsAsThePlainRules(@ForAll("texts") String text) {
    Doc d = new Doc(text, Terms.NONE, LEX, Set.of());
    Tokens t = d.t;
    List<int[]> want = plain(text);
    assertEquals(want.size(), t.n, text);
    for (int i = 0; i < t.n; i++) {
      int[] w = want.get(i);
      assertEquals(w[0], t.start[i], text);
      assertEquals(w[1], t.end[i], text);
      assertEquals(w[2], t.flags[i] & ~Tokens.HASHED, text);
      boolean ascii = text.substring(t.start[i], t.end[i]).chars().allMatch(c -> c < 128);
      assertEquals(ascii, t.is(i, Tokens.HASHED), text);
      if (ascii) {
        assertEquals(t.key(i).hashCode(), t.hashes[i], text); // Vocab hashes a key as String does
      }
      assertEquals(LEX.vocab().mask(t.key(i)), d.mask(i), text);
    }
  }

  /** The rules of Tokens' class comment, read one character at a time with Character. */
  static List<int[]> plain(String s) {
    List<int[]> out = new ArrayList<>();
    int len = s.length();
    int i = 0;
    boolean sentence = true;
    while (i < len) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int b = i;
        int f = 0;
        int letters = 0;
        int uppers = 0;
        while (i < len) {
          char d = s.charAt(i);
          if (Character.isLetter(d)) {
            f |= Tokens.LETTER;
            letters++;
            if (Character.isUpperCase(d)) {
              uppers++;
            }
          } else if (Character.isDigit(d)) {
            f |= Tokens.DIGIT;
          } else if (!(Character.getType(d) == Character.NON_SPACING_MARK
              || (d == '\'' || d == '\u2019' || d == '-') && i + 1 < len && i > b
                  && Character.isLetter(s.charAt(i + 1)) && Character.isLetter(s.charAt(i - 1)))) {
            break;
          }
          i++;
        }
        if (letters == 0) {
          f |= Tokens.ALL_DIGITS;
        }
        if (Character.isUpperCase(c)) {
          f |= Tokens.CAP;
          int possessive = i - b > 2 && (s.charAt(i - 2) == '\'' || s.charAt(i - 2) == '\u2019')
              && s.charAt(i - 1) == 's' ? 1 : 0;
          if (letters - possessive >= 2 && uppers == letters - possessive) {
            f |= Tokens.ALL_CAPS;
          }
        } else if (Character.isLowerCase(c)) {
          f |= Tokens.LOWER;
        }
        if (sentence) {
          f |= Tokens.SENTENCE_START;
        }
        if (i - b >= 2 && Character.toLowerCase(s.charAt(i - 1)) == 's'
            && (s.charAt(i - 2) == '\'' || s.charAt(i - 2) == '\u2019')) {
          f |= Tokens.POSSESSIVE;
        }
        sentence = false;
        out.add(new int[] {b, i, f});
      } else {
        if (".!?:\n\r;\u2022".indexOf(c) >= 0) {
          int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
          if (!(c == '.' && last != null && last[1] == i && last[1] - last[0] == 1
              && Character.isUpperCase(s.charAt(i - 1)))) {
            sentence = true;
          }
        }
        i++;
      }
    }
    return out;
  }
}
