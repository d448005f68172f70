package org.evidencekit.anonymise.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * The anonymiser's own output ({@code [NAME]}, {@code [NAME:3f9a0c12de]}, pseudonyms such as
 * "Child A"): protected, so that anonymising again finds nothing new.
 */
final class OwnOutputRule extends Rule {
  /**
   * The tag of a replacement: the tag name of a type ({@code [NAME]}), with a keyed hash or not
   * ({@code [NAME:3f9a0c12de]}); {@link #tagEnd} reads it (a test checks that they agree). Only the
   * names the anonymiser writes: other capitals in brackets are the writer's ("HAMDIZ.X [AT]
   * EXAMPLE [DOT] COM", an email address written out in capitals), and are read as text.
   */
  static final Pattern TAG = Pattern.compile("\\[(?:" + String.join("|", tagNames()) + ")(?::[0-9a-f]{4,})?\\]");

  private static final java.util.Set<String> TAG_NAMES = new java.util.HashSet<>(tagNames());

  private static java.util.List<String> tagNames() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (EntityType type : EntityType.values()) {
      names.add(type.tagName());
    }
    return names;
  }

  /** The lower-case words of each pseudonym label of the engine, split once. */
  private final java.util.Map<String, String[]> labelWords;

  OwnOutputRule() {
    this(java.util.Set.of());
  }

  OwnOutputRule(java.util.Set<String> labels) {
    java.util.Map<String, String[]> m = new java.util.HashMap<>();
    for (String label : labels) {
      m.put(label, Tokens.words(label.toLowerCase(Locale.ROOT)));
    }
    this.labelWords = m;
  }

  @Override
  String id() {
    return "own-output";
  }

  @Override
  void find(Doc d) {
    String text = d.text;
    int from = 0;
    while ((from = text.indexOf('[', from)) >= 0) {
      int e = tagEnd(text, from);
      if (e > 0) {
        d.protectedRanges.add(new int[] {from, e});
        markCovered(d, from, e);
        from = e;
      } else {
        from++;
      }
    }
    if (d.pseudonymLabels.isEmpty()) {
      return;
    }
    Tokens t = d.t;
    for (int i = 0; i + 1 < t.n; i++) {
      if (t.is(i, Tokens.CAP) && !t.gapHasPunctuation(i, i + 1) && isCode(d, i + 1)) {
        for (String label : d.pseudonymLabels) {
          int li = matchesLabel(t, label, i);
          if (li >= 0) {
            d.protectedRanges.add(new int[] {t.start[li], t.end[i + 1]});
            markCovered(d, t.start[li], t.end[i + 1]);
            break;
          }
        }
      }
    }
  }

  /**
   * The end of the tag that starts at the '[' at {@code from}, or -1: what {@code d.look(TAG,
   * from)} gives (a match of {@link #TAG} anchored there, within 80 characters), read by hand
   * instead of with a matcher. The expression cannot backtrack into another match: [A-Z_]* and
   * [0-9a-f]{4,} are followed by a character they do not contain (':' or ']'), and without a
   * whole ":hex" group the ']' must come where the ':' stands.
   */
  static int tagEnd(String text, int from) {
    int max = Math.min(text.length(), from + 80);
    int i = from + 1;
    if (i >= max || !upper(text.charAt(i))) {
      return -1;
    }
    i++;
    while (i < max && (upper(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    if (!TAG_NAMES.contains(text.substring(from + 1, i))) {
      return -1; // no tag the anonymiser writes ("[AT]")
    }
    if (i < max && text.charAt(i) == ':') {
      int h = i + 1;
      while (h < max && hex(text.charAt(h))) {
        h++;
      }
      if (h - (i + 1) >= 4 && h < max && text.charAt(h) == ']') {
        return h + 1;
      }
      return -1;
    }
    return i < max && text.charAt(i) == ']' ? i + 1 : -1;
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean hex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
  }

  private static void markCovered(Doc d, int s, int e) {
    Tokens t = d.t;
    for (int k = t.firstFrom(s); k < t.n && t.start[k] < e; k++) {
      d.covered[k] = true;
      d.kept[k] = true;
    }
  }

  private static boolean isCode(Doc d, int j) {
    Tokens t = d.t;
    int len = t.end[j] - t.start[j];
    if (len > 2) {
      return false;
    }
    for (int k = t.start[j]; k < t.end[j]; k++) {
      char ch = d.text.charAt(k);
      if (!(ch >= 'A' && ch <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** If the label's words end at token i, the index of its first token; else -1. */
  private int matchesLabel(Tokens t, String label, int i) {
    String[] w = labelWords.get(label);
    if (w == null) {
      w = Tokens.words(label.toLowerCase(Locale.ROOT));
    }
    int first = i - w.length + 1;
    if (first < 0) {
      return -1;
    }
    for (int k = 0; k < w.length; k++) {
      if (!t.key(first + k).equals(w[k])) {
        return -1;
      }
    }
    return first;
  }
}
