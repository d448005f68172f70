package org.evidencekit.anonymise.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * UK vehicle registrations in any case: the current format ({@code YG12 KMR}, {@code yj11 tmv},
 * an age identifier of 02 to 29 or 51 to 79), the prefix ({@code R347 KLM}) and suffix
 * ({@code ABC 123D}) formats with the letters the DVLA issues, and any plate-like code after
 * "reg", "plate" or "VRM". In small letters a plate whose letters spell a word needs a cue.
 */
final class VehicleRule extends Rule {
  private static final Pattern CURRENT =
      Pattern.compile("[A-HJ-PR-Y][A-HJ-PR-Y](\\d{2})\\s?[A-HJ-PR-Z]{3}(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
  static final Pattern PREFIX =
      Pattern.compile("[A-HJ-NP-Y]\\d{1,3}\\s?[A-HJ-PR-Y]{3}(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
  static final Pattern SUFFIX =
      Pattern.compile("[A-HJ-PR-Y]{3}\\s?\\d{1,3}[A-HJ-NP-Y](?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATELESS =
      Pattern.compile("(?:[A-Z]{1,3}\\s?\\d{1,4}|\\d{1,4}\\s?[A-Z]{1,3})(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
  static final Set<String> CUES =
      Words.set("reg registration registered plate plates vrm vrn index numberplate anpr private drives"
          + " drove driving car van vehicle vehicles cars taxi");
  static final Set<String> STRONG_CUES = Words.set("reg registration plate plates vrm vrn index numberplate anpr");
  private static final Set<String> LINKS =
      Words.set("no number mark is was of the a his her their its number's plate private personalised"
          + " showing with on reading reads mark: being");

  @Override
  String id() {
    return "vehicle-registration";
  }

  @Override
  boolean needsDigit() {
    return true; // each of its findings holds a digit
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    int lastStrong = -100;
    boolean strong = d.anyHas(Vocab.VEHICLE_STRONG);
    for (int i = 0; i < t.n; i++) {
      if (strong && i > 0 && d.has(i - 1, Vocab.VEHICLE_STRONG)) {
        lastStrong = i - 1;
      }
      boolean anyStrong = i - lastStrong <= 4;
      if (d.covered[i] || !t.is(i, Tokens.LETTER) && !(anyStrong && t.is(i, Tokens.DIGIT))) {
        continue;
      }
      int s = t.start[i];
      int len = t.end[i] - s;
      if (len > 7) {
        continue;
      }
      int shape = shape(d, i);
      if (shape == 0 && !anyStrong) {
        continue;
      }
      boolean upper = t.is(i, Tokens.ALL_CAPS) || t.is(i, Tokens.CAP) && len == 1 || t.is(i, Tokens.DIGIT)
          && t.raw(i).equals(t.raw(i).toUpperCase(Locale.ROOT));
      int e;
      if (shape == 1 && (e = d.look(CURRENT, s)) > 0) {
        String age = d.matcher(CURRENT).group(1);
        int a = Integer.parseInt(age);
        boolean validAge = a >= 2 && a <= 29 || a >= 51 && a <= 79;
        String letters = d.text.substring(e - 3, e).toLowerCase(Locale.ROOT);
        if (upper && validAge || validAge && !d.lex.isWord(letters) || d.cueBefore(i, CUES, LINKS, 3) >= 0) {
          d.add(EntityType.VEHICLE_REG, s, e, validAge ? 0.85 : 0.7, "vehicle-current");
          i = t.firstFrom(e) - 1;
          continue;
        }
      }
      if ((shape == 2 || shape == 3 && (len > 3 || suffixAfterWord(d, t.end[i])))
          && ((e = d.look(PREFIX, s)) > 0 || (e = d.look(SUFFIX, s)) > 0)) {
        String letters = lettersOf(d.text.substring(s, e));
        boolean cue = d.cueBefore(i, CUES, LINKS, 3) >= 0;
        if (upper || cue || !d.lex.isWord(letters) && !d.isWordish(t.key(i))) {
          d.add(EntityType.VEHICLE_REG, s, e, cue ? 0.9 : 0.65, "vehicle-old");
          i = t.firstFrom(e) - 1;
          continue;
        }
      }
      if (anyStrong && (t.is(i, Tokens.DIGIT) || upper && digitSoonAfter(d, t.end[i]))
          && d.cueBefore(i, STRONG_CUES, LINKS, 3) >= 0 && (e = d.look(DATELESS, s)) > 0
          && d.hasDigit(s, e) && !(t.is(i, Tokens.ALL_DIGITS) && t.firstFrom(e) - 1 == i)) {
        d.add(EntityType.VEHICLE_REG, s, e, 0.7, "vehicle-cued");
        i = t.firstFrom(e) - 1;
      }
    }
  }

  /**
   * The plate format a token can start: 1 current (two letters, two digits: "YG12", "YG12KMR"),
   * 2 prefix (a letter and digits: "R347"), 3 suffix (three letters before digits: "ABC"), 0 none.
   */
  private static int shape(Doc d, int i) {
    Tokens t = d.t;
    int s = t.start[i];
    int len = t.end[i] - s;
    String text = d.text;
    if (!t.is(i, Tokens.DIGIT)
        && !(len == 3 && t.end[i] + 1 < text.length() && Character.isDigit(text.charAt(t.end[i] + 1)))) {
      return 0; // every shape has a digit, in the token or (three letters) after the next character
    }
    int letters = 0;
    while (letters < len && Character.isLetter(text.charAt(s + letters))) {
      letters++;
    }
    int digits = 0;
    while (letters + digits < len && Character.isDigit(text.charAt(s + letters + digits))) {
      digits++;
    }
    if (letters == 2 && digits == 2 && (len == 4 || len == 7)) {
      return 1;
    }
    if (letters == 1 && digits >= 1 && digits <= 3 && (len == letters + digits || len == letters + digits + 3)) {
      return 2;
    }
    if (letters == 3 && (len == 3 && t.end[i] + 1 < text.length() && Character.isDigit(text.charAt(t.end[i] + 1))
        || digits >= 1 && digits <= 3 && len == 3 + digits + 1)) {
      return 3;
    }
    return 0;
  }

  /**
   * Whether {@link #SUFFIX} can match at a word of three letters that ends at {@code k} ("DOB" of
   * "DOB 02/05/1998" has shape 3): a white space, one to three ASCII digits, then an ASCII letter
   * (the expression's cases are ASCII's). {@link #PREFIX} cannot: its second character is a digit.
   * The character at k is no digit (the token would go on), so the optional space must be there.
   */
  static boolean suffixAfterWord(Doc d, int k) {
    int n = d.length();
    if (k >= n) {
      return false;
    }
    char c = d.at(k);
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
      return false;
    }
    int r = k + 1;
    while (r < n && d.at(r) >= '0' && d.at(r) <= '9') {
      r++;
    }
    if (r - (k + 1) < 1 || r - (k + 1) > 3 || r >= n) {
      return false;
    }
    char l = (char) (d.at(r) | 0x20);
    return l >= 'a' && l <= 'z';
  }

  private static String lettersOf(String s) {
    StringBuilder b = new StringBuilder();
    for (int k = s.length() - 1; k >= 0 && b.length() < 3; k--) {
      char c = s.charAt(k);
      if (Character.isLetter(c)) {
        b.insert(0, Character.toLowerCase(c));
      } else if (b.length() > 0) {
        break;
      }
    }
    return b.toString();
  }

  private static boolean digitSoonAfter(Doc d, int pos) {
    int len = d.length();
    if (pos < len && (d.at(pos) == ' ' || d.at(pos) == '/' || d.at(pos) == '-')) {
      pos++;
    }
    return pos < len && Character.isDigit(d.at(pos));
  }
}
