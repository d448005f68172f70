package org.evidencekit.anonymise.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Street addresses: a house number and a street in any case ({@code 12b Hanover Street},
 * {@code 23 mill street}), flats ({@code Flat 3, 12 Rowan Court}), a street without a number
 * ({@code Moor Lane}, "a house on harewood road"), a one-word street after a number in an address
 * ({@code 35 Westgate,}), and the house name before a street in a rural address ({@code Glebe
 * House, Clough Lane}). Streets named as places ("Downing Street") stay.
 */
final class AddressRule extends Rule {
  private static final String NAME_WORD = "[A-Z][\\p{L}'\\u2019\\-]*";
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?:(?:Flat|Apartment|Apt|Unit|Room)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?(?:-\\d{1,4})?,?\\s+"
              + "(?:" + NAME_WORD + "\\s+){1,3}(?:" + Words.STREET_SUFFIX + ")(?![\\p{L}])");
  private static final Pattern NUMBERED_LOWER =
      Pattern.compile(
          "\\d{1,4}[a-z]?(?:-\\d{1,4})?,?\\s+(?:[\\p{L}'\\u2019\\-]+\\s+){1,3}(?:" + Words.STRONG_STREET_SUFFIX + ")(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);
  /** Any street word in small letters ("14 marlowe rise"); used only where the context is an address. */
  private static final Pattern NUMBERED_LOWER_ANY =
      Pattern.compile(
          "\\d{1,4}[a-z]?(?:-\\d{1,4})?,?\\s+(?:[\\p{L}'\\u2019\\-]+\\s+){1,3}(?:" + Words.STREET_SUFFIX + ")(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);
  static final Set<String> ANY_STREET_WORDS = Words.set(Words.STREET_SUFFIX.toLowerCase().replace('|', ' '));
  /** Words after a number that make it a count, not a house number ("3 more close calls"). */
  private static final Set<String> COUNT_WORDS =
      Words.set("days weeks months years times hours minutes mins miles yards metres meters feet foot people"
          + " girls boys men women children kids friends more other of or and to year month week day hour"
          + " minute mile time pounds quid grams kilos percent per cent");
  private static final Pattern FLAT =
      Pattern.compile("(?:Flat|Apartment|Apt)\\s+\\d{1,4}[A-Za-z]?(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
  private static final Pattern STREET_ONLY =
      Pattern.compile("(?:" + NAME_WORD + "\\s+){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Grove"
          + "|Crescent|Terrace|Gardens|Mews|Way|Walk|Row|Rise|Parade)(?![\\p{L}])");
  private static final Pattern ONE_WORD_STREET =
      Pattern.compile("\\d{1,4}[A-Za-z]?,?\\s+[A-Z][a-z]+(?:gate|side|croft|field|fields|moor|bank|garth|fold|way"
          + "|row|lea|green|hill|wood|dale|view|court|mead|mews|vale|holme|royd|lands|leys|hurst|ridge|brow)(?![\\p{L}])");
  static final Set<String> FLAT_WORDS = Words.set("flat apartment apt");
  static final Set<String> STREET_WORDS =
      Words.set("street st road rd lane avenue ave close drive grove crescent terrace gardens mews way walk row rise parade");
  static final Set<String> LOWER_STREET_WORDS = Words.set(Words.STRONG_STREET_SUFFIX.toLowerCase().replace('|', ' '));
  /** Words that make a lower-case road an ordinary one: "the ring road", "a main road". */
  private static final Set<String> GENERIC_ROAD =
      Words.set("main ring high back old new long side slip link relief service access private public busy"
          + " quiet same other next local dirt country bus cycle bypass express toll dual trunk narrow"
          + " wide dark empty quiet nearby this that these those every each any some no our their his her");
  private static final Set<String> PLACE_PREPS =
      Words.set("on in at from off down up along near onto into to past of opposite behind outside round around");
  private static final Set<String> HOUSE_CUES =
      Words.set("at was is address addr called named to from lives live living stays staying moved");

  @Override
  String id() {
    return "address";
  }

  /**
   * Every finding holds a digit (a house number, a flat's number), or a token of class {@link
   * Vocab#STREET_WORD} (a street, read only where one stands within three tokens ahead) or {@link
   * Vocab#LOWER_STREET} (a street in small letters); a house name is added only beside one of them.
   */
  @Override
  boolean mayFind(Doc d) {
    return d.digits || d.anyHas(Vocab.STREET_WORD) || d.anyHas(Vocab.LOWER_STREET);
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    // A street needs a word of its class ahead; without one in the text, no word is asked.
    boolean streets = d.anyHas(Vocab.STREET_WORD);
    boolean lowerStreets = d.anyHas(Vocab.LOWER_STREET);
    boolean anyStreets = d.anyHas(Vocab.ANY_STREET);
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i]) {
        continue;
      }
      int s = t.start[i];
      int e;
      if (t.is(i, Tokens.DIGIT) && Character.isDigit(d.at(s))) {
        if (t.end[i] - s > 5) {
          continue;
        }
        if (i + 1 < t.n && t.is(i + 1, Tokens.CAP) && (e = d.look(NUMBERED, s)) > 0) {
          add(d, i, s, e, 0.85, "address");
          continue;
        }
        if (lowerStreets && suffixWithin(d, i, 4) && (e = d.look(NUMBERED_LOWER, s)) > 0 && lowerNameOk(d, i + 1, t.firstFrom(e) - 1)) {
          add(d, i, s, e, 0.8, "address-lower");
          continue;
        }
        if (anyStreets && i + 1 < t.n && t.is(i + 1, Tokens.LOWER) && anyStreetWithin(d, i, 4) && houseNumberContext(d, i)
            && (e = d.look(NUMBERED_LOWER_ANY, s)) > 0 && houseNameOk(d, i + 1, t.firstFrom(e) - 1)
            && !COUNT_WORDS.contains(t.key(i + 1))) {
          add(d, i, s, e, 0.7, "address-lower-context"); // "staying at 14 marlowe rise"
          continue;
        }
        if (i + 1 < t.n && t.is(i + 1, Tokens.CAP) && (e = d.look(ONE_WORD_STREET, s)) > 0 && addressContext(d, i, e)) {
          add(d, i, s, e, 0.7, "address-one-word");
        }
        continue;
      }
      if (d.has(i, Vocab.FLAT) && (e = d.look(FLAT, s)) > 0) {
        int a = d.look(NUMBERED, s);
        add(d, i, s, Math.max(a, e), 0.8, "address-flat");
        continue;
      }
      if (t.is(i, Tokens.CAP)) {
        if (streets) {
          street(d, i, s);
        }
      } else if (lowerStreets && t.is(i, Tokens.LOWER) && (d.has(i + 1, Vocab.LOWER_STREET) || d.has(i + 2, Vocab.LOWER_STREET))
          && PLACE_PREPS.contains(d.prevKey(i))) {
        lowerStreet(d, i);
      }
    }
  }

  private static boolean suffixWithin(Doc d, int i, int n) {
    Tokens t = d.t;
    for (int k = i + 1; k < t.n && k <= i + n; k++) {
      if (d.has(k, Vocab.LOWER_STREET)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyStreetWithin(Doc d, int i, int n) {
    Tokens t = d.t;
    for (int k = i + 2; k < t.n && k <= i + n; k++) {
      if (t.is(k, Tokens.LOWER) && d.has(k, Vocab.ANY_STREET)) {
        return true;
      }
    }
    return false;
  }

  /** A number where a house number stands: after "at", "outside", "to" ... or with "address", "lives" before it. */
  private static boolean houseNumberContext(Doc d, int i) {
    String prev = d.prevKey(i);
    return PLACE_PREPS.contains(prev) || HOUSE_CUES.contains(prev) || addressContext(d, i, d.t.end[i]);
  }

  private void add(Doc d, int i, int s, int e, double score, String rule) {
    d.add(EntityType.ADDRESS, s, e, score, rule);
    houseName(d, i);
  }

  private void street(Doc d, int i, int s) {
    Tokens t = d.t;
    boolean suffixAhead = false;
    for (int k = i + 1; k < t.n && k <= i + 3; k++) {
      if (d.has(k, Vocab.STREET_WORD)) {
        suffixAhead = true;
        break;
      }
    }
    int e;
    if (!suffixAhead || (e = d.look(STREET_ONLY, s)) < 0 || Words.DETERMINERS.contains(t.key(i))
        || Words.PRONOUNS.contains(t.key(i)) || t.key(i).equals("on") || t.key(i).equals("in") || t.key(i).equals("at")) {
      return;
    }
    int last = t.firstFrom(e) - 1;
    if (last >= 0 && !d.covered[last] && !streetIsKept(d, i, last)) {
      d.add(EntityType.ADDRESS, s, e, 0.6, "street");
      houseName(d, i);
    }
  }

  /** "a house on harewood road": a lower-case street after a place word, named by no common word. */
  private void lowerStreet(Doc d, int i) {
    Tokens t = d.t;
    for (int k = i + 1; k < t.n && k <= i + 2; k++) {
      if (t.gapHasPunctuation(k - 1, k)) {
        return;
      }
      if (d.has(k, Vocab.LOWER_STREET) && t.is(k, Tokens.LOWER)) {
        if (lowerNameOk(d, i, k - 1)) {
          d.add(EntityType.ADDRESS, t.start[i], t.end[k], 0.6, "street-lower");
        }
        return;
      }
    }
  }

  private static boolean lowerNameOk(Doc d, int from, int to) {
    Tokens t = d.t;
    for (int k = from; k <= to && k < t.n; k++) {
      String key = t.key(k);
      if (Words.FUNCTION.contains(key) || GENERIC_ROAD.contains(key) || t.is(k, Tokens.DIGIT)) {
        return false;
      }
    }
    return true;
  }

  /** The words of a street after a house number: no function word, no number ("3 old mill close" is fine). */
  private static boolean houseNameOk(Doc d, int from, int to) {
    Tokens t = d.t;
    for (int k = from; k <= to && k < t.n; k++) {
      if (Words.FUNCTION.contains(t.key(k)) || t.is(k, Tokens.DIGIT)) {
        return false;
      }
    }
    return true;
  }

  private static boolean addressContext(Doc d, int i, int e) {
    String b = d.before(d.t.start[i], 30);
    String a = d.after(e, 14);
    return b.contains("address") || b.contains("addr") || b.contains("lives") || b.contains("living")
        || b.contains("live at") || b.contains("stay") || b.contains("moved") || a.matches("^,\\s*[a-z]{1,2}\\d.*");
  }

  private static boolean streetIsKept(Doc d, int first, int last) {
    return d.lex.organisations.match(d.t, first) > 0 || d.lex.places.match(d.t, first) >= last - first + 1;
  }

  /**
   * The house name of a rural address before its street: "The Old Forge, Back Lane",
   * "at Rosemount, Hebble Lane".
   */
  private void houseName(Doc d, int streetStart) {
    Tokens t = d.t;
    int p = streetStart - 1;
    if (p < 0 || !t.gapIs(p, ",")) {
      return;
    }
    int b = p;
    while (b >= 0 && p - b < 4 && (t.is(b, Tokens.CAP) && !t.is(b, Tokens.DIGIT))
        && (b == p || !t.gapHasPunctuation(b, b + 1))) {
      b--;
    }
    int first = b + 1;
    if (first > p || d.covered[p]) {
      return;
    }
    for (int k = first; k <= p; k++) {
      if (d.kept[k] && !Words.HOUSE_HEADS.contains(t.key(k)) || d.acronym(k)) {
        return;
      }
    }
    boolean start = t.is(first, Tokens.SENTENCE_START) || first == 0;
    boolean cue = first > 0 && (HOUSE_CUES.contains(t.key(first - 1)) || t.gapAfter(first - 1).endsWith(":"));
    if (!start && !cue) {
      return;
    }
    if (first == p && Words.FUNCTION.contains(t.key(first))) {
      return;
    }
    d.add(EntityType.ADDRESS, t.start[first], t.baseEnd(p), 0.7, "house-name");
  }
}
