package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A choice of one option. */
@Value.Immutable
@JsonTypeName("single-choice")
@JsonSerialize(as = ImmutableSingleChoiceQuestion.class)
@JsonDeserialize(as = ImmutableSingleChoiceQuestion.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "required", "columns", "options",
  "enableWhen", "enableBehavior", "responseField", "editorial", "notes"
})
public non-sealed interface SingleChoiceQuestion extends ChoiceQuestion {

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
