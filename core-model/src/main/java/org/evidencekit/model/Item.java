package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;

/**
 * One thing in a section, in reading order: a {@link ContentBlock} (heading, paragraph, list,
 * quotation, case study, definitions) or a {@link Question}.
 *
 * <p>In JSON an item is an object whose {@code "type"} names its kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Heading.class, name = "heading"),
  @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
  @JsonSubTypes.Type(value = ListBlock.class, name = "list"),
  @JsonSubTypes.Type(value = Quotation.class, name = "quotation"),
  @JsonSubTypes.Type(value = CaseStudy.class, name = "case-study"),
  @JsonSubTypes.Type(value = DefinitionsBlock.class, name = "definitions"),
  @JsonSubTypes.Type(value = ShortTextQuestion.class, name = "short-text"),
  @JsonSubTypes.Type(value = LongTextQuestion.class, name = "long-text"),
  @JsonSubTypes.Type(value = EmailQuestion.class, name = "email"),
  @JsonSubTypes.Type(value = CountQuestion.class, name = "count"),
  @JsonSubTypes.Type(value = TickBoxQuestion.class, name = "tick-box"),
  @JsonSubTypes.Type(value = SingleChoiceQuestion.class, name = "single-choice"),
  @JsonSubTypes.Type(value = MultipleChoiceQuestion.class, name = "multiple-choice"),
  @JsonSubTypes.Type(value = QuestionGroup.class, name = "group")
})
public sealed interface Item permits ContentBlock, Question {

  /** Calls the visitor method for this item's kind. */
  <R> R accept(ItemVisitor<R> visitor);

  /** This item, if it is a question (else it is a {@link ContentBlock}). */
  default Optional<Question> asQuestion() {
    return Optional.empty();
  }
}
