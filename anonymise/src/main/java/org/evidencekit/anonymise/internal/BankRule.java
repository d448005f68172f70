package org.evidencekit.anonymise.internal;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Bank details: a sort code (six digits, in pairs or run together) after "sort code" or beside
 * an account number; an account number (six to ten digits) after "account", "acc", "a/c" or
 * beside a sort code; an IBAN (mod-97 check); a payment card number (Luhn check).
 */
final class BankRule extends Rule {
  static final Pattern SORT = Pattern.compile("\\d{2}([\\s\\-.]?)\\d{2}\\1\\d{2}(?![\\d\\-/])");
  static final Pattern ACCOUNT = Pattern.compile("\\d{4}\\s?\\d{4}(?!\\d)|\\d{6,10}(?![\\d/])");
  private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");
  static final Pattern CARD = Pattern.compile("\\d{4}([\\s\\-]?)\\d{4}\\1\\d{4}\\1\\d{1,7}(?!\\d)");
  private static final Set<String> SORT_CUES = Words.set("sort sortcode s/c");
  private static final Set<String> ACCOUNT_CUES = Words.set("account accounts acc acct a/c ac bank");
  private static final Set<String> LINKS =
      Words.set("code no number num is was of his her their the a an bank details held in into to at"
          + " and with from savings current");

  @Override
  String id() {
    return "bank";
  }

  @Override
  boolean needsDigit() {
    return true; // each of its findings holds a digit
  }

  /**
   * Whether a card number's second group can follow its first, four digits ending at {@code k}:
   * a whitespace character or '-' ({@code [\\s\\-]}) and an ASCII digit, as {@link #CARD} reads
   * them (the token ends at k, so no digit stands there and the separator cannot be empty).
   */
  static boolean cardGroupAfter(Doc d, int k) {
    if (k + 1 >= d.length()) {
      return false;
    }
    char c = d.at(k);
    char n = d.at(k + 1);
    return (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')
        && n >= '0' && n <= '9';
  }

  private static boolean anyCue(Doc d) {
    String low = d.lower();
    return low.contains("sort") || low.contains("acc") || low.contains("a/c") || low.contains("bank");
  }

  /**
   * Whether {@link #SORT} or {@link #ACCOUNT} can match at {@code s}, where a run of ASCII digits
   * starts (\d reads no other): a sort code's run is two digits (then a separator, two digits) or
   * six; an account number's four (then a space and a digit), or six to ten. With any other run a
   * digit stands where each expression needs something else, whatever its groups take.
   */
  static boolean sortOrAccountShape(Doc d, int s) {
    int len = d.length();
    int r = s;
    while (r < len && isAsciiDigit(d.at(r))) {
      r++;
    }
    int run = r - s;
    if (run == 2) {
      return r + 2 < len && (isRegexSpace(d.at(r)) || d.at(r) == '-' || d.at(r) == '.') && isAsciiDigit(d.at(r + 1))
          && isAsciiDigit(d.at(r + 2));
    }
    if (run == 4) {
      return r + 1 < len && isRegexSpace(d.at(r)) && isAsciiDigit(d.at(r + 1));
    }
    return run >= 6 && run <= 10;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A white-space character as \s reads it. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    int anyCue = 0; // whether the text has a cue's letters: asked once, where it matters (1 yes, -1 no)
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i]) {
        continue;
      }
      int s = t.start[i];
      if (t.is(i, Tokens.ALL_DIGITS)) {
        int e;
        boolean cue = sortOrAccountShape(d, s) && (anyCue != 0 ? anyCue : (anyCue = anyCue(d) ? 1 : -1)) > 0;
        if (cue && (e = d.look(SORT, s)) > 0 && d.standsAlone(s, e)
            && (sortCue(d, i) || nearAccount(d, i))) {
          d.add(EntityType.BANK_ACCOUNT, s, e, 0.9, "sort-code");
          i = t.firstFrom(e) - 1;
          continue;
        }
        if (cue && (e = d.look(ACCOUNT, s)) > 0 && d.standsAlone(s, e)
            && (d.cueBefore(i, ACCOUNT_CUES, LINKS, 3) >= 0 || nearSort(d, i))) {
          d.add(EntityType.BANK_ACCOUNT, s, e, 0.85, "account-number");
          i = t.firstFrom(e) - 1;
          continue;
        }
        if (t.end[i] - s == 4 && cardGroupAfter(d, s + 4) && (e = d.look(CARD, s)) > 0 && d.digitCount(s, e) >= 13 && luhn(d.digits(s, e))) {
          d.add(EntityType.BANK_ACCOUNT, s, e, 0.85, "card-number");
          i = t.firstFrom(e) - 1;
          continue;
        }
        if (t.end[i] - s >= 13 && t.end[i] - s <= 19 && luhn(t.raw(i))) {
          d.add(EntityType.BANK_ACCOUNT, s, t.end[i], 0.7, "card-number");
        }
      } else if (t.is(i, Tokens.ALL_CAPS) && t.is(i, Tokens.DIGIT)) {
        int e = d.look(IBAN, s);
        if (e > 0 && ibanValid(d.text.substring(s, e))) {
          d.add(EntityType.BANK_ACCOUNT, s, e, 0.9, "iban");
          i = t.firstFrom(e) - 1;
        }
      }
    }
  }

  private static final Set<String> SORT_CODE_CUES = Words.set("code sortcode");

  private static boolean sortCue(Doc d, int i) {
    int k = d.cueBefore(i, SORT_CODE_CUES, LINKS, 3);
    return k >= 0 && (d.key(k).equals("sortcode") || d.key(k - 1).equals("sort"));
  }

  /** An account cue or an eight-digit number within a few words either side. */
  private static boolean nearAccount(Doc d, int i) {
    Tokens t = d.t;
    for (int k = Math.max(0, i - 6); k < t.n && k <= i + 6; k++) {
      if (k != i && ACCOUNT_CUES.contains(t.key(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean nearSort(Doc d, int i) {
    Tokens t = d.t;
    for (int k = Math.max(0, i - 8); k < t.n && k <= i + 8; k++) {
      if (k != i && (t.key(k).equals("sort") || t.key(k).equals("sortcode") || d.spanAt(EntityType.BANK_ACCOUNT, t.start[k]))) {
        return true;
      }
    }
    return false;
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean dbl = false;
    for (int k = digits.length() - 1; k >= 0; k--) {
      int v = digits.charAt(k) - '0';
      if (v < 0 || v > 9) {
        return false;
      }
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0 && !digits.chars().allMatch(c -> c == '0');
  }

  static boolean ibanValid(String raw) {
    String s = raw.replace(" ", "").toUpperCase(Locale.ROOT);
    if (s.length() < 15 || s.length() > 34) {
      return false;
    }
    String r = s.substring(4) + s.substring(0, 4);
    StringBuilder num = new StringBuilder();
    for (char c : r.toCharArray()) {
      if (Character.isDigit(c)) {
        num.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        num.append(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }
}
