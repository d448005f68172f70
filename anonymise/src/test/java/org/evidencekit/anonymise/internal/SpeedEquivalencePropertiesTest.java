package org.evidencekit.anonymise.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The hand-written readers that replace a regular expression or a second reading of a text for
 * speed give exactly what they replace, on generated text.
 */
class SpeedEquivalencePropertiesTest {

  /**
   * Text after a '[' made mostly of the characters a tag is made of, so that near-tags are common;
   * and tags about as long as the 80 characters the expression may read.
   */
  @Provide
  Arbitrary<String> tagLike() {
    Arbitrary<String> noise = Arbitraries.strings().withChars("[]:_AZQabf09x ").ofMinLength(0).ofMaxLength(30);
    Arbitrary<String> names = Arbitraries.oneOf(
        Arbitraries.strings().withChars("AZQ_a").ofMaxLength(6),
        Arbitraries.of(org.evidencekit.anonymise.spi.EntityType.values()).map(t -> t.tagName()),
        Arbitraries.of(org.evidencekit.anonymise.spi.EntityType.values())
            .flatMap(t -> Arbitraries.of("X", "_", "", "A").map(x -> t.tagName() + x)),
        Arbitraries.of("AT", "DOT", "NAM", "N", "NI", "NHS"));
    Arbitrary<String> near = Combinators.combine(
            names,
            Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withChars("0123456789abcdefgA").ofMaxLength(7).map(h -> ":" + h)),
            Arbitraries.of("]", "", " ", ":]", "]]"), noise)
        .as((a, b, c, d) -> a + b + c + d);
    Arbitrary<String> longTag = Arbitraries.integers().between(70, 85)
        .flatMap(n -> Arbitraries.strings().withChars("A_").ofLength(n)
            .flatMap(a -> Arbitraries.of("]", ":abcd]", ":0]", "").map(tail -> "A" + a + tail)));
    return Arbitraries.oneOf(noise, near, longTag).map(s -> "[" + s);
  }

  @Property(tries = 3000)
  void tagEndAgreesWithTheTagExpression(@ForAll("tagLike") String body, @ForAll("padding") String pad) {
    String text = pad + body + pad;
    int from = pad.length();
    Matcher m = OwnOutputRule.TAG.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    m.region(from, Math.min(text.length(), from + 80));
    int expected = m.lookingAt() ? m.end() : -1;
    assertEquals(expected, OwnOutputRule.tagEnd(text, from), text);
  }

  @Provide
  Arbitrary<String> padding() {
    return Arbitraries.oneOf(
        Arbitraries.just(""), Arbitraries.strings().withChars("AB ]a").ofMaxLength(3),
        Arbitraries.strings().withChars("A_").ofMinLength(60).ofMaxLength(90));
  }

  // ------------------------------------------------------------ the second look's reading

  private static final Lexicon LEX = Lexicon.standard();

  /** Words, names, numbers and marks of every kind the tokeniser treats apart. */
  private static final List<String> PIECES = List.of(
      "the", "The", "said", "Kyle", "kyle", "KYLE", "O'Neill", "Ellie-Mae", "Joy's", "Joy\u2019s", "LSCB's",
      "K", "L", "K.", "K.L.", "J", "Mr", "DS", "Mark", "Fenwick", "called", "aka", "Will", "has", "Penny",
      "Okonkwo", "12", "14/03/1997", "OL1", "3EF", "AB123456C", "Child", "A", "[NAME]", "[", "]", "NAME",
      "name", "-", "'", "\u2019", "\"", ".", ",", ":", ";", "!", "?", "(", ")", "\n", "\u2022", "  ", " ",
      "\u03a3", "\u039f\u0394\u039f\u03a3", "\u0130stanbul", "caf\u00e9", "e\u0301", "na\u00efve",
      "2011", "x", "Zainab", "Akhtar", "\u00c9mile", "don't", "-ish", "mc", "McDonald", "ThinkUKnow", "Rain's");

  private static final List<String> REPLACEMENTS = List.of(
      "[NAME]", "[DATE_OF_BIRTH]", "[NAME:3f9a0c12de]", "Child A", "Child B", "****", "", "x", "'s", ".",
      " ", "K", "\u03a3", "\u0130", "-", "Name");

  /**
   * A text, and replacements of any of its ranges (at token edges or inside tokens, next to each
   * other or not) by tags, pseudonyms, masks, letters, marks or nothing.
   */
  @Provide
  Arbitrary<List<String>> pieces() {
    return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(40);
  }

  @Property(tries = 2000)
  void aSplicedReadingEqualsAFreshOne(@ForAll("pieces") List<String> pieces, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 6) int replacements) {
    StringBuilder sb = new StringBuilder();
    Random r = new Random(seed);
    for (String p : pieces) {
      sb.append(p);
      if (r.nextInt(3) > 0) {
        sb.append(' ');
      }
    }
    String in = sb.toString();
    // non-overlapping ranges, in order
    List<int[]> ranges = new ArrayList<>();
    int pos = 0;
    for (int k = 0; k < replacements && pos < in.length(); k++) {
      int s = pos + r.nextInt(Math.max(1, Math.min(40, in.length() - pos)));
      int e = Math.min(in.length(), s + r.nextInt(12));
      ranges.add(new int[] {s, e});
      pos = e + r.nextInt(3); // sometimes right next to the last one
    }
    int n = ranges.size();
    int[] inStart = new int[n];
    int[] inEnd = new int[n];
    int[] outStart = new int[n];
    int[] outEnd = new int[n];
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int k = 0; k < n; k++) {
      int[] g = ranges.get(k);
      out.append(in, at, g[0]);
      inStart[k] = g[0];
      inEnd[k] = g[1];
      outStart[k] = out.length();
      out.append(REPLACEMENTS.get(r.nextInt(REPLACEMENTS.size())));
      outEnd[k] = out.length();
      at = g[1];
    }
    out.append(in, at, in.length());

    Doc first = new Doc(in, Terms.NONE, LEX, Set.of());
    for (int i = 0; i < first.t.n; i++) { // some answers known before the second reading
      if (r.nextBoolean()) {
        first.acronym(i);
      }
      if (r.nextBoolean()) {
        first.wordishAt(i);
      }
      if (r.nextBoolean()) {
        first.nameWordAt(i);
      }
      if (r.nextBoolean()) {
        first.t.base(i);
      }
    }
    Doc spliced = new Doc(out.toString(), Terms.NONE, LEX, Set.of(), first,
        new Doc.Edits(inStart, inEnd, outStart, outEnd));
    Doc fresh = new Doc(out.toString(), Terms.NONE, LEX, Set.of());
    String why = "in: " + in + "\nout: " + out;
    Tokens a = spliced.t;
    Tokens b = fresh.t;
    assertEquals(b.n, a.n, why);
    assertArrayEquals(java.util.Arrays.copyOf(b.start, b.n), java.util.Arrays.copyOf(a.start, a.n), why);
    assertArrayEquals(java.util.Arrays.copyOf(b.end, b.n), java.util.Arrays.copyOf(a.end, a.n), why);
    assertArrayEquals(java.util.Arrays.copyOf(b.flags, b.n), java.util.Arrays.copyOf(a.flags, a.n), why);
    assertEquals(fresh.digits, spliced.digits, why);
    for (int i = 0; i < b.n; i++) {
      assertEquals(fresh.mask(i), spliced.mask(i), why);
      assertEquals(fresh.baseMask(i), spliced.baseMask(i), why);
      assertEquals(b.key(i), a.key(i), why);
      assertEquals(b.base(i), a.base(i), why);
      assertEquals(fresh.acronym(i), spliced.acronym(i), why);
      assertEquals(fresh.wordishAt(i), spliced.wordishAt(i), why);
      assertEquals(fresh.nameWordAt(i), spliced.nameWordAt(i), why);
    }
  }

  @Property(tries = 300)
  void theSecondReadingCopiesMostTokens(@ForAll("pieces") List<String> pieces) {
    // not a correctness check: that copying happens at all (else the property above proves little)
    String in = String.join(" ", pieces) + " and the rest of the sentence stays as it was.";
    int cut = in.indexOf(' ');
    if (cut < 0) {
      return;
    }
    String out = "[NAME]" + in.substring(cut);
    Doc first = new Doc(in, Terms.NONE, LEX, Set.of());
    Doc spliced = new Doc(out, Terms.NONE, LEX, Set.of(), first,
        new Doc.Edits(new int[] {0}, new int[] {cut}, new int[] {0}, new int[] {6}));
    int copied = 0;
    for (int i = 0; i < spliced.t.n; i++) {
      copied += spliced.t.origin[i] >= 0 ? 1 : 0;
    }
    assertEquals(true, copied >= 9, "copied " + copied + " of " + spliced.t.n + " tokens of " + out);
  }

  /**
   * The abbreviation test's shortcut (a token whose lower case is no abbreviation's is none)
   * answers as the set does: every abbreviation of the lexicon, as written, possessive or not,
   * in a text whose lower case is ASCII's or not, and generated near-abbreviations.
   */
  @Property(tries = 500)
  void acronymAnswersAsTheSet(@ForAll("pieces") List<String> pieces, @ForAll("acronymLike") String word) {
    List<String> words = new ArrayList<>(LEX.acronyms);
    java.util.Collections.sort(words);
    StringBuilder sb = new StringBuilder(String.join(" ", pieces)).append(' ').append(word).append(' ');
    for (int k = Math.abs(word.hashCode()) % 7; k < words.size(); k += 7) {
      sb.append(words.get(k)).append(k % 3 == 0 ? "'s " : " ");
    }
    Doc d = new Doc(sb.toString(), Terms.NONE, LEX, Set.of());
    for (int i = 0; i < d.t.n; i++) {
      assertEquals(LEX.acronyms.contains(d.t.raw(i)), d.acronym(i), d.t.raw(i));
    }
  }

  @Provide
  Arbitrary<String> acronymLike() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars("ACDEHIMNSTcs").ofMinLength(1).ofMaxLength(5),
        Arbitraries.of(new ArrayList<>(LEX.acronyms)).map(a -> a.toLowerCase(java.util.Locale.ROOT)),
        Arbitraries.of(new ArrayList<>(LEX.acronyms)));
  }

  // ------------------------------------------------------------ shape tests before expressions

  /** Text of capitals, digits, separators and a few others, so that near-references are common. */
  @Provide
  Arbitrary<String> referenceLike() {
    return Arbitraries.strings().withChars("ABZ019/- \ta.").ofMinLength(1).ofMaxLength(24);
  }

  /** What may follow a card number's first four digits: groups of digits and separators. */
  @Provide
  Arbitrary<String> cardTail() {
    return Combinators.combine(
            Arbitraries.of("", " ", "-", "\t", "\n", "\u000B", "\r", "a", "/", ".", "  "),
            Arbitraries.of("0000", "4111", "1111", "9", "12", "123456").list().ofMaxSize(4),
            Arbitraries.of("", " ", "9", "a", "-"))
        .as((sep, groups, end) -> sep + String.join(sep, groups) + end);
  }

  @Property(tries = 5000)
  void aCaseReferenceStandsOnlyWhereItsShapeDoes(@ForAll("referenceLike") String text) {
    Doc d = new Doc(text, Terms.NONE, LEX, Set.of());
    for (int s = 0; s < text.length(); s++) {
      if (!CaseReferenceRule.lettersShape(d, s)) {
        assertEquals(false, Looks.looks(CaseReferenceRule.LETTERS, text, s), text + " at " + s);
      }
    }
  }

  @Property(tries = 5000)
  void aCardNumberStandsOnlyWhereItsSecondGroupCan(@ForAll("cardTail") String tail,
      @ForAll @IntRange(min = 0, max = 9999) int first) {
    String text = String.format("%04d", first) + tail;
    Doc d = new Doc(text, Terms.NONE, LEX, Set.of());
    if (!BankRule.cardGroupAfter(d, 4) && !(tail.length() > 0 && Character.isDigit(tail.charAt(0)))) {
      assertEquals(false, Looks.looks(BankRule.CARD, text, 0), text);
    }
  }
}
