package org.evidencekit.anonymise.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Crime, case, incident and system references: shapes that only a reference has (police crime
 * numbers {@code 13/88214/11}, letter codes {@code CR/1234/20}, {@code CSE-2011-0442},
 * {@code CSEYW-00218}, CPS URNs {@code 13TD0455712}); any number after a cue such as "ID",
 * "ref", "case no.", "NRM referral", "log", "CAD", "URN" or a case system's name; and, where
 * unsure, any bare number of seven or more digits that nothing else claimed.
 */
final class CaseReferenceRule extends Rule {
  private static final Pattern SLASH = Pattern.compile("\\d{2,4}/\\d{3,8}/\\d{2,4}(?![\\d/])");
  static final Pattern LETTERS =
      Pattern.compile("[A-Z]{1,6}[/\\-]?\\d{2,}(?:[/\\-][A-Z0-9]{2,})+(?![A-Za-z0-9])|[A-Z]{2,8}-\\d{3,}(?![A-Za-z0-9/\\-])");
  private static final Pattern MIXED = Pattern.compile("\\d{1,4}[A-Z]{1,4}\\d{4,}[A-Z]?(?![A-Za-z0-9])");
  private static final Pattern CUED_TOKEN =
      Pattern.compile("[A-Za-z]{0,6}[/\\-]?\\d[A-Za-z0-9]*(?:[/\\-][A-Za-z0-9]+)*");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern LONG = Pattern.compile("\\d{7,}(?![\\d,.]\\d)");
  static final Set<String> CUES =
      Words.set("crime case cases incident log occurrence file court reference ref refs urn job custody"
          + " referral id ids nrm cad ics pnc cris niche storm athena frameworki mosaic liquidlogic lcs"
          + " carefirst eclipse protocol paris rio azeus client record records serial docket claim ticket"
          + " matter identifier identification uid no. #");
  private static final Set<String> LINKS =
      Words.set("no number num nos is was are ref reference id for her his their the a an of on our my your"
          + " system database internal unique police crime case number's given as");

  @Override
  String id() {
    return "case-reference";
  }

  @Override
  boolean needsDigit() {
    return true; // each of its findings holds a digit
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    int lastCue = -100;
    boolean cues = d.anyHas(Vocab.CASE_CUE);
    for (int i = 0; i < t.n; i++) {
      if (cues && i > 0 && d.has(i - 1, Vocab.CASE_CUE)) {
        lastCue = i - 1;
      }
      if (d.covered[i] || !t.is(i, Tokens.DIGIT) && !(t.is(i, Tokens.ALL_CAPS) || t.end[i] - t.start[i] <= 6)) {
        continue;
      }
      int s = t.start[i];
      int e;
      int len = t.end[i] - s;
      boolean slashAfter = t.end[i] < d.length() && d.at(t.end[i]) == '/';
      if (t.is(i, Tokens.ALL_DIGITS) && slashAfter && len >= 2 && len <= 4 && (e = d.look(SLASH, s)) > 0) {
        add(d, i, s, e, 0.8, "case-ref");
        continue;
      }
      if (t.is(i, Tokens.CAP) && (t.is(i, Tokens.ALL_CAPS) || t.is(i, Tokens.DIGIT) || t.end[i] - s == 1)
          && capitalsThenDigit(d, s) && lettersShape(d, s) && (e = d.look(LETTERS, s)) > 0) {
        add(d, i, s, e, 0.8, "case-ref-letters");
        continue;
      }
      if (t.is(i, Tokens.DIGIT) && t.is(i, Tokens.LETTER) && isAsciiDigit(d.at(s)) && (e = d.look(MIXED, s)) > 0) {
        add(d, i, s, e, 0.75, "case-ref-mixed");
        continue;
      }
      if (!t.is(i, Tokens.DIGIT) && !(t.end[i] - s <= 6 && i + 1 < t.n && t.is(i + 1, Tokens.DIGIT)
          && t.start[i + 1] - t.end[i] <= 1)) {
        continue;
      }
      if (i - lastCue <= 5 && cued(d, i) && (e = d.look(CUED_TOKEN, s)) > 0 && d.digitCount(s, e) >= 3
          && !(e - s == 4 && d.look(YEAR, s) == e)) {
        add(d, i, s, e, 0.75, "case-ref-cued");
        continue;
      }
      if (t.is(i, Tokens.ALL_DIGITS) && len >= 7 && (e = d.look(LONG, s)) > 0 && d.standsAlone(s, e) && !money(d, s)) {
        add(d, i, s, e, 0.55, "long-number");
      }
    }
  }

  /**
   * Whether {@link #LETTERS} can match at {@code s}: its capitals (A-Z) are followed by a slash,
   * hyphen or digit.
   */
  private static boolean capitalsThenDigit(Doc d, int s) {
    int k = s;
    while (k < d.length() && d.at(k) >= 'A' && d.at(k) <= 'Z') {
      k++;
    }
    if (k == s || k >= d.length()) {
      return false;
    }
    char c = d.at(k);
    return c == '/' || c == '-' || isAsciiDigit(c);
  }

  /**
   * What {@link #LETTERS} needs at {@code s}: the capitals from s (a shorter run of them would be
   * followed by a capital, which neither branch reads next), an optional '/' or '-', at least two
   * ASCII digits, then either a '/' or '-' (the first branch's next group) or, after '-', at least
   * three digits (the second branch). The digits are read to their end, so the character after
   * them is the only one the first branch can read as its separator.
   */
  static boolean lettersShape(Doc d, int s) {
    int len = d.length();
    int k = s;
    while (k < len && d.at(k) >= 'A' && d.at(k) <= 'Z') {
      k++;
    }
    int p = k < len && (d.at(k) == '/' || d.at(k) == '-') ? k + 1 : k;
    int q = p;
    while (q < len && isAsciiDigit(d.at(q))) {
      q++;
    }
    if (k == s || q - p < 2) {
      return false;
    }
    return q < len && (d.at(q) == '/' || d.at(q) == '-') || p > k && d.at(k) == '-' && q - p >= 3;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void add(Doc d, int i, int s, int e, double score, String rule) {
    d.add(EntityType.CASE_REF, s, e, score, rule);
  }

  private static boolean cued(Doc d, int i) {
    if (d.cueBefore(i, CUES, LINKS, 4) >= 0) {
      return true;
    }
    if (d.t.start[i] == 0 || "#.:".indexOf(d.at(d.t.start[i] - 1)) < 0 && "#.:".indexOf(d.at(Math.max(0, d.t.start[i] - 2))) < 0) {
      return false;
    }
    // "ref: ..." written with the cue's punctuation glued on
    String b = d.before(d.t.start[i], 12);
    return b.endsWith("#") || b.endsWith("no.") || b.endsWith("no. ") || b.endsWith("ref:") || b.endsWith("ref: ");
  }

  private static boolean money(Doc d, int s) {
    return s > 0 && (d.at(s - 1) == '\u00a3' || d.at(s - 1) == '$' || d.at(s - 1) == '\u20ac');
  }
}
