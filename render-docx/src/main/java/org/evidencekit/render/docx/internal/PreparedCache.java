package org.evidencekit.render.docx.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.evidencekit.model.Questionnaire;

/**
 * The last few questionnaires prepared, by identity (a questionnaire is immutable, and the same
 * instance is normally rendered again and again). Thread-safe; preparing happens outside the lock.
 */
public final class PreparedCache {
  private final int capacity;
  private final int level;
  private final Map<Key, Prepared> map;

  public PreparedCache(int capacity, int level) {
    this.capacity = capacity;
    this.level = level;
    this.map =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Prepared> eldest) {
            return size() > PreparedCache.this.capacity;
          }
        };
  }

  public Prepared get(Questionnaire q) {
    Key key = new Key(q);
    synchronized (map) {
      Prepared p = map.get(key);
      if (p != null) {
        return p;
      }
    }
    Prepared p = new Prepared(q, level);
    synchronized (map) {
      Prepared earlier = map.putIfAbsent(key, p);
      return earlier != null ? earlier : p;
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
