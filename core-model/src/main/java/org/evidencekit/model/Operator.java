package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a {@link Condition} tests the answer to another question. */
public enum Operator {
  /** The question has an answer (for a tick box: it is ticked). Takes no value. */
  ANSWERED("answered", false),
  /** The question has no answer (for a tick box: it is not ticked). Takes no value. */
  NOT_ANSWERED("not-answered", false),
  /** The answer equals the value: text, a whole number, or "true"/"false" for a tick box. */
  EQUALS("equals", true),
  /** The answer is given and differs from the value. */
  NOT_EQUALS("not-equals", true),
  /** The option whose id is the value is chosen. */
  SELECTED("selected", true),
  /** The question is answered and the option whose id is the value is not chosen. */
  NOT_SELECTED("not-selected", true),
  /** A count greater than the value. */
  GREATER_THAN("greater-than", true),
  /** A count less than the value. */
  LESS_THAN("less-than", true);

  private final String id;
  private final boolean takesValue;

  Operator(String id, boolean takesValue) {
    this.id = id;
    this.takesValue = takesValue;
  }

  @JsonValue
  public String id() {
    return id;
  }

  /** Whether a condition with this operator needs a value. */
  public boolean takesValue() {
    return takesValue;
  }

  @JsonCreator
  public static Operator fromId(String id) {
    return Enums.fromId(Operator.class, id, Operator::id, "condition operator");
  }
}
