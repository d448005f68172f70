package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A test of another question's answer that decides whether a question or part applies (after
 * FHIR's {@code enableWhen}). In JSON: {@code {"question": "q6", "operator": "selected", "value":
 * "other"}}.
 *
 * <p>A question that does not apply has no answer, whatever was given for it: a condition on it
 * sees no answer.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCondition.class)
@JsonDeserialize(as = ImmutableCondition.class)
@JsonPropertyOrder({"question", "operator", "value"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Condition permits ImmutableCondition, ImmutableCondition.Json {
  /** The id of the question whose answer is tested (a declaration's id counts as a tick box). */
  String question();

  Operator operator();

  /** The value compared with, as text: an option id, a whole number, "true" or "false". */
  Optional<String> value();

  @Value.Check
  default void check() {
    Checks.require(
        operator().takesValue() == value().isPresent(),
        "value",
        operator().takesValue()
            ? "operator '" + operator().id() + "' needs a value"
            : "operator '" + operator().id() + "' takes no value");
  }

  static Condition of(String question, Operator operator, String value) {
    return builder().question(question).operator(operator).value(Optional.ofNullable(value)).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Condition}. */
  final class Builder extends ImmutableCondition.Builder {
    Builder() {}
  }
}
