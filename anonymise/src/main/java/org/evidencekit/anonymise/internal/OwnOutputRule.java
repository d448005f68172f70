package org.evidencekit.anonymise.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The anonymiser's own output ({@code [NAME]}, {@code [NAME:3f9a0c12de]}, pseudonyms such as
 * "Child A"): protected, so that anonymising again finds nothing new.
 */
final class OwnOutputRule extends Rule {
  private static final Pattern TAG = Pattern.compile("\\[[A-Z][A-Z_]*(?::[0-9a-f]{4,})?\\]");

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
      int e = d.look(TAG, from);
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
