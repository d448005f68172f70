package org.evidencekit.model;

/**
 * The root of the exceptions this library throws for a user's mistake (bad input, a wrong
 * password, a document of another questionnaire). Messages name the place and say what to do;
 * they never contain respondent text, passwords or keys.
 */
public class EvidenceKitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EvidenceKitException(String message) {
    super(message);
  }

  public EvidenceKitException(String message, Throwable cause) {
    super(message, cause);
  }
}
