package org.evidencekit.anonymise.internal;

/**
 * The text around a place, read in place: the bounds of what {@link Doc#before} and {@link
 * Doc#after} return as new strings, and words looked for within those bounds. A rule asks these
 * first and makes the string only where an expression must read it (most dates and numbers have
 * no cue near them).
 */
final class Window {
  private Window() {}

  /** Where {@code d.before(pos, chars)} starts: {@code chars} before {@code pos}, within the line. */
  static int before(Doc d, int pos, int chars) {
    String low = d.lower();
    int b = Math.max(0, pos - chars);
    for (int k = pos - 1; k >= b; k--) {
      if (low.charAt(k) == '\n') {
        return k + 1;
      }
    }
    return b;
  }

  /** Where {@code d.after(pos, chars)} ends: {@code chars} after {@code pos}, within the line. */
  static int after(Doc d, int pos, int chars) {
    String low = d.lower();
    int e = Math.min(low.length(), pos + chars);
    for (int k = pos; k < e; k++) {
      if (low.charAt(k) == '\n') {
        return k;
      }
    }
    return e;
  }

  /**
   * Whether {@code word} occurs in {@code s} between {@code from} and {@code to} (as {@code
   * contains} on that stretch says: not only as a whole word).
   */
  static boolean has(String s, String word, int from, int to) {
    char c = word.charAt(0);
    for (int k = from, last = to - word.length(); k <= last; k++) {
      if (s.charAt(k) == c && s.startsWith(word, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} starts at {@code k} of {@code s} and ends by {@code to}. */
  static boolean at(String s, int k, int to, String word) {
    return k + word.length() <= to && s.startsWith(word, k);
  }

  /**
   * Whether token {@code i}'s key is {@code word} (lower case, no apostrophe), read in place
   * instead of making the key: a Doc's lower case has the text's length, so a key is the token's
   * stretch of it (with apostrophes normalised, which {@code word} has none of).
   */
  static boolean keyIs(Doc d, int i, String word) {
    Tokens t = d.t;
    int s = t.start[i];
    return t.end[i] - s == word.length() && d.lower().startsWith(word, s);
  }
}
