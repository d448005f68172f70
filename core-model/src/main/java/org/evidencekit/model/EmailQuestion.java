package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A question answered with an email address (at most 254 characters). */
@Value.Immutable
@JsonTypeName("email")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableEmailQuestion.class)
@JsonDeserialize(as = ImmutableEmailQuestion.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "required",
  "enableWhen", "enableBehavior", "responseField", "editorial", "notes"
})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface EmailQuestion extends Question
    permits ImmutableEmailQuestion, ImmutableEmailQuestion.Json {
  /** The longest email address there can be (RFC 5321 path limit). */
  int MAX_LENGTH = 254;

  @Override
  default <R> R accept(QuestionVisitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EmailQuestion}. */
  final class Builder extends ImmutableEmailQuestion.Builder {
    Builder() {}
  }
}
