package org.evidencekit.anonymise.internal;

import java.util.Set;

/**
 * Text that names no person and stays, marked so that the name rules leave it alone: places
 * (towns, counties, regions: "West Yorkshire", "Bath" unless a first name stands before it),
 * organisations and services ("Crown Prosecution Service", "Barnardo's"), Acts and Bills with
 * their titles ("Protection of Freedoms Bill", "Children Act 1989"), and cars by make and model
 * ("Vauxhall Corsa", "BMW 3 Series").
 */
final class KeptPhrasesRule extends Rule {
  static final Set<String> LAW_HEADS =
      Words.set("act acts bill bills order regulations regulation rules directive convention protocol"
          + " code charter amendment statute measure guidance");
  private static final Set<String> LAW_JOINS = Words.set("of and the for on in to against with &");

  @Override
  String id() {
    return "kept-phrases";
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    Lexicon lex = d.lex;
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i] || !(t.is(i, Tokens.CAP) || t.is(i, Tokens.ALL_CAPS) || t.is(i, Tokens.DIGIT))) {
        continue;
      }
      if (t.is(i, Tokens.CAP) && d.has(i, Vocab.LAW_HEAD) && law(d, i)) {
        continue;
      }
      // A force's "and" stands second or third (see force), read in place.
      int n = t.is(i, Tokens.CAP) && (andAt(d, i + 1) || andAt(d, i + 2)) ? force(d, i) : 0;
      if (n > 0) {
        d.keep(i, i + n - 1);
        i += n - 1;
        continue;
      }
      n = car(d, i);
      if (n > 0) {
        d.keep(i, i + n - 1);
        i += n - 1;
        continue;
      }
      n = d.has(i, Vocab.ORG_FIRST) ? lex.organisations.match(t, i) : 0;
      if (n == 1 && (nameAfter(d, i) || firstNameBefore(d, i))) {
        continue; // "Sky Rowntree", "Aaqil Armani": a name, not the broadcaster or the brand
      }
      if (n > 0) {
        d.keep(i, i + n - 1);
        i += n - 1;
        continue;
      }
      n = d.has(i, Vocab.PLACE_FIRST) ? lex.places.match(t, i) : 0;
      if (n > 0) {
        if (n == 1 && (lex.isFirstName(t.base(i)) || isTitleBefore(t, i) || firstNameBefore(d, i) || nameAfter(d, i))
            && !placeContext(d, i)) {
          continue; // "Jordan said", "Harjit Bath": a name, not the place
        }
        d.keep(i, i + n - 1);
        i += n - 1;
      }
    }
  }

  /** An Act or Bill: the capitalised title before its head word, and a year after it. */
  private static boolean law(Doc d, int head) {
    Tokens t = d.t;
    int b = head;
    int words = 0;
    while (b - 1 >= 0 && words < 12) {
      int p = b - 1;
      String gap = t.gapAfter(p);
      if (!(gap.isEmpty() || gap.equals("(") || gap.equals(")"))) {
        break;
      }
      String pk = t.key(p);
      if (t.is(p, Tokens.CAP) || t.is(p, Tokens.ALL_CAPS)) {
        if (Words.DETERMINERS.contains(pk) && t.is(p, Tokens.SENTENCE_START)) {
          break;
        }
        b = p;
      } else if (LAW_JOINS.contains(pk) && p - 1 >= 0 && (t.is(p - 1, Tokens.CAP) || t.gapIs(p - 1, ")"))) {
        b = p;
      } else {
        break;
      }
      words++;
    }
    if (b == head) {
      return false;
    }
    int e = head;
    if (head + 1 < t.n && !t.gapHasPunctuation(head, head + 1) && t.is(head + 1, Tokens.ALL_DIGITS)
        && t.end[head + 1] - t.start[head + 1] == 4) {
      e = head + 1;
    }
    d.keep(b, e);
    return true;
  }

  private static boolean andAt(Doc d, int k) {
    return k < d.t.n && Window.keyIs(d, k, "and");
  }

  private static final java.util.Set<String> FORCE_HEADS =
      Words.set("police constabulary constabularies police's constabulary's");

  /**
   * A police force named after two places: "Devon and Cornwall Police", "Avon and Somerset
   * Constabulary" (one or two capitalised words either side of "and", one of them a place): the
   * number of tokens kept, or 0. Its "and" follows one or two capitalised words, so stands at
   * {@code i + 1} or {@code i + 2}: without it there, the third word ends the reading.
   */
  private static int force(Doc d, int i) {
    Tokens t = d.t;
    boolean place = false;
    int k = i;
    int words = 0;
    boolean and = false;
    while (k < t.n && k <= i + 5) {
      if (k > i && t.gapHasPunctuation(k - 1, k)) {
        return 0;
      }
      String key = t.key(k);
      if (key.equals("and") && !and && words > 0 && words <= 2) {
        and = true;
        words = 0;
      } else if (and && words > 0 && FORCE_HEADS.contains(key) && t.is(k, Tokens.CAP)) {
        return place ? k - i + 1 : 0;
      } else if (t.is(k, Tokens.CAP) && words < 2) {
        place |= d.has(k, Vocab.PLACE_FIRST);
        words++;
      } else {
        return 0;
      }
      k++;
    }
    return 0;
  }

  /** A car by make and model: the number of tokens kept, or 0. */
  private static int car(Doc d, int i) {
    Tokens t = d.t;
    if (d.has(i, Vocab.CAR_MAKE)) {
      int n = 1;
      boolean colour = d.has(i - 1, Vocab.COLOUR);
      int j = i + n;
      int models = 0;
      while (j < t.n && models < 2 && !t.gapHasPunctuation(j - 1, j)
          && (d.has(j, Vocab.CAR_MODEL) || t.is(j, Tokens.DIGIT) && t.end[j] - t.start[j] <= 4
              || models > 0 && (t.key(j).equals("series") || t.key(j).equals("class")))) {
        j++;
        models++;
      }
      if (models > 0 || colour || t.is(i, Tokens.ALL_CAPS)) {
        return j - i;
      }
      return 0;
    }
    if (d.has(i, Vocab.CAR_MODEL) && d.has(i - 1, Vocab.COLOUR) && !d.isClearName(t.key(i))) {
      return 1; // "a silver Corsa"
    }
    return 0;
  }

  private static boolean isTitleBefore(Tokens t, int i) {
    return i > 0 && Words.TITLES.contains(t.key(i - 1)) && t.is(i - 1, Tokens.CAP)
        && !Words.WORD_TITLES.contains(t.key(i - 1));
  }

  /** "Harjit Bath", "Ryan Whitby": a first name right before a one-word place makes it a surname. */
  private static boolean firstNameBefore(Doc d, int i) {
    Tokens t = d.t;
    if (i == 0 || t.gapHasPunctuation(i - 1, i) || !t.is(i - 1, Tokens.CAP) && !t.is(i - 1, Tokens.LOWER)) {
      return false;
    }
    String p = t.base(i - 1);
    if (!d.lex.isFirstName(p) || d.kept[i - 1]) {
      return false;
    }
    return !d.isWordish(p) || t.is(i - 1, Tokens.CAP) && !t.is(i - 1, Tokens.SENTENCE_START);
  }

  /** A first name written before a surname: "Sky Rowntree", "Jordan Okafor". */
  private static boolean nameAfter(Doc d, int i) {
    Tokens t = d.t;
    if (!d.lex.isFirstName(t.base(i)) || !t.is(i, Tokens.CAP) || i + 1 >= t.n || t.gapHasPunctuation(i, i + 1)
        || !t.is(i + 1, Tokens.CAP) || t.is(i + 1, Tokens.DIGIT)) {
      return false;
    }
    String nb = t.base(i + 1);
    return (d.isClearName(nb) || !d.isWordish(nb)) && !Words.HEADS.contains(nb)
        && d.lex.places.match(t, i + 1) == 0 && d.lex.organisations.match(t, i + 1) == 0;
  }

  private static boolean placeContext(Doc d, int i) {
    Tokens t = d.t;
    if (i > 0 && !t.gapHasPunctuation(i - 1, i)) {
      String p = t.key(i - 1);
      if (Words.PLACE_WORDS_BEFORE.contains(p)) {
        return true;
      }
    }
    if (i > 1 && (t.key(i - 1).equals("and") || t.gapIs(i - 1, ",")) && d.kept[i - 2]) {
      return true; // "Leeds and Bradford"
    }
    if (i > 0 && t.gapIs(i - 1, ",") && d.kept[i - 1]) {
      return true;
    }
    return i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) && Words.HEADS.contains(t.base(i + 1));
  }
}
