package org.evidencekit.anonymise.internal;

import java.util.function.BiConsumer;

/** The caller's own terms: phrases always removed (a respondent's name) and phrases kept. */
final class CallerTermsRule extends Rule {
  @Override
  String id() {
    return "term";
  }

  @Override
  void find(Doc d) {
    Terms terms = d.terms;
    if (terms == null || terms.isEmpty()) {
      return;
    }
    for (Terms.Term term : terms.remove()) {
      find(d, term.text(), term.caseSensitive(), (s, e) -> d.add(term.type(), s, e, 1.0, "term"));
    }
    for (String a : terms.allow()) {
      find(d, a, false, (s, e) -> d.allowed.add(new int[] {s, e}));
    }
  }

  private static void find(Doc d, String needle, boolean caseSensitive, BiConsumer<Integer, Integer> hit) {
    String hay = caseSensitive ? d.text : d.lower();
    String n = caseSensitive ? needle : Doc.lowerSameLength(needle);
    if (n.isBlank()) {
      return;
    }
    int from = 0;
    while ((from = hay.indexOf(n, from)) >= 0) {
      int e = from + n.length();
      if (d.standsAlone(from, e)) {
        hit.accept(from, e);
      }
      from = from + 1;
    }
  }
}
