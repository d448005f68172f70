package org.evidencekit.redact;

import java.util.List;

/**
 * The redacted output, read back independently, still held a redacted value or hidden data that
 * should have gone; nothing was returned. {@link #places()} says where (a part of the package, an
 * object or page of the PDF), never the value.
 */
public final class SelfCheckException extends RedactionException {
  private static final long serialVersionUID = 1L;

  private final List<String> places;

  public SelfCheckException(List<String> places) {
    super("the redacted document still holds what was to be removed: " + String.join("; ", places));
    this.places = List.copyOf(places);
  }

  /** Where the leftovers are. */
  public List<String> places() {
    return places;
  }
}
