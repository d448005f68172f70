package org.evidencekit.anonymise.counts;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One published count: the value shown (absent when suppressed), why it is shown as it is, and
 * the text to print ("12", "fewer than 5", "[c]"). A suppressed cell never holds its value.
 */
public record PublishedCell(OptionalLong value, Status status, String display) {
  public PublishedCell {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(display, "display");
    if (value.isPresent() == (status == Status.SMALL || status == Status.SECONDARY || status == Status.WITHHELD)) {
      throw new IllegalArgumentException("A suppressed cell has no value; a shown cell has one");
    }
  }

  /** Why a cell is shown as it is. */
  public enum Status {
    /** Shown exactly. */
    SHOWN,
    /** Shown rounded to the base. */
    ROUNDED,
    /** A small count (1 to threshold - 1), suppressed. */
    SMALL,
    /** Suppressed so that a small count cannot be worked out from the totals. */
    SECONDARY,
    /**
     * The whole table is withheld: every count in it is so small that even "fewer than 5"
     * everywhere would give one away.
     */
    WITHHELD
  }

  public boolean suppressed() {
    return value.isEmpty();
  }
}
