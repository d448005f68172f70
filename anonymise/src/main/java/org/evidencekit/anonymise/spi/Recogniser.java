package org.evidencekit.anonymise.spi;

import java.util.List;

/**
 * Finds one kind of personal detail in free text, as Presidio's recognisers do: a partner adds
 * its own (its own case-number format, its own system's client IDs) to a detector with {@code
 * PiiDetector.builder().add(recogniser)} or {@code TextAnonymiser.builder().add(recogniser)}.
 *
 * <p>The detector runs the partner's recognisers before its own, then resolves overlaps: the
 * higher score wins a clash and a span that contains another absorbs it (where unsure, remove).
 * A recogniser must be thread-safe (the detector calls it from any thread) and must not print,
 * log or keep the text it is given. {@link PatternRecogniser} covers the common case: a regular
 * expression, an optional validator and context words that raise the score.
 */
public interface Recogniser {
  /**
   * A short name of this recogniser ({@code "acme-case-number"}): reports name it as the rule
   * that found a span. Letters, digits and hyphens.
   */
  String id();

  /**
   * The personal details in {@code text}, in any order (they may overlap each other); offsets in
   * UTF-16 chars of {@code text}. Returns an empty list when there are none.
   */
  List<Span> recognise(String text);

  /** A recogniser built from a regular expression: see {@link PatternRecogniser#builder}. */
  static PatternRecogniser.Builder pattern(String id, EntityType type, String regex) {
    return PatternRecogniser.builder(id, type, regex);
  }
}
