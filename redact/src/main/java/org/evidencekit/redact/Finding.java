package org.evidencekit.redact;

import java.util.Objects;

/**
 * One line of a redaction report: what (a type of personal detail such as {@code NAME}, or a kind
 * of hidden data such as {@code comment}), where (a page, a paragraph, a part of the document) and
 * how many times. It never holds the text itself.
 */
public record Finding(String what, String where, int count) {
  public Finding {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(where, "where");
    if (count < 1) {
      throw new IllegalArgumentException("count must be 1 or more");
    }
  }

  /** The finding as one line: {@code NAME, page 3 (2)}. */
  public String line() {
    return what + ", " + where + (count > 1 ? " (" + count + ")" : "");
  }
}
