package org.evidencekit.anonymise.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs an expression as {@link Doc#look} does, for the tests that check shape tests against it. */
final class Looks {
  private Looks() {}

  /** Whether {@code p} matches at {@code s}, reading at most 80 characters, seeing what lies around them. */
  static boolean looks(Pattern p, String text, int s) {
    Matcher m = p.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    m.region(s, Math.min(text.length(), s + 80));
    return m.lookingAt();
  }
}
