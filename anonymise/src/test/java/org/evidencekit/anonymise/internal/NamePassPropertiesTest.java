package org.evidencekit.anonymise.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The name rules' hand-written readers give what they replace (a regular expression, a gap's
 * string), on generated text.
 */
class NamePassPropertiesTest {
  private static final Lexicon LEX = Lexicon.standard();

  /** Capitals, full stops, spaces and a few others, so that near-initials are common. */
  @Provide
  Arbitrary<String> initialsLike() {
    return Arbitraries.strings().withChars("AKZaz.. \t\n'-\u00c41").ofMinLength(1).ofMaxLength(16);
  }

  @Property(tries = 5000)
  void dottedInitialsStandOnlyWhereTheirShapeDoes(@ForAll("initialsLike") String text) {
    for (int s = 0; s < text.length(); s++) {
      if (!NamePass.dottedStart(text, s)) {
        Matcher m = NamePass.INITIALS_DOTTED.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(s, Math.min(text.length(), s + 80));
        assertEquals(false, m.lookingAt(), text + " at " + s);
      }
    }
  }

  /** Words between gaps of white space of several kinds and marks. */
  @Provide
  Arbitrary<String> gapped() {
    Arbitrary<String> gap = Arbitraries.strings()
        .withChars(" \t\n\u000b\u2003\u00a0,(:-\u2013'\"\u2018.")
        .ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> word = Arbitraries.of("Kyle", "her", "MS", "a", "K", "14", "said");
    return Combinators.combine(word.list().ofMinSize(2).ofMaxSize(6), gap.list().ofSize(6))
        .as((words, gaps) -> {
          StringBuilder sb = new StringBuilder();
          for (int k = 0; k < words.size(); k++) {
            sb.append(gaps.get(k)).append(words.get(k));
          }
          return sb.append(gaps.get(5)).toString();
        });
  }

  @Property(tries = 3000)
  void aGapReadInPlaceIsTheStrippedGap(@ForAll("gapped") String text) {
    Doc d = new Doc(text, Terms.NONE, LEX, Set.of());
    NamePass pass = new NamePass(d);
    Tokens t = d.t;
    for (int p = 0; p + 1 < t.n; p++) {
      String gap = text.substring(t.end[p], t.start[p + 1]).strip();
      assertEquals(gap.isEmpty() ? 0 : gap.length() == 1 ? gap.charAt(0) : -1, pass.t.gapMark(p), text + " after " + p);
      assertEquals(gap.isEmpty() ? 0 : gap.charAt(0), pass.t.firstMark(p), text + " after " + p);
    }
  }

  /** Words with and without hyphens, names and not, possessive, in any case and beyond ASCII. */
  @Provide
  Arbitrary<String> hyphenated() {
    Arbitrary<String> part = Arbitraries.of("ellie", "mae", "long", "term", "well", "being", "kyle", "rose",
        "destiny", "okafor", "x", "\u0130stanbul", "caf\u00e9", "o'neill", "smith", "jones", "qzx");
    Arbitrary<String> word = part.list().ofMinSize(1).ofMaxSize(3).map(p -> String.join("-", p));
    Arbitrary<String> cased = Combinators.combine(word, Arbitraries.of(0, 1, 2), Arbitraries.of("", "'s", "\u2019s"))
        .as((w, c, poss) -> (c == 0 ? w : c == 1 ? w.toUpperCase(java.util.Locale.ROOT)
            : Character.toUpperCase(w.charAt(0)) + w.substring(1)) + poss);
    return cased.list().ofMinSize(1).ofMaxSize(6).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 3000)
  void aNameWordIsTheDocsNameWord(@ForAll("hyphenated") String text) {
    Doc d = new Doc(text, Terms.NONE, LEX, Set.of());
    NamePass pass = new NamePass(d);
    for (int i = 0; i < d.t.n; i++) {
      assertEquals(d.nameWordAt(i), pass.nameWord(i, d.baseMask(i)), text + " at " + i);
    }
  }
}
