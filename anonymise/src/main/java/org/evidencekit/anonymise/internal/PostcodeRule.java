package org.evidencekit.anonymise.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Full UK postcodes in any case, with or without the space ({@code OL1 3EF}, {@code bd7 1ax},
 * {@code S711NS}): BS 7666 position rules, and an outward code whose area is one of the UK's
 * postcode areas.
 */
final class PostcodeRule extends Rule {
  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?:GIR\\s?0AA|[A-PR-UWYZ](?:\\d[A-HJKPSTUW]?|\\d{2}|[A-HK-Y]\\d[ABEHMNPRVWXY]?|[A-HK-Y]\\d{2})"
              + "\\s?\\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])",
          Pattern.CASE_INSENSITIVE);
  /** The postcode areas of the UK, Crown dependencies and BFPO. */
  static final Set<String> AREAS =
      Words.set("ab al b ba bb bd bf bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt"
          + " dy e ec eh en ex fk fy g gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la ld le"
          + " ll ln ls lu m me mk ml n ne ng nn np nr nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl sm"
          + " sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa wc wd wf wn wr ws wv yo ze gir");

  @Override
  String id() {
    return "postcode";
  }

  @Override
  boolean needsDigit() {
    return true; // each of its findings holds a digit
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    if (!TokenFlags.any(t, Tokens.LETTER | Tokens.DIGIT) && d.lower().indexOf("gir") < 0) {
      return; // a postcode starts at a token of letters and digits, or at "GIR"
    }
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i] || !t.is(i, Tokens.LETTER)) {
        continue;
      }
      int s = t.start[i];
      int len = t.end[i] - s;
      boolean hasDigit = t.is(i, Tokens.DIGIT);
      if (!(hasDigit && len <= 7 || len == 3 && Window.keyIs(d, i, "gir"))) {
        continue;
      }
      int e = d.look(POSTCODE, s);
      if (e < 0 || !d.hasDigit(s, e)) {
        continue;
      }
      String pc = d.text.substring(s, e);
      String area = area(pc);
      boolean upper = pc.equals(pc.toUpperCase(Locale.ROOT));
      if (!AREAS.contains(area)) {
        if (!upper) {
          continue;
        }
        d.add(EntityType.POSTCODE, s, e, 0.7, "postcode");
      } else {
        d.add(EntityType.POSTCODE, s, e, upper ? 0.9 : 0.85, "postcode");
      }
      i = t.firstFrom(e) - 1;
    }
  }

  private static String area(String pc) {
    int k = 0;
    while (k < pc.length() && k < 2 && Character.isLetter(pc.charAt(k))) {
      k++;
    }
    return pc.substring(0, k).toLowerCase(Locale.ROOT);
  }
}
