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
  @Value.Parameter
  BigDecimal value();

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
