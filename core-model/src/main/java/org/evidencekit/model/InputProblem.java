package org.evidencekit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem with an input file: where it is (the file, line and column, and the JSON Pointer of
 * the value) and what to do. {@link #toString()} gives the usual "file:line:column: message".
 */
public final class InputProblem {
  /** What kind of problem. */
  public enum Kind {
    /** The file could not be read, or is not JSON (or YAML) at all. */
    UNREADABLE,
    /** The text is JSON (or YAML) but not of the expected shape: an unknown property, a wrong type. */
    STRUCTURE,
    /** A questionnaire definition breaks a rule of the definition format. */
    DEFINITION
  }

  private final Kind kind;
  private final String source;
  private final String pointer;
  private final int line;
  private final int column;
  private final String message;

  /**
   * A problem in {@code source} at {@code line} and {@code column} (from 1; 0 if unknown), at the
   * value with JSON Pointer {@code pointer} (null if unknown).
   */
  public InputProblem(Kind kind, String source, String pointer, int line, int column, String message) {
    this.kind = Objects.requireNonNull(kind);
    this.source = Objects.requireNonNull(source);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message);
  }

  public Kind kind() {
    return kind;
  }

  /** The file name, or a description such as "(standard input)". */
  public String source() {
    return source;
  }

  /** The JSON Pointer of the value concerned, if known. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** The line (from 1), or 0 if unknown. */
  public int line() {
    return line;
  }

  /** The column (from 1), or 0 if unknown. */
  public int column() {
    return column;
  }

  public String message() {
    return message;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (pointer != null) {
      sb.append(pointer.isEmpty() ? "/" : pointer).append(": ");
    }
    return sb.append(message).toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof InputProblem)) {
      return false;
    }
    InputProblem p = (InputProblem) o;
    return kind == p.kind && source.equals(p.source) && Objects.equals(pointer, p.pointer)
        && line == p.line && column == p.column && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, source, pointer, line, column, message);
  }
}
