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

  /**
   * False only where {@link #find} provably adds nothing to {@code d} (no span, no kept range):
   * then the engine does not run it. By default, a rule whose every finding holds a digit skips a
   * text without one; a rule that overrides this says in its comment why its every finding needs
   * what it asks for ({@code RuleSkipTest} checks it on the corpora).
   */
  boolean mayFind(Doc d) {
    return d.digits || !needsDigit();
  }

  /** Finds this family's details in {@code d}, adding spans (or kept ranges) to it. */
  abstract void find(Doc d);
}
