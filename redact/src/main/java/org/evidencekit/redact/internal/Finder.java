package org.evidencekit.redact.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evidencekit.anonymise.KnownTerms;
import org.evidencekit.anonymise.PiiDetector;
import org.evidencekit.anonymise.spi.Span;

/**
 * Finds what to redact in a document's text units (paragraphs, pages, alt texts ...): the
 * detector's spans over all of them at once, then every other mention of each value found, and
 * the person's additions; minus what the person keeps. Extra units (hidden text, comments,
 * properties that are removed anyway) only contribute values.
 */
public final class Finder {
  private static final String SEPARATOR = "\n\n";

  private final PiiDetector detector;

  public Finder(PiiDetector detector) {
    this.detector = detector;
  }

  /** The hits of each unit of {@code units}, and the values found. */
  public Result find(List<String> units, List<String> extra, Decisions list, List<String> knownNames) {
    StringBuilder joined = new StringBuilder();
    int n = units.size() + extra.size();
    int[] starts = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        joined.append(SEPARATOR);
      }
      starts[i] = joined.length();
      joined.append(i < units.size() ? units.get(i) : extra.get(i - units.size()));
    }
    starts[n] = joined.length() + SEPARATOR.length();
    KnownTerms.Builder terms = KnownTerms.builder();
    list.keep().forEach(terms::keep);
    List<Span> spans = detector.detect(joined, terms.build());
    List<int[]> kept = Keep.intervals(joined, list.keep());

    Values values = new Values();
    for (Span s : spans) {
      if (!isKept(s.start(), s.end(), kept)) {
        values.add(joined.substring(s.start(), s.end()), s.type().tagName());
      }
    }
    for (String a : list.add()) {
      values.add(a, "REDACTED");
    }
    for (String name : knownNames) {
      values.add(name, "NAME");
    }
    List<Hit> all = new ArrayList<>();
    for (Span s : spans) {
      all.add(new Hit(s.start(), s.end(), s.type().tagName()));
    }
    all.addAll(values.find(joined));
    all.removeIf(h -> isKept(h.start(), h.end(), kept));
    all.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));

    List<List<Hit>> perUnit = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      perUnit.add(new ArrayList<>());
    }
    int unit = 0;
    for (Hit h : all) {
      while (unit < units.size() && h.start() >= starts[unit + 1]) {
        unit++;
      }
      for (int u = unit; u < units.size() && starts[u] < h.end(); u++) {
        int len = (u < n - 1 ? starts[u + 1] - SEPARATOR.length() : joined.length()) - starts[u];
        int s = Math.max(h.start(), starts[u]) - starts[u];
        int e = Math.min(h.end(), starts[u] + len) - starts[u];
        if (e > s) {
          add(perUnit.get(u), new Hit(s, e, h.type()));
        }
      }
    }
    return new Result(perUnit, values);
  }

  /** Adds a hit to hits sorted by start, merging it with one it overlaps. */
  private static void add(List<Hit> hits, Hit h) {
    if (!hits.isEmpty()) {
      Hit last = hits.get(hits.size() - 1);
      if (h.start() < last.end()) {
        hits.set(hits.size() - 1, new Hit(last.start(), Math.max(last.end(), h.end()), last.type()));
        return;
      }
    }
    hits.add(h);
  }

  private static boolean isKept(int start, int end, List<int[]> kept) {
    for (int[] k : kept) {
      if (k[0] <= start && end <= k[1]) {
        return true;
      }
    }
    return false;
  }

  /** The hits of each unit (sorted, not overlapping) and the values redacted. */
  public record Result(List<List<Hit>> hits, Values values) {
    public boolean any() {
      return hits.stream().anyMatch(h -> !h.isEmpty());
    }

    @Override
    public String toString() {
      return "Result[" + hits.size() + " units]";
    }
  }
}
