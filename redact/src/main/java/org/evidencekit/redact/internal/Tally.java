package org.evidencekit.redact.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts findings by what and where, in the order first seen. */
public final class Tally {
  /** One line of the report. */
  public record Entry(String what, String where, int count) {}

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

  public List<Entry> removed() {
    return list(removed);
  }

  public List<Entry> notChecked() {
    return list(notChecked);
  }

  public List<Entry> needsPerson() {
    return list(needsPerson);
  }

  private static List<Entry> list(Map<List<String>, Integer> m) {
    List<Entry> out = new ArrayList<>();
    m.forEach((k, n) -> out.add(new Entry(k.get(0), k.get(1), n)));
    return out;
  }
}
