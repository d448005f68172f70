package org.evidencekit.anonymise.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * National Insurance numbers in any case and spacing ({@code AB 12 34 56 C}, {@code ab123456c},
 * {@code ne 27 94 31 c}): two prefix letters that HMRC allocates, six digits, a suffix A to D.
 * The published dummy QQ 12 34 56 C goes too; a prefix HMRC never allocates only after a cue.
 */
final class NiNumberRule extends Rule {
  static final Pattern NI =
      Pattern.compile("[A-Za-z]{2}(\\s?)\\d{2}\\1\\d{2}\\1\\d{2}\\1[A-Da-d](?![A-Za-z0-9])");
  static final Pattern NI_LOOSE =
      Pattern.compile("[A-Za-z]{2}[\\s\\-]?\\d{2}[\\s\\-]?\\d{2}[\\s\\-]?\\d{2}[\\s\\-]?[A-Da-d](?![A-Za-z0-9])");
  private static final Set<String> CUES = Words.set("ni nino nin insurance n.i national");
  /** Two letters and six digits without the suffix letter, read only after a cue. */
  static final Pattern NO_SUFFIX =
      Pattern.compile("[A-Za-z]{2}[\\s\\-]?\\d{2}[\\s\\-]?\\d{2}[\\s\\-]?\\d{2}(?![A-Za-z0-9])");

  @Override
  String id() {
    return "ni-number";
  }

  @Override
  boolean needsDigit() {
    return true; // each of its findings holds a digit
  }

  /**
   * What all three expressions need after the two letters ending at {@code k}: three pairs of
   * ASCII digits, each after a white space or '-' or none. A separator at the place of one is
   * taken (a digit is needed there), so the test is the one reading.
   */
  static boolean sixDigitsAfter(Doc d, int k) {
    int n = d.length();
    for (int g = 0; g < 3; g++) {
      if (k < n) {
        char c = d.at(k);
        if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
          k++;
        }
      }
      if (k + 1 >= n || !isAsciiDigit(d.at(k)) || !isAsciiDigit(d.at(k + 1))) {
        return false;
      }
      k += 2;
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i] || !t.is(i, Tokens.LETTER)) {
        continue;
      }
      int s = t.start[i];
      int len = t.end[i] - s;
      if (len != 2 && len != 9 && len != 8) {
        continue;
      }
      if (len == 2) {
        int p = t.end[i];
        if (p < d.length() && !Character.isDigit(d.at(p))) {
          p++;
        }
        if (p >= d.length() || !Character.isDigit(d.at(p))) {
          continue; // "of", "to": no digits follow
        }
      } else if (!Character.isDigit(d.at(s + 2))) {
        continue;
      }
      if (!sixDigitsAfter(d, s + 2)) {
        continue; // "in 2011", "at 10 o'clock": not three pairs of digits
      }
      int e = d.look(NI, s);
      if (e < 0) {
        e = d.look(NI_LOOSE, s);
      }
      if (e < 0) {
        if (d.wordBefore(i, CUES, 4) && (e = d.look(NO_SUFFIX, s)) > 0
            && Checksums.niPrefixValid(d.text.substring(s, s + 2).toUpperCase(Locale.ROOT))) {
          d.add(EntityType.NI_NUMBER, s, e, 0.75, "ni-number-cued");
          i = t.firstFrom(e) - 1;
        }
        continue;
      }
      String prefix = d.text.substring(s, s + 2);
      String up = prefix.toUpperCase(Locale.ROOT);
      boolean upper = prefix.equals(up);
      boolean valid = Checksums.niPrefixValid(up) || up.equals("QQ");
      boolean cued = d.wordBefore(i, CUES, 4);
      double score;
      if (valid) {
        score = upper || cued ? 0.9 : 0.8;
      } else if (upper || cued) {
        score = cued ? 0.75 : 0.6;
      } else {
        continue;
      }
      d.add(EntityType.NI_NUMBER, s, e, score, "ni-number");
      i = t.firstFrom(e) - 1;
    }
  }
}
