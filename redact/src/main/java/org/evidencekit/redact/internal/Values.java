package org.evidencekit.redact.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values redacted from one document, matched wherever they appear as whole words (as written,
 * and in capitals), with any white space between their words. The same matcher finds every other
 * mention of a value before the document is changed, and any leftover in the self-check.
 *
 * <p>Matching is one pass over the text whatever the number of values: each value is filed under
 * its first word (a run of letters and digits), and only the values filed under a word that
 * starts at a position are tried there.
 */
public final class Values {
  private final Map<String, String> types = new LinkedHashMap<>();
  private Map<Integer, List<String>> byFirstWord;
  private Map<Character, List<String>> byFirstChar;

  /** Adds a value with its type (values under two characters are not matched on their own). */
  public void add(String value, String type) {
    String v = normalise(value);
    if (v.length() >= 2 && v.codePoints().anyMatch(Character::isLetterOrDigit)) {
      types.putIfAbsent(v, type);
      types.putIfAbsent(v.toUpperCase(Locale.ROOT), type);
      byFirstWord = null;
    }
  }

  public boolean isEmpty() {
    return types.isEmpty();
  }

  public int size() {
    return types.size();
  }

  static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean word(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  private void index() {
    if (byFirstWord != null) {
      return;
    }
    byFirstWord = new HashMap<>();
    byFirstChar = new HashMap<>();
    for (String v : types.keySet()) {
      int end = 0;
      while (end < v.length() && word(v.charAt(end))) {
        end++;
      }
      if (end > 0) {
        byFirstWord.computeIfAbsent(v.substring(0, end).hashCode(), k -> new ArrayList<>()).add(v);
      } else {
        byFirstChar.computeIfAbsent(v.charAt(0), k -> new ArrayList<>()).add(v);
      }
    }
    Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
    byFirstWord.values().forEach(l -> l.sort(longestFirst));
    byFirstChar.values().forEach(l -> l.sort(longestFirst));
  }

  /** Every whole-word mention of a value in {@code text}, as hits. */
  public List<Hit> find(CharSequence text) {
    List<Hit> out = new ArrayList<>();
    scan(text, out, false);
    return out;
  }

  /** Whether {@code text} mentions a value. */
  public boolean foundIn(CharSequence text) {
    return !types.isEmpty() && scan(text, null, true);
  }

  private boolean scan(CharSequence text, List<Hit> out, boolean first) {
    if (types.isEmpty()) {
      return false;
    }
    index();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean start = i == 0 || !word(text.charAt(i - 1));
      List<String> candidates = null;
      if (word(c)) {
        if (start) {
          // the first word's String hash, without making the String (match() checks every char)
          int h = c;
          int e = i + 1;
          while (e < n) {
            char d = text.charAt(e);
            if (!word(d)) {
              break;
            }
            h = 31 * h + d;
            e++;
          }
          candidates = byFirstWord.get(h);
        }
      } else if (!byFirstChar.isEmpty()) {
        candidates = byFirstChar.get(c);
      }
      int matched = -1;
      String value = null;
      if (candidates != null) {
        for (String v : candidates) {
          int end = match(text, i, v);
          if (end > 0) {
            matched = end;
            value = v;
            break;
          }
        }
      }
      if (matched > 0) {
        if (first) {
          return true;
        }
        out.add(new Hit(i, matched, types.getOrDefault(value, "REDACTED")));
        i = matched;
      } else {
        i++;
      }
    }
    return false;
  }

  /** The end of {@code v} matched at {@code at} (a space matching any white space), or -1. */
  private static int match(CharSequence text, int at, String v) {
    int t = at;
    int n = text.length();
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      if (c == ' ') {
        if (t >= n || !Character.isWhitespace(text.charAt(t))) {
          return -1;
        }
        while (t < n && Character.isWhitespace(text.charAt(t))) {
          t++;
        }
      } else {
        if (t >= n || text.charAt(t) != c) {
          return -1;
        }
        t++;
      }
    }
    if (word(v.charAt(v.length() - 1)) && t < n && word(text.charAt(t))) {
      return -1;
    }
    if (!word(v.charAt(0)) && at > 0 && word(text.charAt(at - 1)) && word(v.charAt(Math.min(1, v.length() - 1)))) {
      return -1;
    }
    return t;
  }

  @Override
  public String toString() {
    return "Values[" + types.size() + "]";
  }
}
