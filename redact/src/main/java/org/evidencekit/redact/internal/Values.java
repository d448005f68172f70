package org.evidencekit.redact.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values redacted from one document, matched wherever they appear as whole words (as written,
 * and in capitals), with any white space between their words. The same matcher finds every other
 * mention of a value before the document is changed, and any leftover in the self-check.
 */
public final class Values {
  private final Map<String, String> types = new LinkedHashMap<>();
  private Pattern pattern;

  /** Adds a value with its type (values under two characters are not matched on their own). */
  public void add(String value, String type) {
    String v = normalise(value);
    if (v.length() >= 2 && v.codePoints().anyMatch(Character::isLetterOrDigit)) {
      types.putIfAbsent(v, type);
      types.putIfAbsent(v.toUpperCase(Locale.ROOT), type);
      pattern = null;
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

  private Pattern pattern() {
    if (pattern == null) {
      List<String> vs = new ArrayList<>(types.keySet());
      vs.sort(Comparator.comparingInt(String::length).reversed());
      StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
      for (int i = 0; i < vs.size(); i++) {
        if (i > 0) {
          b.append('|');
        }
        String[] words = vs.get(i).split(" ");
        for (int w = 0; w < words.length; w++) {
          if (w > 0) {
            b.append("\\s+");
          }
          b.append(Pattern.quote(words[w]));
        }
      }
      b.append(")(?![\\p{L}\\p{N}])");
      pattern = Pattern.compile(b.toString());
    }
    return pattern;
  }

  /** Every whole-word mention of a value in {@code text}, as hits. */
  public List<Hit> find(CharSequence text) {
    List<Hit> out = new ArrayList<>();
    if (types.isEmpty()) {
      return out;
    }
    Matcher m = pattern().matcher(text);
    while (m.find()) {
      String type = types.getOrDefault(normalise(m.group()), "REDACTED");
      out.add(new Hit(m.start(), m.end(), type));
    }
    return out;
  }

  /** Whether {@code text} mentions a value. */
  public boolean foundIn(CharSequence text) {
    return !types.isEmpty() && pattern().matcher(text).find();
  }

  @Override
  public String toString() {
    return "Values[" + types.size() + "]";
  }
}
