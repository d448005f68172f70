package org.evidencekit.model.validation;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of problem a {@link Problem} is, for code that treats some kinds differently. */
public enum ProblemCode {
  /** The response answers another questionnaire. */
  WRONG_QUESTIONNAIRE,
  /** The response answers another version of the questionnaire. */
  WRONG_VERSION,
  /** An answer is keyed by an id that is no question's. */
  UNKNOWN_QUESTION,
  /** An answer chooses an option the question does not have. */
  UNKNOWN_OPTION,
  /** An answer is of the wrong kind for its question (text for a count, say). */
  WRONG_ANSWER_KIND,
  /** An answer is given for a group, which has none of its own. */
  GROUP_ANSWERED,
  /** A question bound to a response field is answered in the answers instead. */
  ANSWERED_ELSEWHERE,
  /** An answer is empty: blank text, or no option chosen. */
  EMPTY_ANSWER,
  /** Text longer than the question allows. */
  TOO_LONG,
  /** An email address that is not one. */
  MALFORMED_EMAIL,
  /** A count below 0. */
  NEGATIVE_COUNT,
  /** A count that is not a whole number. */
  FRACTIONAL_COUNT,
  /** A count above the question's maximum. */
  COUNT_TOO_LARGE,
  /** More than one option chosen where one is allowed. */
  TOO_MANY_CHOICES,
  /** The same option chosen twice. */
  DUPLICATE_CHOICE,
  /** An option that asks for text ("Other (please explain)") chosen without its text. */
  SPECIFY_MISSING,
  /** Text given for an option that is not chosen. */
  SPECIFY_WITHOUT_CHOICE,
  /** Text given for an option that asks for none. */
  SPECIFY_NOT_ALLOWED,
  /** An answer to a question, or in a part, that does not apply. */
  NOT_APPLICABLE,
  /** A required answer is missing where its question applies. */
  REQUIRED,
  /** Something wrong with an attachment's record. */
  BAD_ATTACHMENT,
  /** Something wrong with the response's own fields (its id, say). */
  BAD_FIELD,
  /** Warning: the response is dated after the questionnaire's closing date. */
  AFTER_CLOSING_DATE,
  /** More problems than a report lists ({@link ValidationReport#MAX_PROBLEMS}): how many more. */
  MORE_PROBLEMS;

  /** The id used in JSON: the name in lower case with hyphens. */
  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
