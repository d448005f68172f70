package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A question. Every question has a stable {@link #id()} that answers are keyed by, and the
 * printed {@link #label()} (its number or letter, exactly as printed, quirks included) apart from
 * it.
 *
 * <p>The kinds: {@link ShortTextQuestion}, {@link LongTextQuestion}, {@link EmailQuestion},
 * {@link CountQuestion} (a whole number of 0 or more), {@link TickBoxQuestion}, {@link
 * SingleChoiceQuestion}, {@link MultipleChoiceQuestion}, and {@link QuestionGroup} (sub-questions
 * under one number). Use a {@link QuestionVisitor} to treat each kind.
 */
public sealed interface Question extends Item
    permits ShortTextQuestion,
        LongTextQuestion,
        EmailQuestion,
        CountQuestion,
        TickBoxQuestion,
        ChoiceQuestion,
        QuestionGroup {

  /** The stable id that answers, conditions and documents refer to. */
  String id();

  /** The printed number or letter ("4.", "a)", "j."), exactly as printed; absent if unnumbered. */
  Optional<String> label();

  /** The question as printed. */
  String text();

  /**
   * A short noun phrase for messages and summaries, such as "the number of CSE victims you work
   * with each year". Without one, messages quote the question.
   */
  Optional<String> summary();

  /** Extra guidance shown with the question. */
  Optional<String> hint();

  /** Whether an answer is needed whenever the question applies. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean required() {
    return false;
  }

  /** The question applies only when these conditions hold (all, or any: {@link #enableBehavior()}). */
  List<Condition> enableWhen();

  /** Whether all conditions of {@link #enableWhen()} must hold, or any one. */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EnableBehavior.IsAll.class)
  default EnableBehavior enableBehavior() {
    return EnableBehavior.ALL;
  }

  /**
   * The field of the {@link Response} this question fills, if any: the respondent's name or
   * email, the consent to publish, the oral-evidence opt-in. A bound question is answered there,
   * not in {@link Response#answers()}.
   */
  Optional<ResponseField> responseField();

  /** True for a question added by the editor of the definition, not printed in the source. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean editorial() {
    return false;
  }

  /** Notes: quirks of the printed source kept on purpose, editorial decisions. */
  List<String> notes();

  @Value.Check
  default void checkQuestion() {
    Checks.id(id(), "id");
    Checks.notBlank(text(), "text");
  }

  /** Calls the visitor method for this question's kind. */
  <R> R accept(QuestionVisitor<R> visitor);

  @Override
  default <R> R accept(ItemVisitor<R> visitor) {
    return accept((QuestionVisitor<R>) visitor);
  }

  @Override
  default Optional<Question> asQuestion() {
    return Optional.of(this);
  }

  /** This question, if it is a choice among options (single or multiple). */
  default Optional<ChoiceQuestion> asChoice() {
    return Optional.empty();
  }

  /** This question, if it is a tick box. */
  default Optional<TickBoxQuestion> asTickBox() {
    return Optional.empty();
  }

  /** This question, if it asks for a count. */
  default Optional<CountQuestion> asCount() {
    return Optional.empty();
  }

  /** This question, if it is a group of sub-questions. */
  default Optional<QuestionGroup> asGroup() {
    return Optional.empty();
  }
}
