package org.evidencekit.redact.internal;

/** The document cannot be redacted; the message names the problem, never the document's text. */
public final class Unusable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Unusable(String message) {
    super(message);
  }
}
