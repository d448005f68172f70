package org.evidencekit.anonymise.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Telephone numbers, read by libphonenumber (region GB) and Ofcom's drama ranges (which invented
 * data uses and strict validity rejects): a number starting with 0, +, or a bracket, trimmed
 * group by group until it is valid (a phone followed by other numbers).
 */
final class PhoneRule extends Rule {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final Pattern PHONE =
      Pattern.compile("(?:\\+\\s?\\d{1,3}[\\s.\\-]?(?:\\(0\\)\\s?)?\\(?|\\(?0)\\d[\\d\\s.\\-()]{6,16}\\d(?!\\d)");

  @Override
  String id() {
    return "phone";
  }

  @Override
  boolean needsDigit() {
    return true; // each of its findings holds a digit
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    String text = d.text;
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i] || !t.is(i, Tokens.ALL_DIGITS)) {
        continue;
      }
      int s = t.start[i];
      int ps = s;
      if (s > 0 && (text.charAt(s - 1) == '(' || text.charAt(s - 1) == '+')) {
        ps = s - 1;
        if (ps > 0 && text.charAt(ps - 1) == '+') {
          ps--;
        }
      }
      if (text.charAt(s) != '0' && ps == s) {
        continue;
      }
      int e = phone(d, ps);
      if (e > 0) {
        i = t.firstFrom(e) - 1;
      }
    }
  }

  private static int phone(Doc d, int s) {
    int e = d.look(PHONE, s);
    if (e < 0) {
      return -1;
    }
    String cand = d.text.substring(s, e);
    for (int tries = 0; tries < 4 && !cand.isEmpty(); tries++) {
      double score = score(cand);
      if (score > 0) {
        int end = s + cand.length();
        while (end > s && !Character.isDigit(d.text.charAt(end - 1))) {
          end--;
        }
        d.add(EntityType.PHONE, s, end, score, "phone");
        return end;
      }
      int cut = Math.max(cand.lastIndexOf(' '), Math.max(cand.lastIndexOf('-'), cand.lastIndexOf('.')));
      if (cut <= 0) {
        break;
      }
      cand = cand.substring(0, cut).strip();
    }
    return -1;
  }

  static double score(String cand) {
    int digits = 0;
    for (int k = 0; k < cand.length(); k++) {
      if (Character.isDigit(cand.charAt(k))) {
        digits++;
      }
    }
    if (digits < 9 || digits > 15) {
      return 0;
    }
    try {
      PhoneNumber n = PHONES.parse(cand, "GB");
      String nsn = PHONES.getNationalSignificantNumber(n);
      if (n.getCountryCode() == 44 && Checksums.isDramaNumber(nsn)) {
        return 0.9;
      }
      if (PHONES.isValidNumber(n)) {
        return 0.9;
      }
      if (PHONES.isPossibleNumber(n)) {
        return 0.6;
      }
    } catch (NumberParseException ex) {
      return 0;
    }
    return 0;
  }
}
