package org.evidencekit.anonymise.internal;

/**
 * Text-wide tests of the tokens' flags: one tight pass over the flags alone, so that a rule whose
 * every finding starts at a token of some kind (letters and digits together, say, which about
 * five texts in six have none of) skips its own pass over the tokens, which reads more of each.
 */
final class TokenFlags {
  private TokenFlags() {}

  /** Whether some token has every flag of {@code all} ({@link Tokens#DIGIT} | ...). */
  static boolean any(Tokens t, int all) {
    int[] flags = t.flags;
    for (int i = 0, n = t.n; i < n; i++) {
      if ((flags[i] & all) == all) {
        return true;
      }
    }
    return false;
  }
}
