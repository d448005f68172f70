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

  final String text;
  int n;
  int[] start = new int[64];
  int[] end = new int[64];
  int[] flags = new int[64];
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
      last = p.end[j] - delta;
      j++;
    }
    copyFrom = j;
    return last;
  }

  private void scan() {
    String s = text;
    int len = s.length();
    int i = 0;
    boolean sentence = true;
    while (i < len) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++; // the commonest character between tokens
        continue;
      }
      if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
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
        boolean digits = true;
        while (i < len) {
          char d = s.charAt(i);
          if (d < 128) { // ASCII, the usual case: the same tests without Character's tables
            if (d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z') {
              f |= LETTER;
              letters++;
              digits = false;
              if (d <= 'Z') {
                uppers++;
              }
              i++;
              continue;
            }
            if (d >= '0' && d <= '9') {
              f |= DIGIT;
              i++;
              continue;
            }
            if (!(d == '\'' || d == '-')) {
              break;
            }
          }
          if (Character.isLetter(d)) {
            f |= LETTER;
            letters++;
            digits = false;
            if (Character.isUpperCase(d)) {
              uppers++;
            }
            i++;
          } else if (Character.isDigit(d)) {
            f |= DIGIT;
            i++;
          } else if (Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if ((d == '\'' || d == '\u2019' || d == '-')
              && i + 1 < len
              && Character.isLetter(s.charAt(i + 1))
              && i > b
              && Character.isLetter(s.charAt(i - 1))) {
            i++;
          } else {
            break;
          }
        }
        if (digits) {
          f |= ALL_DIGITS;
        }
        if (Character.isUpperCase(c)) {
          f |= CAP;
          // "LSCB's" is still an abbreviation
          int possessive = i - b > 2 && (s.charAt(i - 2) == '\'' || s.charAt(i - 2) == '\u2019')
              && s.charAt(i - 1) == 's' ? 1 : 0;
          if (letters - possessive >= 2 && uppers == letters - possessive) {
            f |= ALL_CAPS;
          }
        } else if (Character.isLowerCase(c)) {
          f |= LOWER;
        }
        if (sentence) {
          f |= SENTENCE_START;
        }
        if (i - b >= 2 && Character.toLowerCase(s.charAt(i - 1)) == 's'
            && (s.charAt(i - 2) == '\'' || s.charAt(i - 2) == '\u2019')) {
          f |= POSSESSIVE;
        }
        sentence = false;
        add(b, i, f);
      } else {
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\r' || c == ';'
            || c == '\u2022') {
          // A full stop after a single capital letter (an initial) does not end a sentence.
          if (!(c == '.' && n > 0 && end[n - 1] == i && end[n - 1] - start[n - 1] == 1
              && Character.isUpperCase(s.charAt(i - 1)))) {
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

  /** The token in lower case, apostrophes normalised. */
  String key(int i) {
    String k = keys[i];
    if (k == null) {
      k = lower != null
          ? lower.substring(start[i], end[i])
          : text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
      if (k.indexOf('\u2019') >= 0) {
        k = k.replace('\u2019', '\'');
      }
      keys[i] = k;
    }
    return k;
  }

  /** The key without a possessive {@code 's}. */
  String base(int i) {
    String b = bases[i];
    if (b == null) {
      String k = key(i);
      b = (flags[i] & POSSESSIVE) != 0 ? k.substring(0, k.length() - 2) : k;
      bases[i] = b;
    }
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
      return base
          ? v.mask(lower, start[i], end[i] - 2, bases, i)
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
