package org.evidencekit.anonymise.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
    Arbitrary<String> near = Combinators.combine(
            Arbitraries.strings().withChars("AZQ_a").ofMaxLength(6),
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
}
