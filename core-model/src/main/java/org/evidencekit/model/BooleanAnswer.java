package org.evidencekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A tick box's answer: ticked ({@code true}) or not. */
@Value.Immutable(singleton = false)
public sealed interface BooleanAnswer extends Answer permits ImmutableBooleanAnswer {
  @Value.Parameter
  boolean value();

  static BooleanAnswer of(boolean value) {
    return ImmutableBooleanAnswer.of(value);
  }

  @Override
  default <R> R accept(AnswerVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  default Optional<BooleanAnswer> asBoolean() {
    return Optional.of(this);
  }

}
