package org.evidencekit.model;

/**
 * A document could not be read back: what went wrong is in {@link #reason()}, and the message
 * says what to do. Never carries a password or the document's text.
 */
public class DocumentException extends EvidenceKitException {
  private static final long serialVersionUID = 1L;

  /** Why a document could not be read. */
  public enum Reason {
    /** Not a document of this format at all, or damaged. */
    MALFORMED,
    /** A document of this format, but not a form made by EvidenceKit. */
    NOT_OUR_FORM,
    /** A form of another questionnaire, or another version of it. */
    OTHER_QUESTIONNAIRE,
    /** The document is encrypted and no password was given. */
    PASSWORD_REQUIRED,
    /** The password given does not open the document. */
    WRONG_PASSWORD,
    /** The document exceeds a safety limit: too large, too deeply nested, a zip bomb. */
    UNSAFE
  }

  private final Reason reason;

  public DocumentException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public DocumentException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
