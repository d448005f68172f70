package org.evidencekit.anonymise.internal;

import java.util.Set;

/**
 * The word classes of every token, looked up once: one hash lookup of a token's key gives a bit
 * mask of every word list it belongs to (months, cue words, titles, first names, English words
 * ...), so the recognisers test bits instead of looking the same word up in many sets. Built
 * once per lexicon; not changed after construction, so thread-safe once published (the lexicon
 * publishes it through a volatile field).
 */
final class Vocab {
  static final int MONTH = 0;
  static final int CASE_CUE = 1;
  static final int VEHICLE_STRONG = 2;
  static final int PLATFORM = 3;
  static final int PASSPORT_CUE = 4;
  static final int PIN_CUE = 5;
  static final int STREET_WORD = 6;
  static final int LOWER_STREET = 7;
  static final int SCHOOL_HEAD = 8;
  static final int VENUE_HEAD = 9;
  static final int LAW_HEAD = 10;
  static final int CAR_MAKE = 11;
  static final int CAR_MODEL = 12;
  static final int COLOUR = 13;
  static final int FUNCTION = 14;
  static final int TITLE = 15;
  static final int DETERMINER = 16;
  static final int HEAD = 17;
  static final int RELATION = 18;
  static final int NAME_PREDICATE = 19;
  static final int PERSON_VERB = 20;
  static final int FIRST_NAME = 21;
  static final int SURNAME = 22;
  static final int WORD = 23;
  static final int NON_PERSON = 24;
  static final int PLACE_FIRST = 25;
  static final int ORG_FIRST = 26;
  static final int CUE_KEY = 27;
  static final int LABEL = 28;
  static final int SLANG = 29;
  static final int PLACE_PREP = 30;
  static final int THING_VERB = 31;
  static final int FLAT = 32;
  static final int ANY_STREET = 33;
  static final int WEEKDAY = 34;
  static final int GROUP = 35;
  static final int TEMPORAL = 36;
  static final int STRONG_CUE = 37;
  /** The lower case of a known abbreviation (see {@link #acronymsAscii}). */
  static final int ACRONYM = 38;

  /**
   * Whether every known abbreviation is ASCII: then a token that is one (as written) has a key or
   * base of class {@link #ACRONYM}, since its lower case is its ASCII lower case, whatever the
   * text around it; a token without that class is none, with no set lookup.
   */
  final boolean acronymsAscii;

  /**
   * One table for every class: a token is looked up once (twice with a possessive 's) and the
   * lookup reads the token's characters in place, without making a string of them.
   */
  private final Table table = new Table(1 << 18);

  Vocab(Lexicon lex) {
    Vocab m = this;
    put(m, MONTH, DateRule.MONTHS);
    put(m, CASE_CUE, CaseReferenceRule.CUES);
    put(m, VEHICLE_STRONG, VehicleRule.STRONG_CUES);
    put(m, PLATFORM, HandleRule.PLATFORMS);
    put(m, PASSPORT_CUE, PassportRule.CUES);
    put(m, PIN_CUE, PinRule.CUES);
    put(m, STREET_WORD, AddressRule.STREET_WORDS);
    put(m, LOWER_STREET, AddressRule.LOWER_STREET_WORDS);
    put(m, SCHOOL_HEAD, SchoolRule.HEADS);
    put(m, VENUE_HEAD, OrganisationRule.VENUE_HEADS);
    put(m, LAW_HEAD, KeptPhrasesRule.LAW_HEADS);
    put(m, CAR_MAKE, lex.carMakes);
    put(m, CAR_MODEL, lex.carModels);
    put(m, COLOUR, Words.COLOURS);
    put(m, FUNCTION, Words.FUNCTION);
    put(m, TITLE, Words.TITLES);
    put(m, DETERMINER, Words.DETERMINERS);
    put(m, HEAD, Words.HEADS);
    put(m, RELATION, Words.RELATIONS);
    put(m, NAME_PREDICATE, Words.NAME_PREDICATES);
    put(m, PERSON_VERB, NamePass.PERSON_VERBS);
    put(m, FIRST_NAME, lex.firstNames);
    put(m, SURNAME, lex.surnames);
    put(m, WORD, lex.words);
    put(m, NON_PERSON, lex.nonPersons);
    put(m, PLACE_FIRST, lex.places.firstWords());
    put(m, ORG_FIRST, lex.organisations.firstWords());
    put(m, CUE_KEY, NamePass.CUE_KEYS);
    put(m, LABEL, NamePass.LABELS);
    put(m, SLANG, NamePass.SLANG_NAMES);
    put(m, PLACE_PREP, NamePass.PLACE_PREPS);
    put(m, THING_VERB, NamePass.THING_VERBS);
    put(m, FLAT, AddressRule.FLAT_WORDS);
    put(m, ANY_STREET, AddressRule.ANY_STREET_WORDS);
    put(m, WEEKDAY, NamePass.WEEKDAYS);
    put(m, GROUP, NamePass.GROUP_WORDS);
    put(m, TEMPORAL, Words.TEMPORAL);
    put(m, STRONG_CUE, Words.STRONG_CUES);
    boolean ascii = true;
    for (String a : lex.acronyms) {
      for (int k = 0; k < a.length(); k++) {
        ascii &= a.charAt(k) < 128;
      }
      table.or(a.toLowerCase(java.util.Locale.ROOT), 1L << ACRONYM);
    }
    this.acronymsAscii = ascii;
  }

  private static void put(Vocab m, int bit, Set<String> words) {
    long b = 1L << bit;
    for (String w : words) {
      m.table.or(w, b);
    }
  }

  /** The classes of a lower-case word (all bits). */
  long mask(String key) {
    return table.get(key, 0, key.length(), null, 0);
  }

  /**
   * The classes of the lower-case word {@code lower[from, to)}, read with a right single
   * quotation mark as an apostrophe (as {@link Tokens#key} writes it).
   */
  long mask(String lower, int from, int to) {
    return table.get(lower, from, to, null, 0);
  }

  /**
   * As {@link #mask(String, int, int)}; when the word is in a class, also stores the table's own
   * string of it (equal to the word, its hash already computed) at {@code canon[at]}, so the
   * token's key needs no new string.
   */
  long mask(String lower, int from, int to, String[] canon, int at) {
    return table.get(lower, from, to, canon, at);
  }

  /** As {@link #mask(String, int, int, String[], int)}, given the word's hash ({@link Tokens#HASHED}). */
  long mask(String lower, int from, int to, String[] canon, int at, int hash) {
    return table.find(hash, lower, from, to, canon, at);
  }

  /**
   * Open addressing, a power of two long, at most half full: each slot's hash and classes side by
   * side in one array (a miss reads one cache line, no string), the key apart for the check.
   */
  private static final class Table {
    private String[] keys;
    private long[] slots; // [2 * i] = hash, [2 * i + 1] = classes (never 0 when used)
    private int size;

    Table(int capacity) {
      keys = new String[capacity];
      slots = new long[2 * capacity];
    }

    private void or(String key, long bits) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int h = key.hashCode();
      int i = spread(h) & mask;
      while (keys[i] != null) {
        if (keys[i].equals(key)) {
          slots[2 * i + 1] |= bits;
          return;
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      slots[2 * i] = h;
      slots[2 * i + 1] = bits;
      size++;
    }

    private void grow() {
      String[] ok = keys;
      long[] os = slots;
      keys = new String[ok.length * 2];
      slots = new long[os.length * 2];
      size = 0;
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != null) {
          or(ok[i], os[2 * i + 1]);
        }
      }
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    private static char norm(char c) {
      return c == '\u2019' ? '\'' : c;
    }

    /**
     * The classes of {@code s[from, to)} (apostrophes normalised), 0 if none; when found and
     * {@code canon} is given, the stored key (equal to that text) at {@code canon[at]}.
     */
    long get(String s, int from, int to, String[] canon, int at) {
      int h = 0;
      for (int k = from; k < to; k++) {
        h = 31 * h + norm(s.charAt(k));
      }
      return find(h, s, from, to, canon, at);
    }

    /** As {@link #get}, given the hash of the word. */
    long find(int h, String s, int from, int to, String[] canon, int at) {
      int mask = keys.length - 1;
      int i = spread(h) & mask;
      long[] sl = slots;
      long v;
      while ((v = sl[2 * i + 1]) != 0) {
        if ((int) sl[2 * i] == h && same(keys[i], s, from, to)) {
          if (canon != null) {
            canon[at] = keys[i];
          }
          return v;
        }
        i = (i + 1) & mask;
      }
      return 0;
    }

    private static boolean same(String key, String s, int from, int to) {
      int n = to - from;
      if (key.length() != n) {
        return false;
      }
      if (s.regionMatches(from, key, 0, n)) {
        return key.indexOf('\u2019') < 0; // the text's ’ reads as ', so it never equals a key's ’
      }
      for (int k = 0; k < n; k++) {
        if (key.charAt(k) != norm(s.charAt(from + k))) {
          return false;
        }
      }
      return true;
    }
  }
}
