package org.evidencekit.render.docx.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The blank forms a reader compares documents with, made once for the last few questionnaires
 * read (by identity, as {@link PreparedCache} keeps them). A model is never changed once made, so
 * readers on many threads share it. Thread-safe.
 */
public final class BlankModels {
  private static final int CAPACITY = 8;
  private final Map<Key, DocModel> map =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, DocModel> eldest) {
          return size() > CAPACITY;
        }
      };

  /** An empty cache. */
  public BlankModels() {}

  DocModel get(SlotTable table, boolean printed) {
    Key key = new Key(table.questionnaire(), printed);
    synchronized (map) {
      DocModel m = map.get(key);
      if (m != null) {
        return m;
      }
    }
    DocModel made = FormReading.blankModel(table, printed);
    synchronized (map) {
      map.putIfAbsent(key, made);
      return map.get(key);
    }
  }

  private static final class Key {
    final Object questionnaire;
    final boolean printed;

    Key(Object questionnaire, boolean printed) {
      this.questionnaire = questionnaire;
      this.printed = printed;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && ((Key) o).questionnaire == questionnaire && ((Key) o).printed == printed;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(questionnaire) * 31 + (printed ? 1 : 0);
    }
  }
}
