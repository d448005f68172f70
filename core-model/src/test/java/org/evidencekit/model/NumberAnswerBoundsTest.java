package org.evidencekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 10, item 2: a number an answer holds has a documented maximum, checked before arithmetic. */
class NumberAnswerBoundsTest {
  @Test
  void issue10_item2_numbersBeyondTheMaximumCannotBeAnswers() {
    assertThrows(IllegalArgumentException.class, () -> NumberAnswer.of(new BigDecimal("1e999999999")));
    assertThrows(IllegalArgumentException.class, () -> NumberAnswer.of(new BigDecimal("1e-999999999")));
    assertThrows(IllegalArgumentException.class, () -> NumberAnswer.of(NumberAnswer.MAX.add(BigDecimal.ONE)));
    assertEquals(NumberAnswer.MAX, NumberAnswer.of(NumberAnswer.MAX).value());
    assertEquals(NumberAnswer.MAX.negate(), NumberAnswer.of(NumberAnswer.MAX.negate()).value());
  }

  @Test
  void issue10_item2_fourMillionDigitsAreNotParsedAsANumber() {
    String digits = "7".repeat(4_000_000);
    assertEquals(Optional.empty(), assertTimeoutPreemptively(Duration.ofSeconds(5), () -> NumberAnswer.parse(digits)));
    assertEquals(Optional.of(NumberAnswer.of(12)), NumberAnswer.parse("12"));
    assertEquals(Optional.of(NumberAnswer.of(12)), NumberAnswer.parse("+12"));
    assertTrue(NumberAnswer.parse("-2.5").isPresent());
    assertEquals(Optional.empty(), NumberAnswer.parse("1e9"));
    assertEquals(Optional.empty(), NumberAnswer.parse("9999999999999999"));
  }
}
