package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Sub-questions under one printed number, such as a contact block ("1. Please provide: a) Contact
 * name b) ...") or the explanation boxes of one activity. A group has no answer of its own: its
 * sub-questions are answered, each under its own id. A group's conditions apply to all of it.
 */
@Value.Immutable
@JsonTypeName("group")
@JsonSerialize(as = ImmutableQuestionGroup.class)
@JsonDeserialize(as = ImmutableQuestionGroup.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "questions",
  "enableWhen", "enableBehavior", "editorial", "notes"
})
public non-sealed interface QuestionGroup extends Question {
  /** The sub-questions, in printed order. */
  List<Question> questions();

  @Value.Check
  default void checkGroup() {
    Checks.require(!questions().isEmpty(), "questions", "a group needs at least one question");
    Checks.require(!required(), "required", "a group is not required: mark its questions");
    Checks.require(
        responseField().isEmpty(), "responseField", "a group has no answer to bind to a field");
  }

  @Override
  default <R> R accept(QuestionVisitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuestionGroup}. */
  final class Builder extends ImmutableQuestionGroup.Builder {
    Builder() {}
  }
}
