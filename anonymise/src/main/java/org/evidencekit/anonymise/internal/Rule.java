package org.evidencekit.anonymise.internal;

/**
 * One of the detector's own recognisers: a family of personal details (numbers with checksums,
 * dates, addresses, names ...) or of text to keep (places, organisations, Acts). It reads and
 * adds to the per-call {@link Doc}: spans found so far cover their tokens, so a later rule does not
 * find them again. Immutable and thread-safe; all state lives in the {@link Doc}.
 */
abstract class Rule {
  /** The name of this family, as reports show it in a span's rule ("phone", "name-title"). */
  abstract String id();

  /**
   * Whether every finding of this family holds a digit: then the engine does not run it on a text
   * without one (half of the second looks, once replacements took the digits).
   */
  boolean needsDigit() {
    return false;
  }

  /** Finds this family's details in {@code d}, adding spans (or kept ranges) to it. */
  abstract void find(Doc d);
}
