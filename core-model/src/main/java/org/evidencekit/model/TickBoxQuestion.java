package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A single tick box: ticked or not. Its text is the statement the respondent ticks. */
@Value.Immutable
@JsonTypeName("tick-box")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableTickBoxQuestion.class)
@JsonDeserialize(as = ImmutableTickBoxQuestion.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "required",
  "enableWhen", "enableBehavior", "responseField", "editorial", "notes"
})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface TickBoxQuestion extends Question
    permits ImmutableTickBoxQuestion, ImmutableTickBoxQuestion.Json {

  @Override
  default <R> R accept(QuestionVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  default Optional<TickBoxQuestion> asTickBox() {
    return Optional.of(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TickBoxQuestion}. */
  final class Builder extends ImmutableTickBoxQuestion.Builder {
    Builder() {}
  }
}
