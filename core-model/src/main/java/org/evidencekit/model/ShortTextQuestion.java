package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A question answered with a line of text (a name, an area, a job title). */
@Value.Immutable
@JsonTypeName("short-text")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableShortTextQuestion.class)
@JsonDeserialize(as = ImmutableShortTextQuestion.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "required", "maxLength",
  "enableWhen", "enableBehavior", "responseField", "editorial", "notes"
})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface ShortTextQuestion extends Question
    permits ImmutableShortTextQuestion, ImmutableShortTextQuestion.Json {
  /** The most characters an answer may have. */
  @Value.Default
  default int maxLength() {
    return DEFAULT_MAX_LENGTH;
  }

  /** The default limit: GOV.UK Forms allows 499 characters in a single line; we allow 500. */
  int DEFAULT_MAX_LENGTH = 500;

  @Value.Check
  default void checkLength() {
    Checks.require(maxLength() >= 1, "maxLength", "maxLength must be 1 or more");
  }

  @Override
  default <R> R accept(QuestionVisitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ShortTextQuestion}. */
  final class Builder extends ImmutableShortTextQuestion.Builder {
    Builder() {}
  }
}
