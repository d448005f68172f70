package org.evidencekit.anonymise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether a run of text without spaces (a file name, a part of a web address, a user name)
 * carries a person's name: it is split at punctuation, at a change from small letters to a
 * capital ("ZAkhtar") and between letters and digits; a part that is a listed first name or
 * surname, or an initial fused to a surname ("jsmith"), or a longer part that is no English word,
 * place or abbreviation, counts as personal.
 */
final class Segments {
  private Segments() {}

  /** The lower-case parts of {@code s}. */
  static List<String> parts(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int b = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      boolean digit = Character.isDigit(c);
      if (b >= 0) {
        char p = s.charAt(i - 1);
        boolean split = !(letter || digit)
            || Character.isLetter(p) != letter
            || Character.isLowerCase(p) && Character.isUpperCase(c)
            // "ZAkhtar": a capital run before a capital and a small letter
            || Character.isUpperCase(p) && Character.isUpperCase(c) && i + 1 < n && Character.isLowerCase(s.charAt(i + 1))
                && i - b >= 1;
        if (split) {
          out.add(s.substring(b, i).toLowerCase(Locale.ROOT));
          b = -1;
        }
      }
      if (b < 0 && (letter || digit)) {
        b = i;
      }
    }
    return out;
  }

  /** Whether a part names a person (see the class comment). */
  static boolean personal(Doc d, String part, boolean strict) {
    if (part.isEmpty() || Character.isDigit(part.charAt(0))) {
      return false;
    }
    Lexicon lex = d.lex;
    if (part.length() >= 3 && (lex.isFirstName(part) || lex.isSurname(part)) && !lex.isWord(part)) {
      return true;
    }
    if (part.length() >= 5 && (lex.isSurname(part.substring(1)) || lex.isFirstName(part.substring(1)))
        && !lex.isWord(part) && !lex.isWord(part.substring(1))) {
      return true; // jsmith, kbarraclough
    }
    if (strict) {
      return false;
    }
    if (part.length() < 4 || lex.isWord(part) || lex.isDerivedWord(part, true)
        || lex.acronyms.contains(part.toUpperCase(Locale.ROOT)) || lex.places.containsSingle(part)
        || lex.organisations.containsSingle(part) || Lexicon.TECH_WORDS.contains(part)) {
      return false;
    }
    return true;
  }

  /** Whether any part of {@code s} is personal. */
  static boolean anyPersonal(Doc d, String s, boolean strict) {
    for (String p : parts(s)) {
      if (personal(d, p, strict)) {
        return true;
      }
    }
    return false;
  }
}
