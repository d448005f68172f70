package org.evidencekit.anonymise.internal;

import java.util.Set;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Named schools, academies, colleges and pupil referral units ({@code St Aidan's Primary},
 * {@code Calder Vale Academy}, {@code Greenhill Pupil Referral Unit}); generic ones ("the local
 * primary school", "College of Policing") stay.
 */
final class SchoolRule extends Rule {
  static final Set<String> HEADS = Words.set("school academy college infants juniors prep unit high primary");

  @Override
  String id() {
    return "school";
  }

  /** Every finding ends at a token whose base is of class {@link Vocab#SCHOOL_HEAD}. */
  @Override
  boolean mayFind(Doc d) {
    return d.anyHas(Vocab.SCHOOL_HEAD);
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    String text = d.text;
    for (int i = 0; i < t.n; i++) {
      if (!t.is(i, Tokens.CAP) || d.covered[i] || !d.hasBase(i, Vocab.SCHOOL_HEAD)) {
        continue;
      }
      String k = t.base(i);
      boolean bareHead = (k.equals("high") || k.equals("primary") || k.equals("juniors"))
          && !(i + 1 < t.n && t.is(i + 1, Tokens.CAP) && !t.gapHasPunctuation(i, i + 1));
      boolean head = bareHead || k.equals("school") || k.equals("academy") || k.equals("college")
          || k.equals("infants") || k.equals("juniors") || k.equals("prep")
          || (k.equals("unit") && i > 0 && t.key(i - 1).equals("referral"));
      if (!head) {
        continue;
      }
      if (i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) && t.key(i + 1).equals("of")
          || t.gapAfter(i).startsWith(":")) {
        continue; // "College of Policing"; "School:" is a form's label
      }
      int b = i;
      boolean named = false;
      while (b - 1 >= 0) {
        int p = b - 1;
        String gap = text.substring(t.end[p], t.start[b]);
        boolean abbreviation = (gap.equals(".") || gap.equals(". ")) && t.end[p] - t.start[p] <= 2 && t.is(p, Tokens.CAP);
        if (!gap.isBlank() && !abbreviation && !gap.equals("-") && !gap.equals("' ") && !gap.equals("\u2019 ")) {
          break; // "St. Aidan's" and "Girls' School" go on; a full stop ends the name
        }
        String pk = t.base(p);
        boolean cap = t.is(p, Tokens.CAP) || t.is(p, Tokens.DIGIT);
        boolean joiner = (pk.equals("of") || pk.equals("and") || pk.equals("the") || pk.equals("&"))
            && p - 1 >= 0 && t.is(p - 1, Tokens.CAP);
        if (!cap && !joiner) {
          break;
        }
        if (t.is(p, Tokens.SENTENCE_START) && d.lex.isWord(pk) && !Words.GENERIC_SCHOOL.contains(pk)
            && !d.lex.isFirstName(pk) && !pk.equals("st")) {
          break; // "Schools ..." / "Every Academy ..."
        }
        if (!Words.GENERIC_SCHOOL.contains(pk)) {
          named = true;
        }
        b = p;
      }
      while (b < i && Words.GENERIC_SCHOOL.contains(t.base(b)) && t.is(b, Tokens.SENTENCE_START)) {
        b++;
      }
      while (b < i && (t.base(b).equals("the") || t.base(b).equals("a"))) {
        b++;
      }
      if (named) {
        d.add(EntityType.SCHOOL, t.start[b], t.end[i], 0.9, "school");
      }
    }
  }
}
