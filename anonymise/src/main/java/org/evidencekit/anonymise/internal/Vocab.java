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

  /** The classes that come from the big word lists, kept in their own table. */
  static final long BIG = 1L << FIRST_NAME | 1L << SURNAME | 1L << WORD | 1L << NON_PERSON | 1L << PLACE_FIRST
      | 1L << ORG_FIRST | 1L << CAR_MAKE | 1L << CAR_MODEL;

  /** The small table (cue words: a few thousand, stays in the cache) and the big one. */
  private final Table small = new Table(1 << 12);
  private final Table big = new Table(1 << 18);

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
  }

  private static void put(Vocab m, int bit, Set<String> words) {
    long b = 1L << bit;
    Table table = (BIG & b) != 0 ? m.big : m.small;
    for (String w : words) {
      table.or(w, b);
    }
  }

  /** The classes of a lower-case word among the cue lists (no big-list bits). */
  long mask(String key) {
    return small.get(key);
  }

  /** The classes of a lower-case word among the big lists ({@link #BIG} bits only). */
  long bigMask(String key) {
    return big.get(key);
  }

  /** Open addressing: keys and their masks, a power of two long, at most half full. */
  private static final class Table {
    private String[] keys;
    private long[] values;
    private int size;

    Table(int capacity) {
      keys = new String[capacity];
      values = new long[capacity];
    }

    private void or(String key, long bits) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = spread(key.hashCode()) & mask;
      while (keys[i] != null) {
        if (keys[i].equals(key)) {
          values[i] |= bits;
          return;
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = bits;
      size++;
    }

    private void grow() {
      String[] ok = keys;
      long[] ov = values;
      keys = new String[ok.length * 2];
      values = new long[ok.length * 2];
      size = 0;
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != null) {
          or(ok[i], ov[i]);
        }
      }
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    long get(String key) {
      int mask = keys.length - 1;
      int i = spread(key.hashCode()) & mask;
      String k;
      while ((k = keys[i]) != null) {
        if (k.equals(key)) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      return 0;
    }
  }
}
