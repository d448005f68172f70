package org.evidencekit.anonymise.internal;

import java.util.List;
import org.evidencekit.anonymise.spi.EntityType;

/** Caller's terms for one call: text always removed, and text kept (never for initials/DOB). */
public interface Terms {
  /** A phrase to remove wherever it stands as whole words. */
  record Term(EntityType type, String text, boolean caseSensitive) {}

  List<Term> remove();

  List<String> allow();

  default boolean isEmpty() {
    return remove().isEmpty() && allow().isEmpty();
  }

  Terms NONE = new Terms() {
    @Override
    public List<Term> remove() {
      return List.of();
    }

    @Override
    public List<String> allow() {
      return List.of();
    }
  };
}
