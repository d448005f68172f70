package org.evidencekit.schema.internal;

import java.util.Optional;

/** A failure told in words: where, about which question, and what to do. */
public final class Described {
  public final String pointer;
  public final Optional<String> questionId;
  public final Optional<String> printedNumber;
  public final String message;
  public final String keyword;
  public final String schemaPath;

  Described(String pointer, Optional<String> questionId, Optional<String> printedNumber, String message,
      String keyword, String schemaPath) {
    this.pointer = pointer;
    this.questionId = questionId;
    this.printedNumber = printedNumber;
    this.message = message;
    this.keyword = keyword;
    this.schemaPath = schemaPath;
  }

  /** The same problem: same place, same words. */
  String key() {
    return pointer + "\u0000" + message;
  }
}
