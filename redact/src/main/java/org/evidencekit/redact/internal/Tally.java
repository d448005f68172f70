package org.evidencekit.redact.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencekit.redact.DocumentType;
import org.evidencekit.redact.Finding;
import org.evidencekit.redact.RedactionReport;

/** Counts findings by what and where, in the order first seen, and makes the report. */
final class Tally {
  private final Map<List<String>, Integer> removed = new LinkedHashMap<>();
  private final Map<List<String>, Integer> notChecked = new LinkedHashMap<>();
  private final Map<List<String>, Integer> needsPerson = new LinkedHashMap<>();

  void removed(String what, String where) {
    removed.merge(List.of(what, where), 1, Integer::sum);
  }

  void removed(String what, String where, int n) {
    if (n > 0) {
      removed.merge(List.of(what, where), n, Integer::sum);
    }
  }

  void notChecked(String what, String where) {
    notChecked.merge(List.of(what, where), 1, Integer::sum);
  }

  void needsPerson(String what, String where) {
    needsPerson.merge(List.of(what, where), 1, Integer::sum);
  }

  RedactionReport report(DocumentType type) {
    return new RedactionReport(type, list(removed), list(notChecked), list(needsPerson));
  }

  private static List<Finding> list(Map<List<String>, Integer> m) {
    List<Finding> out = new ArrayList<>();
    m.forEach((k, n) -> out.add(new Finding(k.get(0), k.get(1), n)));
    return out;
  }
}
