package org.evidencekit.anonymise.response;

import org.evidencekit.model.EvidenceKitException;

/** A response given in confidence was about to be published. */
public class NotForPublicationException extends EvidenceKitException {
  private static final long serialVersionUID = 1L;

  public NotForPublicationException(String message) {
    super(message);
  }
}
