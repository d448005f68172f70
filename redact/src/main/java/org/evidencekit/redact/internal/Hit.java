package org.evidencekit.redact.internal;

/** A stretch of one text unit to redact: start inclusive, end exclusive, and its type's tag name. */
public record Hit(int start, int end, String type) {
  @Override
  public String toString() {
    return "Hit[" + type + " " + start + "-" + end + "]";
  }
}
