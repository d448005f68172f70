package org.evidencekit.anonymise.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * PINs, passcodes, door codes and passwords after their cue ("the passcode for her phone is
 * 190802", "PIN 0606", "keypad, code 2869", "password was Bella2010"). "Sort code", "post code",
 * "area code" and "code of conduct" are not cues.
 */
final class PinRule extends Rule {
  private static final Pattern DIGITS = Pattern.compile("\\d{3,8}(?![\\d/:]|\\.\\d)");
  static final Set<String> CUES =
      Words.set("pin pins passcode passcodes password passwords pword pw passkey passphrase code codes"
          + " combination combo pincode keycode unlock");
  private static final Set<String> LINKS =
      Words.set("is was were be for to of the her his their my your its phone phone's mobile device ipad"
          + " iphone tablet laptop computer door flat lock screen keypad safe number no it as set changed"
          + " entry access new old same unlock pattern account been had has used safe lockbox box alarm key keys");
  private static final Set<String> NOT_PIN_BEFORE =
      Words.set("sort post area dress zip country bar qr source dialling dialing highway postal morse");

  @Override
  String id() {
    return "pin";
  }

  @Override
  void find(Doc d) {
    if (!d.anyHas(Vocab.PIN_CUE)) {
      return; // the loop below reads only from a cue word's token
    }
    String low = d.lower();
    if (!(low.contains("pin") || low.contains("code") || low.contains("pass") || low.contains("pw")
        || low.contains("combin") || low.contains("unlock"))) {
      return;
    }
    Tokens t = d.t;
    for (int c = 0; c < t.n; c++) {
      if (!d.has(c, Vocab.PIN_CUE)) {
        continue;
      }
      for (int i = c + 1; i < t.n && i <= c + 7; i++) {
        if (d.covered[i]) {
          continue;
        }
        int k = d.cueBefore(i, CUES, LINKS, 6);
        if (k != c) {
          if (k < 0) {
            break;
          }
          continue;
        }
        if (NOT_PIN_BEFORE.contains(d.key(k - 1)) || d.key(k + 1).equals("of")) {
          break;
        }
        if (candidate(d, k, i)) {
          break;
        }
      }
    }
  }

  /** Whether token i after the cue at k is the code (and adds it). */
  private static boolean candidate(Doc d, int k, int i) {
    Tokens t = d.t;
    String cue = t.key(k);
    int s = t.start[i];
    if (t.is(i, Tokens.ALL_DIGITS)) {
      int e = d.look(DIGITS, s);
      if (e > 0) {
        d.add(EntityType.PIN, s, e, 0.85, "pin");
        return true;
      }
    } else if (cue.startsWith("pass") || cue.equals("pw") || cue.equals("pword")) {
      // a password: the word after "password is", whatever it is
      String key = t.key(i);
      boolean linked = k < i - 1 || !t.gapAfter(k).isEmpty();
      if (linked && !Words.FUNCTION.contains(key) && !LINKS.contains(key)
          && (t.is(i, Tokens.DIGIT) || !d.isWordish(t.base(i)) || t.gapIs(i - 1, ":"))) {
        int e = t.end[i];
        while (e < d.length() && !Character.isWhitespace(d.at(e)) && ",;)".indexOf(d.at(e)) < 0
            && !(d.at(e) == '.' && (e + 1 == d.length() || Character.isWhitespace(d.at(e + 1))))) {
          e++;
        }
        d.add(EntityType.PIN, s, e, 0.8, "password");
        return true;
      }
    } else if (t.is(i, Tokens.DIGIT) && t.is(i, Tokens.LETTER) && t.end[i] - s >= 4 && t.end[i] - s <= 12) {
      d.add(EntityType.PIN, s, t.end[i], 0.75, "pin");
      return true;
    }
    return false;
  }
}
