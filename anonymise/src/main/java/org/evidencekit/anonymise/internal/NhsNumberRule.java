package org.evidencekit.anonymise.internal;

import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * NHS numbers: ten digits (3-3-4, spaced, hyphenated or run together) with a valid modulus 11
 * check digit; after "NHS" even with a wrong one; and, where unsure, any ten digits grouped
 * like one that no phone rule claims (checked before phones: loose phone matching would take a
 * bare NHS number).
 */
final class NhsNumberRule extends Rule {
  private static final Pattern NHS = Pattern.compile("\\d{3}([\\s\\-]?)\\d{3}\\1\\d{4}(?![\\d])");
  private static final Pattern NHS_CUE = Pattern.compile("\\bnhs\\b");

  /** Ten digits in any grouping ("943 4765 919", "94347 65919"), read only after "NHS". */
  private static final Pattern ANY_GROUPING = Pattern.compile("\\d(?:[ \\-]?\\d){9}(?![\\d])");

  /**
   * Whether "nhs" stands as a word in the {@code chars} before {@code s} (in its line): looked for
   * in place first, the string made only for the expression where it stands.
   */
  private static boolean cued(Doc d, int s, int chars) {
    int w = Window.before(d, s, chars);
    return Window.has(d.lower(), "nhs", w, s) && NHS_CUE.matcher(d.lower().substring(w, s)).find();
  }

  @Override
  String id() {
    return "nhs-number";
  }

  @Override
  boolean needsDigit() {
    return true; // each of its findings holds a digit
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i] || !t.is(i, Tokens.ALL_DIGITS)) {
        continue;
      }
      int s = t.start[i];
      int len = t.end[i] - s;
      if (s > 0 && (Character.isDigit(d.at(s - 1)) || d.at(s - 1) == '+')) {
        continue;
      }
      int e = len == 3 || len == 10 ? d.look(NHS, s) : -1;
      if (e < 0) {
        if (len <= 5 && cued(d, s, 24) && (e = d.look(ANY_GROUPING, s)) > 0) {
          d.add(EntityType.NHS_NUMBER, s, e, 0.8, "nhs-cued");
          i = t.firstFrom(e) - 1;
        }
        continue;
      }
      String digits = d.digits(s, e);
      boolean cued = cued(d, s, 40);
      if (Checksums.nhsValid(digits)) {
        d.add(EntityType.NHS_NUMBER, s, e, cued ? 1.0 : 0.9, "nhs-checksum");
      } else if (cued) {
        d.add(EntityType.NHS_NUMBER, s, e, 0.75, "nhs-cued");
      } else if (d.at(s) != '0') {
        d.add(EntityType.NHS_NUMBER, s, e, 0.55, "nhs-shape");
      } else {
        continue;
      }
      i = t.firstFrom(e) - 1;
    }
  }
}
