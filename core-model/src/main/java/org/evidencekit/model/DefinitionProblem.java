package org.evidencekit.model;

import java.util.Objects;

/**
 * One mistake in a questionnaire definition: where it is (a JSON Pointer into the definition's
 * JSON or YAML form) and what to do about it.
 */
public final class DefinitionProblem {
  private final String pointer;
  private final String message;

  private DefinitionProblem(String pointer, String message) {
    this.pointer = Objects.requireNonNull(pointer);
    this.message = Objects.requireNonNull(message);
  }

  public static DefinitionProblem of(String pointer, String message) {
    return new DefinitionProblem(pointer, message);
  }

  /** A JSON Pointer into the definition, "" for the whole of it. */
  public String pointer() {
    return pointer;
  }

  public String message() {
    return message;
  }

  /** The same problem, placed below {@code prefix} (a pointer). */
  public DefinitionProblem under(String prefix) {
    return new DefinitionProblem(prefix + pointer, message);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DefinitionProblem
        && ((DefinitionProblem) o).pointer.equals(pointer)
        && ((DefinitionProblem) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, message);
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(whole definition)" : pointer) + ": " + message;
  }
}
