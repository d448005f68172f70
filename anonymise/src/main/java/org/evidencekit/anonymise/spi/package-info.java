/**
 * What a detector finds and how a partner adds to it: the {@link
 * org.evidencekit.anonymise.spi.EntityType}s of personal detail, the {@link
 * org.evidencekit.anonymise.spi.Span} that marks one in a text, and the {@link
 * org.evidencekit.anonymise.spi.Recogniser} interface (with {@link
 * org.evidencekit.anonymise.spi.PatternRecogniser}, a regular expression with a validator and
 * context words) that a partner implements for its own formats and adds through {@code
 * PiiDetector.builder().add(...)}. Needs nothing else of EvidenceKit; the detector's own
 * recognisers depend on this package, never the other way.
 */
package org.evidencekit.anonymise.spi;
