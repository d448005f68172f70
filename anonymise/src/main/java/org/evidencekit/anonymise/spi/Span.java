package org.evidencekit.anonymise.spi;

import java.util.Objects;

/**
 * A personal detail found in a text: its type, where it is ({@code start} inclusive, {@code end}
 * exclusive, in UTF-16 chars of the text searched), how sure the finder is (0 to 1) and the name
 * of the rule that found it. A span holds no text, so it is safe to log.
 */
public record Span(EntityType type, int start, int end, double score, String rule) {
  public Span {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rule, "rule");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("A span needs 0 <= start < end, not " + start + ".." + end);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("A span's score is between 0 and 1, not " + score);
    }
  }

  /** The number of chars covered. */
  public int length() {
    return end - start;
  }

  /** Whether the two spans share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether this span covers all of the other. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
