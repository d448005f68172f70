package org.evidencekit.model;

import java.util.Optional;

/**
 * An answer to one question. Its JSON form is the plain JSON value that fits it:
 *
 * <ul>
 *   <li>{@link TextAnswer}: a string ({@code "Detached youth work"});
 *   <li>{@link NumberAnswer}: a number ({@code 12});
 *   <li>{@link BooleanAnswer}: {@code true} or {@code false} (a tick box, a declaration);
 *   <li>{@link ChoiceAnswer}: {@code {"selected": ["bme", "other"], "specified": {"other":
 *       "..."}}}, with the text of each chosen option that asks for one.
 * </ul>
 *
 * <p>Reading a response takes any of these for any question; {@link
 * org.evidencekit.model.validation.ResponseValidator} then says where an answer is of the wrong
 * kind for its question.
 */
public sealed interface Answer permits TextAnswer, NumberAnswer, BooleanAnswer, ChoiceAnswer {

  <R> R accept(AnswerVisitor<R> visitor);

  /** This answer, if it is text. */
  default Optional<TextAnswer> asText() {
    return Optional.empty();
  }

  /** This answer, if it is a number. */
  default Optional<NumberAnswer> asNumber() {
    return Optional.empty();
  }

  /** This answer, if it is true or false (a tick box). */
  default Optional<BooleanAnswer> asBoolean() {
    return Optional.empty();
  }

  /** This answer, if it is a choice of options. */
  default Optional<ChoiceAnswer> asChoice() {
    return Optional.empty();
  }
}
