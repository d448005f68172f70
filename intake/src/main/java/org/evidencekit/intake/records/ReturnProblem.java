package org.evidencekit.intake.records;

import java.util.Objects;

/**
 * One problem with a return: "error" or "warning", where (a JSON Pointer into the response, empty
 * for the file as a whole), the question's printed number when it is about a question, and the
 * message, which never quotes the respondent.
 */
public record ReturnProblem(String severity, String pointer, String questionNumber, String message) {
  public ReturnProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(questionNumber, "questionNumber");
    Objects.requireNonNull(message, "message");
  }

  /** An error about the file as a whole. */
  public static ReturnProblem ofFile(String message) {
    return new ReturnProblem("error", "", "", message);
  }

  /** An error about the file as a whole that is not a fault of it (a note, such as a duplicate). */
  public static ReturnProblem note(String message) {
    return new ReturnProblem("note", "", "", message);
  }
}
