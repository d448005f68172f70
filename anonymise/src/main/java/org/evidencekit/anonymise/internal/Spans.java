package org.evidencekit.anonymise.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evidencekit.anonymise.spi.Span;

/** Overlap resolution: protected and allowed text first, then overlapping spans merged. */
final class Spans {
  private static final Comparator<Span> BY_START =
      Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed());

  private Spans() {}

  /**
   * Drops spans that touch protected text (the anonymiser's own replacements) or lie inside
   * allowed text, then merges overlapping spans into one covering both (where unsure, remove):
   * the merged span takes the type, rule and score of the higher-scoring one (the longer on a
   * tie).
   */
  static List<Span> resolve(List<Span> found, List<int[]> protectedRanges, List<int[]> allowed) {
    List<Span> in = new ArrayList<>(found.size());
    outer:
    for (Span s : found) {
      for (int[] p : protectedRanges) {
        if (s.start() < p[1] && p[0] < s.end()) {
          continue outer;
        }
      }
      for (int[] a : allowed) {
        if (a[0] <= s.start() && s.end() <= a[1] && allowable(s)) {
          continue outer;
        }
      }
      in.add(s);
    }
    in.sort(BY_START);
    List<Span> out = new ArrayList<>(in.size());
    Span cur = null;
    for (Span s : in) {
      if (cur == null) {
        cur = s;
      } else if (s.start() < cur.end()) {
        Span best = better(cur, s);
        cur = new Span(best.type(), cur.start(), Math.max(cur.end(), s.end()), best.score(), best.rule());
      } else {
        out.add(cur);
        cur = s;
      }
    }
    if (cur != null) {
      out.add(cur);
    }
    return out;
  }

  private static boolean allowable(Span s) {
    switch (s.type()) {
      case PERSON:
      case ORGANISATION:
      case EMAIL:
      case PHONE:
      case SCHOOL:
      case ADDRESS:
      case POSTCODE:
        return true;
      default:
        return false; // initials and dates of birth are never published
    }
  }

  private static Span better(Span a, Span b) {
    if (a.score() != b.score()) {
      return a.score() > b.score() ? a : b;
    }
    return a.length() >= b.length() ? a : b;
  }
}
