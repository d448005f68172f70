package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A choice of any number of options (tick all that apply). */
@Value.Immutable
@JsonTypeName("multiple-choice")
@JsonSerialize(as = ImmutableMultipleChoiceQuestion.class)
@JsonDeserialize(as = ImmutableMultipleChoiceQuestion.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "required", "columns", "options",
  "enableWhen", "enableBehavior", "responseField", "editorial", "notes"
})
public non-sealed interface MultipleChoiceQuestion extends ChoiceQuestion {

  @Override
  default <R> R accept(QuestionVisitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MultipleChoiceQuestion}. */
  final class Builder extends ImmutableMultipleChoiceQuestion.Builder {
    Builder() {}
  }
}
