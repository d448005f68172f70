package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A question answered with a count: a whole number of 0 or more, at most {@link #max()} if set. */
@Value.Immutable
@JsonTypeName("count")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableCountQuestion.class)
@JsonDeserialize(as = ImmutableCountQuestion.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "required", "max",
  "enableWhen", "enableBehavior", "responseField", "editorial", "notes"
})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface CountQuestion extends Question
    permits ImmutableCountQuestion, ImmutableCountQuestion.Json {
  /** The largest count accepted, if there is a limit. */
  Optional<Long> max();

  @Value.Check
  default void checkMax() {
    Checks.require(max().orElse(0L) >= 0, "max", "max must be 0 or more");
  }

  @Override
  default <R> R accept(QuestionVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  default Optional<CountQuestion> asCount() {
    return Optional.of(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CountQuestion}. */
  final class Builder extends ImmutableCountQuestion.Builder {
    Builder() {}
  }
}
