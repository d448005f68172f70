package org.evidencekit.anonymise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;
import org.evidencekit.anonymise.spi.Span;

/**
 * The per-call state of one detection: the text, its lower-case form and word tokens, the spans
 * found so far and the tokens they cover, the tokens kept as places or organisations, the ranges
 * that are protected (the anonymiser's own output) or allowed (the caller's kept terms). Not
 * thread-safe: one per call.
 */
final class Doc {
  final String text;
  final String lower;
  final Tokens t;
  final Lexicon lex;
  final Terms terms;
  final Set<String> pseudonymLabels;
  final List<Span> spans = new ArrayList<>();
  final List<int[]> protectedRanges = new ArrayList<>();
  final List<int[]> allowed = new ArrayList<>();
  final boolean[] covered;
  final boolean[] kept;
  /**
   * Whether the text has a digit (Character.isDigit, so 0-9 too): every such character stands in
   * a token, flagged {@link Tokens#DIGIT}. A rule whose every finding holds a digit returns at once
   * without one (half of the second looks: the replacements took the digits).
   */
  final boolean digits;
  /**
   * Every word class that some token of the text has, of its key or of its base (the OR of their
   * masks): a rule whose every finding needs a token of a class (a street word, a school's head
   * word) skips a text where no token has it, see {@link Rule#mayFind}.
   */
  final long classes;
  /**
   * Matchers are reused across the calls of one thread (a matcher per pattern, reset to the text
   * of the Doc that uses it): making one per pattern per text cost more than the matching.
   */
  private static final ThreadLocal<Matchers> MATCHERS = ThreadLocal.withInitial(Matchers::new);

  /** A thread's matcher of one pattern and the Doc whose text it is reset to. */
  private static final class Slot {
    Matcher matcher;
    Doc owner;
  }

  /**
   * A thread's slots by pattern (the same object, compared by identity), in open addressing on
   * the hash of the pattern's text, at most a quarter full. Not an IdentityHashMap: identity
   * hashes differ from run to run, and so did that map's collisions, with the lookup taking 1 %
   * of the time in one run and 4 % in the next; a pattern's text hashes the same in every run.
   */
  private static final class Matchers {
    private Pattern[] keys = new Pattern[128];
    private Slot[] slots = new Slot[128];
    private int size;

    Slot get(Pattern p) {
      Pattern[] k = keys;
      int mask = k.length - 1;
      int i = index(p, mask);
      Pattern q;
      while ((q = k[i]) != null) {
        if (q == p) {
          return slots[i];
        }
        i = (i + 1) & mask;
      }
      return null;
    }

    /** Adds the slot of a pattern that has none. */
    void put(Pattern p, Slot slot) {
      if (4 * (size + 1) > keys.length) {
        Pattern[] ok = keys;
        Slot[] os = slots;
        keys = new Pattern[ok.length * 2];
        slots = new Slot[ok.length * 2];
        size = 0;
        for (int i = 0; i < ok.length; i++) {
          if (ok[i] != null) {
            put(ok[i], os[i]);
          }
        }
      }
      int mask = keys.length - 1;
      int i = index(p, mask);
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = p;
      slots[i] = slot;
      size++;
    }

    private static int index(Pattern p, int mask) {
      int h = p.pattern().hashCode() + p.flags();
      return (h ^ (h >>> 16)) & mask;
    }
  }

  private final Matchers matchers = MATCHERS.get();

  Doc(String text, Terms terms, Lexicon lex, Set<String> pseudonymLabels) {
    this(text, terms, lex, pseudonymLabels, null, null);
  }

  /**
   * A Doc of {@code text}, which is {@code prev}'s text with the input ranges of {@code edits}
   * replaced (the anonymiser's output, read again for its second look); with {@code prev} null,
   * a fresh reading. The text is tokenised afresh, but a token that stands in text the edits did
   * not change, with the same lower-case characters as the token at the same place of {@code
   * prev}, takes that token's word classes, key and per-token answers instead of looking them up
   * again: each is a function of the token's characters alone (its text, its lower case, whether
   * it ends in 's). A property test checks that such a Doc equals a fresh one.
   */
  Doc(String text, Terms terms, Lexicon lex, Set<String> pseudonymLabels, Doc prev, Edits edits) {
    this.text = text;
    this.lower = lowerSameLength(text);
    this.t = new Tokens(text, lower, prev != null ? prev.t : null, edits);
    this.lex = lex;
    this.terms = terms;
    this.pseudonymLabels = pseudonymLabels;
    this.covered = new boolean[t.n];
    this.kept = new boolean[t.n];
    // Every token's word classes, looked up once (nearly every token is asked about).
    Vocab vocab = lex.vocab();
    int n = t.n;
    long[] m = new long[n];
    int[] from = prev != null ? carried(prev) : null;
    int any = 0;
    long cls = 0;
    for (int i = 0; i < n; i++) {
      int j = from != null ? from[i] : -1;
      m[i] = j >= 0 ? prev.masks[j] : t.lookup(vocab, i, false);
      cls |= m[i];
      any |= t.flags[i];
    }
    boolean possessive = (any & Tokens.POSSESSIVE) != 0;
    this.digits = (any & Tokens.DIGIT) != 0;
    long[] bm = m;
    if (possessive) {
      bm = m.clone();
      for (int i = 0; i < n; i++) {
        if (t.is(i, Tokens.POSSESSIVE)) {
          int j = from != null ? from[i] : -1;
          bm[i] = j >= 0 ? prev.baseMasks[j] : t.lookup(vocab, i, true);
          cls |= bm[i];
        }
      }
    }
    this.classes = cls;
    this.masks = m;
    this.baseMasks = bm;
    acronymAt = new byte[n];
    wordishAt = new byte[n];
    nameWordAt = new byte[n];
    if (from != null) {
      // The per-token answers made so far (0: not yet asked).
      byte[] pa = prev.acronymAt;
      byte[] pw = prev.wordishAt;
      byte[] pn = prev.nameWordAt;
      for (int i = 0; i < n; i++) {
        int j = from[i];
        if (j >= 0) {
          t.carry(i, prev.t, j);
          acronymAt[i] = pa[j];
          wordishAt[i] = pw[j];
          nameWordAt[i] = pn[j];
        }
      }
    }
  }

  /**
   * Replacements of a text: input range [inStart[k], inEnd[k]) became output range
   * [outStart[k], outEnd[k]), in order, not overlapping.
   */
  static final class Edits {
    final int[] inStart;
    final int[] inEnd;
    final int[] outStart;
    final int[] outEnd;

    Edits(int[] inStart, int[] inEnd, int[] outStart, int[] outEnd) {
      this.inStart = inStart;
      this.inEnd = inEnd;
      this.outStart = outStart;
      this.outEnd = outEnd;
    }
  }

  /**
   * For each token of this Doc, the index of the token of {@code prev} it can take its answers
   * from, or -1: the token was copied from {@code prev} (it stands in text the edits did not
   * change, see {@link Tokens#copy}), both texts have a lower case of their own length (so the
   * word classes were read from it) and the lower-case characters agree (a lower case can depend
   * on letters around a token, as a Greek final sigma does). The origins are overwritten.
   */
  private int[] carried(Doc prev) {
    int[] from = t.origin;
    if (!t.lowerKnown() || !prev.t.lowerKnown()) {
      java.util.Arrays.fill(from, -1);
      return from;
    }
    Tokens p = prev.t;
    for (int i = 0; i < t.n; i++) {
      int j = from[i];
      if (j >= 0 && !lower.regionMatches(t.start[i], prev.lower, p.start[j], t.end[i] - t.start[i])) {
        from[i] = -1;
      }
    }
    return from;
  }

  int length() {
    return text.length();
  }

  char at(int i) {
    return text.charAt(i);
  }

  /** Lower-case text, char by char, so offsets agree with the text's. */
  String lower() {
    return lower;
  }

  static String lowerSameLength(String text) {
    String low = text.toLowerCase(Locale.ROOT);
    if (low.length() == text.length()) {
      return low;
    }
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  void add(EntityType type, int s, int e, double score, String rule) {
    if (e <= s) {
      return;
    }
    spans.add(new Span(type, s, e, Math.min(1, score), rule));
    int i = t.firstFrom(s);
    int k = i > 0 ? i - 1 : 0;
    for (; k < t.n && t.start[k] < e; k++) {
      if (t.end[k] > s) {
        covered[k] = true;
      }
    }
  }

  /** Marks tokens {@code from..to} (inclusive) as kept: a place, an organisation, an Act. */
  void keep(int from, int to) {
    for (int k = from; k <= to && k < t.n; k++) {
      kept[k] = true;
    }
  }

  /** Whether a span found so far covers token {@code i}. */
  boolean covered(int i) {
    return covered[i];
  }

  /** Runs {@code p} anchored at {@code pos}; the end of the match, or -1. */
  int look(Pattern p, int pos) {
    return look(p, pos, 80);
  }

  int look(Pattern p, int pos, int max) {
    Slot slot = lastSlot;
    if (p != lastPattern || slot.owner != this) {
      slot = slot(p);
    }
    Matcher mm = slot.matcher;
    mm.region(pos, Math.min(text.length(), pos + max));
    return mm.lookingAt() ? mm.end() : -1;
  }

  /** The last pattern {@link #look} ran and its slot (rules mostly look with one pattern in turn). */
  private Pattern lastPattern;

  private Slot lastSlot;

  private Slot slot(Pattern p) {
    Slot slot = matchers.get(p);
    if (slot == null) {
      slot = new Slot();
      slot.matcher = p.matcher(text);
      slot.matcher.useTransparentBounds(true);
      slot.matcher.useAnchoringBounds(false);
      slot.owner = this;
      matchers.put(p, slot);
    } else if (slot.owner != this) {
      slot.matcher.reset(text);
      slot.owner = this;
    }
    lastPattern = p;
    lastSlot = slot;
    return slot;
  }

  /** The matcher last used by {@link #look} for {@code p} (to read its groups). */
  Matcher matcher(Pattern p) {
    return matchers.get(p).matcher;
  }

  /** Lower-case text of up to {@code chars} before {@code pos}, within the line. */
  String before(int pos, int chars) {
    int b = Math.max(0, pos - chars);
    String s = lower().substring(b, pos);
    int nl = s.lastIndexOf('\n');
    return nl >= 0 ? s.substring(nl + 1) : s;
  }

  /** Lower-case text of up to {@code chars} after {@code pos}, within the line. */
  String after(int pos, int chars) {
    String s = lower().substring(pos, Math.min(text.length(), pos + chars));
    int nl = s.indexOf('\n');
    return nl >= 0 ? s.substring(0, nl) : s;
  }

  /** Whether one of the {@code n} words before token {@code i} is in the set. */
  boolean wordBefore(int i, Set<String> words, int n) {
    for (int k = i - 1; k >= 0 && k >= i - n; k--) {
      if (words.contains(t.key(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the {@code n} words after token {@code i} is in the set. */
  boolean wordAfter(int i, Set<String> words, int n) {
    for (int k = i + 1; k < t.n && k <= i + n; k++) {
      if (words.contains(t.key(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of a cue word before token {@code i}, reached back over at most {@code max} link
   * words ("passport number is", "sort code:") with nothing but spaces, colons, commas, hyphens,
   * hashes or an opening bracket between; -1 if there is none.
   */
  int cueBefore(int i, Set<String> cues, Set<String> links, int max) {
    int steps = 0;
    for (int k = i - 1; k >= 0; k--) {
      String g = t.gapAfter(k);
      if (!(g.isEmpty() || g.equals(":") || g.equals(",") || g.equals("-") || g.equals("\u2013") || g.equals("#")
          || g.equals("(") || g.equals(".") || g.equals(":-") || g.equals("=") || g.equals(".:") || g.equals("/")
          || g.equals(", (") || g.equals("#:"))) {
        return -1;
      }
      String kk = t.key(k);
      if (cues.contains(kk)) {
        return k;
      }
      if (!links.contains(kk) && !links.contains(t.base(k)) || ++steps > max) {
        return -1;
      }
    }
    return -1;
  }

  /** The key of token {@code i}, or "" outside the text. */
  String key(int i) {
    return i >= 0 && i < t.n ? t.key(i) : "";
  }

  /** The key of the token before {@code i} when only spaces stand between them, else "". */
  String prevKey(int i) {
    return i > 0 && !t.gapHasPunctuation(i - 1, i) ? t.key(i - 1) : "";
  }

  /** The key of the token after {@code i} when only spaces stand between them, else "". */
  String nextKey(int i) {
    return i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) ? t.key(i + 1) : "";
  }

  boolean hasDigit(int s, int e) {
    for (int k = s; k < e; k++) {
      if (Character.isDigit(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  int digitCount(int s, int e) {
    int c = 0;
    for (int k = s; k < e; k++) {
      if (Character.isDigit(text.charAt(k))) {
        c++;
      }
    }
    return c;
  }

  String digits(int s, int e) {
    StringBuilder sb = new StringBuilder(e - s);
    for (int k = s; k < e; k++) {
      char ch = text.charAt(k);
      if (Character.isDigit(ch)) {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** Whether the text at {@code s..e} is free of letters and digits right outside it. */
  boolean standsAlone(int s, int e) {
    return (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
        && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
  }

  /** Whether a span of this type covers offset {@code at}. */
  boolean spanAt(EntityType type, int at) {
    for (Span sp : spans) {
      if (sp.type() == type && sp.start() <= at && at < sp.end()) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- word knowledge

  private final long[] masks;
  private final long[] baseMasks;

  /** The word classes of token i's key (see {@link Vocab}). */
  long mask(int i) {
    return masks[i];
  }

  /** The word classes of token i's key without a possessive 's. */
  long baseMask(int i) {
    return baseMasks[i];
  }

  /** Whether token i's key is of the class ({@link Vocab} bit); false outside the text. */
  boolean has(int i, int bit) {
    return i >= 0 && i < masks.length && (masks[i] & 1L << bit) != 0;
  }

  /** Whether some token of the text, its key or its base, is of the class. */
  boolean anyHas(int bit) {
    return (classes & 1L << bit) != 0;
  }

  /** Whether token i's base (no possessive 's) is of the class. */
  boolean hasBase(int i, int bit) {
    return i >= 0 && i < baseMasks.length && (baseMasks[i] & 1L << bit) != 0;
  }

  /*
   * The per-token answers, computed once (0: not yet asked, 1: yes, 2: no). Each method below is
   * a read of its array, small enough for the compiler to inline at every call (a method of more
   * than 35 bytes of code is called, not inlined, from the many call sites it does not count as
   * hot), and the answer's first computation apart.
   */
  private final byte[] acronymAt;
  private final byte[] wordishAt;
  private final byte[] nameWordAt;

  /** Whether token i as written (no possessive 's) is a known abbreviation; computed once. */
  boolean acronym(int i) {
    byte b = acronymAt[i];
    return b != 0 ? b == 1 : acronymFirst(i);
  }

  private boolean acronymFirst(int i) {
    boolean maybe = !lex.vocab().acronymsAscii || hasBase(i, Vocab.ACRONYM);
    boolean yes = maybe && lex.acronyms.contains(t.raw(i));
    acronymAt[i] = yes ? (byte) 1 : (byte) 2;
    return yes;
  }

  /** {@link #isWordish} of token i's base, computed once. */
  boolean wordishAt(int i) {
    byte b = wordishAt[i];
    return b != 0 ? b == 1 : wordishFirst(i);
  }

  private boolean wordishFirst(int i) {
    boolean yes = hasBase(i, Vocab.WORD) || isWordish(t.base(i));
    wordishAt[i] = yes ? (byte) 1 : (byte) 2;
    return yes;
  }

  /** {@link #isNameWord} of token i's base, computed once. */
  boolean nameWordAt(int i) {
    byte b = nameWordAt[i];
    return b != 0 ? b == 1 : nameWordFirst(i);
  }

  private boolean nameWordFirst(int i) {
    boolean yes = (baseMask(i) & (1L << Vocab.FIRST_NAME | 1L << Vocab.SURNAME)) != 0
        || t.base(i).indexOf('-') > 0 && isNameWord(t.base(i));
    nameWordAt[i] = yes ? (byte) 1 : (byte) 2;
    return yes;
  }

  /** An ordinary English word, or a regular form of one. */
  boolean isWordish(String b) {
    if (lex.isWord(b) || lex.isDerivedWord(b, false)) {
      return true;
    }
    int h = b.indexOf('-');
    if (h > 0) {
      boolean allNames = true;
      for (String part : b.split("-")) {
        if (!lex.isWord(part)) {
          return false;
        }
        allNames &= lex.isFirstName(part) || lex.isSurname(part);
      }
      return !allNames; // "Destiny-Rose" is a name, "long-term" a word
    }
    return false;
  }

  /** A first name or surname of the lexicon (or a hyphenated one). */
  boolean isNameWord(String b) {
    if (lex.isFirstName(b) || lex.isSurname(b)) {
      return true;
    }
    int h = b.indexOf('-');
    if (h > 0) {
      boolean any = false;
      for (String part : b.split("-")) {
        if (lex.isFirstName(part) || lex.isSurname(part)) {
          any = true;
        } else if (lex.isWord(part)) {
          return false;
        }
      }
      return any;
    }
    return false;
  }

  /** A name and not an ordinary word. */
  boolean isClearName(String b) {
    return isNameWord(b) && !isWordish(b);
  }
}
