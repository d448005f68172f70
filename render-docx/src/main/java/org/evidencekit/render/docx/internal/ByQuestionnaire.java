package org.evidencekit.render.docx.internal;

import com.google.common.base.Throwables;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.ExecutionError;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.evidencekit.model.Questionnaire;

/**
 * What is made once for each of the last few questionnaires used (a prepared form, a slot table, a
 * blank model), by identity: a questionnaire is immutable, and the same instance is normally
 * rendered or read again and again. Guava's cache with weak keys, which compares keys by identity
 * and lets a questionnaire no one holds any more go. Only the questionnaire is the key, never
 * anything of a document. Thread-safe; a value is made once, whatever threads ask for it at once.
 */
public final class ByQuestionnaire<V> {
  private final Cache<Questionnaire, V> cache;

  public ByQuestionnaire(int capacity) {
    this.cache = CacheBuilder.newBuilder().weakKeys().maximumSize(capacity).build();
  }

  /** The value made for this very questionnaire before, or the one {@code make} makes now. */
  public V get(Questionnaire q, Supplier<V> make) {
    try {
      return cache.get(q, make::get);
    } catch (UncheckedExecutionException | ExecutionError | ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause()); // what making it threw, as it threw it
      throw new IllegalStateException(e.getCause());
    }
  }
}
