package org.evidencekit.schema;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One way a JSON or YAML document fails its schema: where (a JSON Pointer into the document and,
 * when it was validated as text, the line and column), which question it is about and its printed
 * number (for a response), and a plain-English message that says what to do. Messages never
 * quote the document's text.
 */
@Value.Immutable
public interface SchemaProblem {
  /** A JSON Pointer into the document: "/answers/cse-victims-per-year"; "" is the whole document. */
  String pointer();

  /** The line (from 1) of the value at {@link #pointer()}, or of its nearest enclosing value. */
  OptionalInt line();

  /** The column (from 1), with {@link #line()}. */
  OptionalInt column();

  /** The id of the question the problem is about, for a response. */
  Optional<String> questionId();

  /** The question's printed number, such as "6." or "1. d)", when it has one. */
  Optional<String> printedNumber();

  /** What is wrong and what to do, such as "Question 1: Enter the number of ... as a whole number, like 12". */
  String message();

  /** The schema keyword that failed, such as "required", "maxLength" or "pattern". */
  String keyword();

  /** Where in the schema the failing keyword is, as a JSON Pointer from its root: "/allOf/3/then/required". */
  String schemaPath();

  /** One line: "12:7: /answers/q6: Question 6: Select ..." (the position only when known). */
  default String toLine() {
    StringBuilder sb = new StringBuilder();
    if (line().isPresent()) {
      sb.append(line().getAsInt());
      column().ifPresent(c -> sb.append(':').append(c));
      sb.append(": ");
    }
    return sb.append(pointer().isEmpty() ? "/" : pointer()).append(": ").append(message()).toString();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SchemaProblem}. */
  final class Builder extends ImmutableSchemaProblem.Builder {
    Builder() {}
  }
}
