package org.evidencekit.redact;

/**
 * A document could not be redacted: it is not a DOCX or PDF, it is damaged, or it is encrypted and
 * no (or a wrong) password was given. The message names the problem, never the document's text.
 */
public class RedactionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RedactionException(String message) {
    super(message);
  }

  public RedactionException(String message, Throwable cause) {
    super(message, cause);
  }
}
