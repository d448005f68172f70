package org.evidencekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Text given as an answer: a short or long text, or an email address. */
@Value.Immutable
public sealed interface TextAnswer extends Answer permits ImmutableTextAnswer {
  @Value.Parameter
  @Value.Redacted
  String value();

  static TextAnswer of(String value) {
    return ImmutableTextAnswer.of(value);
  }

  @Override
  default <R> R accept(AnswerVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  default Optional<TextAnswer> asText() {
    return Optional.of(this);
  }

}
