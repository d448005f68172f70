package org.evidencekit.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number given as an answer. It is kept exactly as given, so that a count of -1 or 2.5 can be
 * reported as the mistake it is rather than silently rounded.
 */
@Value.Immutable
public sealed interface NumberAnswer extends Answer permits ImmutableNumberAnswer {
  /**
   * The largest number an answer holds, either way from 0: 999,999,999,999,999 (15 digits). Every
   * reader checks it before any arithmetic; a larger number is refused where it is read.
   */
  BigDecimal MAX = new BigDecimal("999999999999999");
  /** The most decimal places a number given as an answer has: 20. */
  int MAX_DECIMALS = 20;
  /** The longest number read from text, in characters (sign, digits and point): 40. */
  int MAX_CHARS = 40;

  @Value.Parameter
  BigDecimal value();

  /** Whether a number is one an answer may hold: within {@link #MAX} and {@link #MAX_DECIMALS}. */
  static boolean inRange(BigDecimal value) {
    // compareTo and scale look at the exponent first: cheap even for 1e999999999.
    return value.scale() <= MAX_DECIMALS && value.scale() >= -MAX_CHARS && value.abs().compareTo(MAX) <= 0;
  }

  /**
   * The number a text such as "12" or "-2.5" states, if it is one an answer may hold; checked for
   * length and range before it is converted. Empty for any other text.
   */
  static java.util.Optional<NumberAnswer> parse(String text) {
    if (text.isEmpty() || text.length() > MAX_CHARS || !text.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
      return java.util.Optional.empty();
    }
    BigDecimal value = new BigDecimal(text);
    return inRange(value) ? java.util.Optional.of(of(value)) : java.util.Optional.empty();
  }

  @Value.Check
  default void check() {
    if (!inRange(value())) {
      throw new IllegalArgumentException("a number beyond the largest an answer holds (999,999,999,999,999,"
          + " with at most " + MAX_DECIMALS + " decimal places)");
    }
  }

  static NumberAnswer of(long value) {
    return ImmutableNumberAnswer.of(BigDecimal.valueOf(value));
  }

  static NumberAnswer of(BigDecimal value) {
    return ImmutableNumberAnswer.of(value);
  }

  /** Whether the number is whole (12, or 12.0). */
  default boolean isWhole() {
    return value().signum() == 0 || value().stripTrailingZeros().scale() <= 0;
  }

  @Override
  default <R> R accept(AnswerVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  default Optional<NumberAnswer> asNumber() {
    return Optional.of(this);
  }

}
