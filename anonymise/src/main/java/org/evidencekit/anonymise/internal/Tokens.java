package org.evidencekit.anonymise.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * The word tokens of a text, found in one pass: maximal runs of letters and digits, joined by an
 * apostrophe or hyphen between letters ({@code O'Neill}, {@code Ellie-Mae}, {@code Joy's}).
 * Punctuation and spaces between tokens are read from the text when needed.
 */
final class Tokens {
  static final int CAP = 1; // first char an upper-case letter
  static final int ALL_CAPS = 2; // two or more letters, all upper case
  static final int LOWER = 4; // first char a lower-case letter
  static final int DIGIT = 8; // has a digit
  static final int LETTER = 16; // has a letter
  static final int SENTENCE_START = 32; // first word of a sentence, line or text
  static final int ALL_DIGITS = 64;
  static final int POSSESSIVE = 128; // the key ends with 's
  static final int HASHED = 256; // ASCII only: hashes[i] is the hash of its key

  final String text;
  int n;
  int[] start = new int[64];
  int[] end = new int[64];
  int[] flags = new int[64];
  /** For a token flagged {@link #HASHED}, the hash of its key as {@link Vocab} makes it. */
  int[] hashes = new int[64];
  private final String[] keys;
  private final String[] bases;

  private final String lower;

  Tokens(String text) {
    this(text, null);
  }

  /** Tokens of {@code text}, given its lower-case form (used for keys when lengths agree). */
  Tokens(String text, String lower) {
    this(text, lower, null, null);
  }

  /**
   * The previous tokens and the edits that made this text from theirs (for {@link #copy}), or
   * null; only while scanning.
   */
  private Tokens prev;

  private Doc.Edits edits;

  /** For each token copied from {@link #prev}, its index there; -1 for a token read afresh. */
  int[] origin;

  /**
   * Tokens of {@code text}, which is {@code prev}'s text with the edits made (or, with {@code
   * prev} null, any text): where the scan reaches a token in unchanged text that {@code prev}
   * also has there, at the same state (the start of a sentence or not), the tokens up to shortly
   * before the next edit are copied from {@code prev} instead of read again (see {@link #copy}).
   */
  Tokens(String text, String lower, Tokens prev, Doc.Edits edits) {
    this.text = text;
    this.lower = lower != null && lower.length() == text.length() ? lower : null;
    this.prev = prev;
    this.edits = edits;
    if (prev != null) {
      origin = new int[64];
    }
    scan();
    this.prev = null;
    this.edits = null;
    keys = new String[n];
    bases = new String[n];
  }

  private int copyEdit; // the next edit, for copy
  private int copyFrom; // a token of prev at or before the next one to look at

  /**
   * At a token that starts at {@code b} with the sentence state {@code sentence}: if {@code b}
   * lies in text the edits left unchanged, and {@link #prev} has a token starting at the same
   * place of its text whose SENTENCE_START flag is {@code sentence}, copies that token and the
   * tokens after it while each, and the character after it, ends before the next edit (or the
   * unchanged text runs to the end of both texts); returns the end of the last token copied, or
   * -1 if none was.
   *
   * <p>Why the copies equal a fresh reading: a token's extent and every flag but SENTENCE_START
   * depend only on its characters, the character after it and (for an apostrophe or hyphen) the
   * one after that; a token ends where no letter, digit or mark continues it, so the
   * next token starts after characters that belong to no token and in turn depends only on what
   * follows. SENTENCE_START depends only on the characters between a token and the one before,
   * and on that token. All of these are the same characters in both texts, so once the state
   * agrees at one token, each copied token agrees, and so does the state after it.
   */
  private int copy(int b, boolean sentence) {
    Doc.Edits e = edits;
    int k = copyEdit;
    int edits = e.outStart.length;
    while (k < edits && e.outEnd[k] <= b) {
      k++;
    }
    copyEdit = k;
    if (k < edits && b >= e.outStart[k]) {
      return -1; // inside a replacement
    }
    int delta = k > 0 ? e.inEnd[k - 1] - e.outEnd[k - 1] : 0;
    int pb = b + delta;
    // the unchanged stretch ends (in prev's text) at the next edit, or runs to the end of both
    int stop = k < edits ? e.inStart[k] : Integer.MAX_VALUE;
    Tokens p = prev;
    int j = copyFrom;
    while (j < p.n && p.start[j] < pb) {
      j++;
    }
    copyFrom = j;
    if (j >= p.n || p.start[j] != pb || ((p.flags[j] & SENTENCE_START) != 0) != sentence) {
      return -1;
    }
    int last = -1;
    while (j < p.n && (stop == Integer.MAX_VALUE || p.end[j] + 2 < stop)) {
      add(p.start[j] - delta, p.end[j] - delta, p.flags[j]);
      origin[n - 1] = j;
      hashes[n - 1] = p.hashes[j];
      last = p.end[j] - delta;
      j++;
    }
    copyFrom = j;
    return last;
  }

  /** Classes of the ASCII characters for {@link #scan}: anything else is {@code OTHER}. */
  private static final byte OTHER = 0;
  private static final byte SMALL = 1;
  private static final byte CAPITAL = 2;
  private static final byte NUMERAL = 3;
  private static final byte JOINER = 4; // ' and -, inside a word between letters
  private static final byte STOP = 5; // . ! ? : ; and line ends: a sentence may end
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII[c] = SMALL;
      ASCII[c - 'a' + 'A'] = CAPITAL;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII[c] = NUMERAL;
    }
    ASCII['\''] = JOINER;
    ASCII['-'] = JOINER;
    for (char c : new char[] {'.', '!', '?', ':', ';', '\n', '\r'}) {
      ASCII[c] = STOP;
    }
  }

  /**
   * Reads the tokens. The text's characters are read from an array of them (a copy, so the loop
   * needs no String.charAt with its checks per character) and ASCII through a table of classes;
   * other characters through Character, as the class comment says. A token of ASCII characters
   * only also gets the hash of its lower case, as {@link Vocab} hashes a word, made in the same
   * pass ({@link #HASHED}); {@code TokensPropertiesTest} checks the tokens, flags and hashes
   * against a plain reading of the rules.
   */
  private void scan() {
    final char[] s = text.toCharArray();
    final int len = s.length;
    final byte[] ascii = ASCII;
    int i = 0;
    boolean sentence = true;
    while (i < len) {
      char c = s[i];
      if (c == ' ') {
        i++; // the commonest character between tokens
        continue;
      }
      int k = c < 128 ? ascii[c] : OTHER;
      if (k == SMALL || k == CAPITAL || k == NUMERAL || c >= 128 && Character.isLetterOrDigit(c)) {
        if (prev != null) {
          int after = copy(i, sentence);
          if (after >= 0) {
            i = after;
            sentence = false;
            continue;
          }
        }
        int b = i;
        int f = 0;
        int letters = 0;
        int uppers = 0;
        int h = 0; // the hash of the lower case, while every character is ASCII
        boolean ascii7 = true;
        while (i < len) {
          char d = s[i];
          if (d < 128) { // ASCII, the usual case: the same tests without Character's tables
            int dk = ascii[d];
            if (dk == SMALL) {
              letters++;
              h = 31 * h + d;
              i++;
              continue;
            }
            if (dk == CAPITAL) {
              letters++;
              uppers++;
              h = 31 * h + (d + ('a' - 'A'));
              i++;
              continue;
            }
            if (dk == NUMERAL) {
              f |= DIGIT;
              h = 31 * h + d;
              i++;
              continue;
            }
            if (dk != JOINER) {
              break;
            }
          }
          if (Character.isLetter(d)) {
            letters++;
            if (Character.isUpperCase(d)) {
              uppers++;
            }
          } else if (Character.isDigit(d)) {
            f |= DIGIT;
          } else if (!(Character.getType(d) == Character.NON_SPACING_MARK
              || (d == '\'' || d == '\u2019' || d == '-')
                  && i + 1 < len
                  && Character.isLetter(s[i + 1])
                  && i > b
                  && Character.isLetter(s[i - 1]))) {
            break;
          }
          // a character of the word read here: a letter, digit or mark beyond ASCII, or a joiner
          ascii7 &= d < 128;
          h = 31 * h + d; // ' or - (any other is not ASCII: no hash)
          i++;
        }
        if (letters > 0) {
          f |= LETTER;
        } else {
          f |= ALL_DIGITS;
        }
        if (k == CAPITAL || c >= 128 && Character.isUpperCase(c)) {
          f |= CAP;
          // "LSCB's" is still an abbreviation
          int possessive = i - b > 2 && (s[i - 2] == '\'' || s[i - 2] == '\u2019')
              && s[i - 1] == 's' ? 1 : 0;
          if (letters - possessive >= 2 && uppers == letters - possessive) {
            f |= ALL_CAPS;
          }
        } else if (k == SMALL || c >= 128 && Character.isLowerCase(c)) {
          f |= LOWER;
        }
        if (sentence) {
          f |= SENTENCE_START;
        }
        if (i - b >= 2 && (s[i - 1] == 's' || s[i - 1] == 'S' || s[i - 1] >= 128 && Character.toLowerCase(s[i - 1]) == 's')
            && (s[i - 2] == '\'' || s[i - 2] == '\u2019')) {
          f |= POSSESSIVE;
        }
        if (ascii7) {
          f |= HASHED;
        }
        sentence = false;
        add(b, i, f);
        if (ascii7) {
          hashes[n - 1] = h;
        }
      } else {
        if (k == STOP || c == '\u2022') {
          // A full stop after a single capital letter (an initial) does not end a sentence.
          if (!(c == '.' && n > 0 && end[n - 1] == i && end[n - 1] - start[n - 1] == 1
              && Character.isUpperCase(s[i - 1]))) {
            sentence = true;
          }
        }
        i++;
      }
    }
  }

  private void add(int b, int e, int f) {
    if (n == start.length) {
      start = Arrays.copyOf(start, n * 2);
      end = Arrays.copyOf(end, n * 2);
      flags = Arrays.copyOf(flags, n * 2);
      hashes = Arrays.copyOf(hashes, n * 2);
      if (origin != null) {
        origin = Arrays.copyOf(origin, n * 2);
      }
    }
    if (origin != null) {
      origin[n] = -1;
    }
    start[n] = b;
    end[n] = e;
    flags[n] = f;
    n++;
  }

  /** Whether keys and word classes are read from the text's lower case (same length as the text). */
  boolean lowerKnown() {
    return lower != null;
  }

  /** Token i takes the key and base that token j of {@code from} has made (the same characters). */
  void carry(int i, Tokens from, int j) {
    if (keys[i] == null) {
      keys[i] = from.keys[j];
    }
    if (bases[i] == null) {
      bases[i] = from.bases[j];
    }
  }

  boolean is(int i, int flag) {
    return (flags[i] & flag) != 0;
  }

  /*
   * key and base are a read of their array, small enough for the compiler to inline at every call
   * (more than 35 bytes of code and most call sites call instead); the first making apart.
   */

  /** The token in lower case, apostrophes normalised. */
  String key(int i) {
    String k = keys[i];
    return k != null ? k : makeKey(i);
  }

  private String makeKey(int i) {
    String k = lower != null
        ? lower.substring(start[i], end[i])
        : text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
    if (k.indexOf('\u2019') >= 0) {
      k = k.replace('\u2019', '\'');
    }
    keys[i] = k;
    return k;
  }

  /** The key without a possessive {@code 's}. */
  String base(int i) {
    String b = bases[i];
    return b != null ? b : makeBase(i);
  }

  private String makeBase(int i) {
    String k = key(i);
    String b = (flags[i] & POSSESSIVE) != 0 ? k.substring(0, k.length() - 2) : k;
    bases[i] = b;
    return b;
  }

  /** The end of the token without a possessive {@code 's}. */
  int baseEnd(int i) {
    return (flags[i] & POSSESSIVE) != 0 ? end[i] - 2 : end[i];
  }

  /** Token i's word classes, of its key or of its base, read in place where the text allows. */
  long lookup(Vocab v, int i, boolean base) {
    if (lower != null) {
      // A word of the table keeps the table's string as its key (or base): equal to the one
      // key() or base() would make (lower case, apostrophes normalised), without a new string.
      if (base) {
        return v.mask(lower, start[i], end[i] - 2, bases, i);
      }
      return (flags[i] & HASHED) != 0
          ? v.mask(lower, start[i], end[i], keys, i, hashes[i])
          : v.mask(lower, start[i], end[i], keys, i);
    }
    return v.mask(base ? base(i) : key(i));
  }

  /** The token as written, without a possessive {@code 's}. */
  String raw(int i) {
    return text.substring(start[i], baseEnd(i));
  }

  /**
   * Whether the token has a capital after a small letter ("ThinkUKnow", "WhatsApp"), as brand
   * names do, but not as names such as McDonald, MacKenzie, DeShawn or LaToya do.
   */
  boolean isCamelCase(int i) {
    boolean seen = false;
    for (int j = start[i]; j < end[i]; j++) {
      char c = text.charAt(j);
      if (c >= 128) {
        return isCamelCaseSlow(i); // letters beyond ASCII: as written below
      }
      if (c >= 'a' && c <= 'z') {
        seen = true;
      } else if (c >= 'A' && c <= 'Z' && seen) {
        return isCamelCaseSlow(i);
      } else if (!(c >= 'A' && c <= 'Z')) {
        seen = false;
      }
    }
    return false; // no capital after a small letter
  }

  private boolean isCamelCaseSlow(int i) {
    String k = text.substring(start[i], end[i]);
    boolean seenLower = false;
    for (int j = 0; j < k.length(); j++) {
      char c = k.charAt(j);
      if (Character.isLowerCase(c)) {
        seenLower = true;
      } else if (Character.isUpperCase(c) && seenLower) {
        String head = k.substring(0, j).toLowerCase(Locale.ROOT);
        return !(head.equals("mc") || head.equals("mac") || head.equals("de") || head.equals("la")
            || head.equals("le") || head.equals("di") || head.equals("da") || head.equals("van")
            || head.equals("von") || head.equals("fitz") || head.equals("du") || head.equals("st"));
      } else if (!Character.isLetter(c)) {
        seenLower = false;
      }
    }
    return false;
  }

  int nextWord(int i) {
    return i + 1 < n ? i + 1 : -1;
  }

  int prevWord(int i) {
    return i - 1;
  }

  /** Whether anything but spaces stands between tokens {@code a} and {@code b} (a < b). */
  boolean gapHasPunctuation(int a, int b) {
    int e = end[a];
    // one space, the commonest gap, read here (small enough to inline); any other in the loop
    return (start[b] != e + 1 || text.charAt(e) != ' ') && gapHasPunctuationLoop(a, b);
  }

  private boolean gapHasPunctuationLoop(int a, int b) {
    for (int k = end[a]; k < start[b]; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #gapAfter}{@code (a)} equals {@code g}, without making the string. */
  boolean gapIs(int a, String g) {
    int b = end[a];
    int e = a + 1 < n ? start[a + 1] : text.length();
    if (e - b == 1 && text.charAt(b) == ' ') {
      return g.isEmpty(); // one space, the commonest gap: trimmed, nothing
    }
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e - b == g.length() && text.startsWith(g, b);
  }

  /**
   * What stands between tokens a and a + 1 (a + 1 < n) besides white space, as String.strip and
   * {@link #gapIs} take it: 0 for nothing, the character if it is one, else -1. Read in place,
   * without the gap's string.
   */
  int gapMark(int a) {
    int b = end[a];
    int e = start[a + 1];
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e == b ? 0 : e - b == 1 ? text.charAt(b) : -1;
  }

  /** The first character between tokens a and a + 1 (a + 1 < n) that is no white space, or 0. */
  int firstMark(int a) {
    for (int k = end[a]; k < start[a + 1]; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return text.charAt(k);
      }
    }
    return 0;
  }

  /** Whether exactly one space stands between tokens {@code a} and {@code b}. */
  boolean singleSpace(int a, int b) {
    return start[b] - end[a] == 1 && text.charAt(end[a]) == ' ';
  }

  /** The text between tokens {@code a} and {@code a + 1}, trimmed. */
  String gapAfter(int a) {
    int e = a + 1 < n ? start[a + 1] : text.length();
    return text.substring(end[a], e).strip();
  }

  /** The index of the token starting at {@code offset}, or -1. */
  int at(int offset) {
    int i = Arrays.binarySearch(start, 0, n, offset);
    return i >= 0 ? i : -1;
  }

  /** The index of the first token starting at or after {@code offset}. */
  int firstFrom(int offset) {
    int i = Arrays.binarySearch(start, 0, n, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** Splits a phrase into lower-case word tokens. */
  static String[] words(String phrase) {
    Tokens t = new Tokens(phrase);
    String[] out = new String[t.n];
    for (int i = 0; i < t.n; i++) {
      out[i] = t.key(i);
    }
    return out;
  }
}
