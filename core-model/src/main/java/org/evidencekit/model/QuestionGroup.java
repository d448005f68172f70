package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Optional;
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
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableQuestionGroup.class)
@JsonDeserialize(as = ImmutableQuestionGroup.class)
@JsonPropertyOrder({
  "id", "label", "text", "summary", "hint", "questions",
  "enableWhen", "enableBehavior", "editorial", "notes"
})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface QuestionGroup extends Question
    permits ImmutableQuestionGroup, ImmutableQuestionGroup.Json {
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

  @Override
  default Optional<QuestionGroup> asGroup() {
    return Optional.of(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuestionGroup}. */
  final class Builder extends ImmutableQuestionGroup.Builder {
    Builder() {}
  }
}
