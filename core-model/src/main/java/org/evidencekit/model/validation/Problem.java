package org.evidencekit.model.validation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One problem with a response: how serious, what kind, where (a JSON Pointer into the response,
 * and the question's id and printed number when it is about a question), and a plain-English
 * message that says what to do. Messages never quote the respondent's text.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProblem.class)
@JsonPropertyOrder({"severity", "code", "pointer", "questionId", "printedNumber", "message"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Problem permits ImmutableProblem, ImmutableProblem.Json {
  Severity severity();

  ProblemCode code();

  /** A JSON Pointer into the response: "/answers/cse-victims-per-year". */
  String pointer();

  Optional<String> questionId();

  /** The question's printed number, such as "6." or "1. d)", when it has one. */
  Optional<String> printedNumber();

  String message();

  /** Whether this problem makes the response invalid. */
  default boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** One line: "error /answers/q6: Question 6: Select ...". */
  default String toLine() {
    return severity().id() + " " + (pointer().isEmpty() ? "/" : pointer()) + ": " + message();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Problem}. */
  final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }
}
