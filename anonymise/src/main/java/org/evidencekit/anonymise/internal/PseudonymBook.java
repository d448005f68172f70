package org.evidencekit.anonymise.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Consistent pseudonyms for one document or batch: the same detail gets the same pseudonym; a
 * single name that is part of a fuller name seen before ("Jasmine" after "Jasmine Boateng") gets
 * that person's. Not thread-safe: callers synchronise.
 */
public final class PseudonymBook {
  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();
  private final Map<String, List<String[]>> people = new HashMap<>();

  /** The pseudonym of {@code original} of this type under this label. */
  public String pseudonym(EntityType type, String label, String original) {
    String norm = normalise(original);
    String key = label + "\u0000" + norm;
    String known = byKey.get(key);
    if (known != null) {
      return known;
    }
    if (type == EntityType.PERSON || type == EntityType.INITIALS) {
      String[] parts = norm.split(" ");
      for (String[] person : people.getOrDefault(label, List.of())) {
        if (sharesName(person, parts)) {
          String p = byKey.get(label + "\u0000" + String.join(" ", person));
          byKey.put(key, p);
          return p;
        }
      }
    }
    int n = counters.merge(label, 1, Integer::sum);
    String p = label + " " + code(n);
    byKey.put(key, p);
    if (type == EntityType.PERSON || type == EntityType.INITIALS) {
      people.computeIfAbsent(label, k -> new ArrayList<>()).add(norm.split(" "));
    }
    return p;
  }

  private static boolean sharesName(String[] known, String[] mention) {
    if (mention.length == 1 && known.length > 1) {
      return mention[0].equals(known[0]) || mention[0].equals(known[known.length - 1]);
    }
    if (known.length == 1 && mention.length > 1) {
      return known[0].equals(mention[0]) || known[0].equals(mention[mention.length - 1]);
    }
    return false;
  }

  /** A, B, ... Z, AA, AB ... */
  static String code(int n) {
    StringBuilder sb = new StringBuilder();
    while (n > 0) {
      n--;
      sb.insert(0, (char) ('A' + n % 26));
      n /= 26;
    }
    return sb.toString();
  }

  /** Lower case, accents and punctuation dropped, spaces single. */
  public static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    n = n.toLowerCase(Locale.ROOT).replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}@]+", " ").strip();
    return n;
  }
}
