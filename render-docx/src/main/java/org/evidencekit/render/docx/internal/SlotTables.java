package org.evidencekit.render.docx.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.evidencekit.model.Questionnaire;

/**
 * The slot tables of the last few questionnaires read, by identity (a questionnaire is immutable,
 * and a reader is normally given the same instance again and again, as {@link PreparedCache} and
 * {@link BlankModels} expect). A table is immutable, so readers on many threads share it; only the
 * questionnaire is the key, never anything of a document. Thread-safe; a table is built outside
 * the lock.
 */
public final class SlotTables {
  private static final int CAPACITY = 8;
  private final Map<Key, SlotTable> map =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SlotTable> eldest) {
          return size() > CAPACITY;
        }
      };

  /** An empty cache. */
  public SlotTables() {}

  /** The table of a questionnaire: the one built for this very instance before, or a new one. */
  public SlotTable get(Questionnaire q) {
    Key key = new Key(q);
    synchronized (map) {
      SlotTable t = map.get(key);
      if (t != null) {
        return t;
      }
    }
    SlotTable made = SlotTable.of(q);
    synchronized (map) {
      SlotTable earlier = map.putIfAbsent(key, made);
      return earlier != null ? earlier : made;
    }
  }

  private static final class Key {
    final Questionnaire q;

    Key(Questionnaire q) {
      this.q = q;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && ((Key) o).q == q;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(q);
    }
  }
}
