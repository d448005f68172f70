package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A single tick box: ticked or not. Its text is the statement the respondent ticks. */
@Value.Immutable
@JsonTypeName("tick-box")
@JsonSerialize(as = ImmutableTickBoxQuestion.class)
@JsonDeserialize(as = ImmutableTickBoxQuestion.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "required",
  "enableWhen", "enableBehavior", "responseField", "editorial", "notes"
})
public non-sealed interface TickBoxQuestion extends Question {

  @Override
  default <R> R accept(QuestionVisitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TickBoxQuestion}. */
  final class Builder extends ImmutableTickBoxQuestion.Builder {
    Builder() {}
  }
}
