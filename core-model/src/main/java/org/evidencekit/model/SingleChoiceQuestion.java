package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A choice of one option. */
@Value.Immutable
@JsonTypeName("single-choice")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableSingleChoiceQuestion.class)
@JsonDeserialize(as = ImmutableSingleChoiceQuestion.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "required", "columns", "options",
  "enableWhen", "enableBehavior", "responseField", "editorial", "notes"
})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface SingleChoiceQuestion extends ChoiceQuestion
    permits ImmutableSingleChoiceQuestion, ImmutableSingleChoiceQuestion.Json {

  @Override
  default <R> R accept(QuestionVisitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SingleChoiceQuestion}. */
  final class Builder extends ImmutableSingleChoiceQuestion.Builder {
    Builder() {}
  }
}
