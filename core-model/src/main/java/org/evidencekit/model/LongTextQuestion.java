package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A question answered with free text of several paragraphs (a box to write in). */
@Value.Immutable
@JsonTypeName("long-text")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableLongTextQuestion.class)
@JsonDeserialize(as = ImmutableLongTextQuestion.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "required", "maxLength",
  "enableWhen", "enableBehavior", "responseField", "editorial", "notes"
})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface LongTextQuestion extends Question
    permits ImmutableLongTextQuestion, ImmutableLongTextQuestion.Json {
  /** The most characters an answer may have. */
  @Value.Default
  default int maxLength() {
    return DEFAULT_MAX_LENGTH;
  }

  /** The default limit, about 3,000 words; evidence longer than that comes as an attachment. */
  int DEFAULT_MAX_LENGTH = 20_000;

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

  /** Builds a {@link LongTextQuestion}. */
  final class Builder extends ImmutableLongTextQuestion.Builder {
    Builder() {}
  }
}
