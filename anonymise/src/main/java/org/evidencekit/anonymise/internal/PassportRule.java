package org.evidencekit.anonymise.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Passport numbers after "passport" (with a nationality, "number", "no." or "is" between): up to
 * three letters, six to ten digits and an optional letter, in any case.
 */
final class PassportRule extends Rule {
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z]{0,3}\\d{6,10}[A-Za-z]?(?![A-Za-z0-9])");
  static final Set<String> CUES = Words.set("passport passports passport's travel");
  private static final Set<String> LINKS =
      Words.set("no number num is was of his her their the a an its with on under id document doc details"
          + " reads read given as");

  @Override
  String id() {
    return "passport";
  }

  @Override
  boolean needsDigit() {
    return true; // each of its findings holds a digit
  }

  @Override
  void find(Doc d) {
    if (!d.lower().contains("passport") && !d.lower().contains("travel doc")) {
      return;
    }
    Tokens t = d.t;
    int lastCue = -100;
    for (int i = 1; i < t.n; i++) {
      if (d.has(i - 1, Vocab.PASSPORT_CUE)) {
        lastCue = i - 1;
      }
      if (i - lastCue > 7 || d.covered[i] || !t.is(i, Tokens.DIGIT)) {
        continue;
      }
      int e = d.look(NUMBER, t.start[i]);
      if (e < 0 || d.digitCount(t.start[i], e) < 6 || passportCue(d, i) < 0) {
        continue;
      }
      d.add(EntityType.PASSPORT, t.start[i], e, 0.85, "passport");
    }
  }

  /** A passport cue, reached back over link words, nationalities ("Nigerian passport") and commas. */
  private static int passportCue(Doc d, int i) {
    Tokens t = d.t;
    int steps = 0;
    for (int k = i - 1; k >= 0 && steps <= 5; k--, steps++) {
      String g = t.gapAfter(k);
      if (!(g.isEmpty() || g.equals(":") || g.equals(",") || g.equals("#") || g.equals("(") || g.equals("-")
          || g.equals(".") || g.equals(".:") || g.equals(", (") || g.equals("/"))) {
        return -1;
      }
      String kk = t.key(k);
      if (CUES.contains(kk)) {
        return k;
      }
      if (!LINKS.contains(kk) && !d.lex.nonPersons.contains(kk) && !d.lex.places.containsSingle(kk)) {
        return -1;
      }
    }
    return -1;
  }
}
