package org.evidencekit.redact;

import java.util.Objects;

/**
 * The result of a redaction or a review: the document's bytes and the report. A redacted document
 * has passed the self-check; a review copy still holds the personal details, highlighted.
 */
public final class RedactedDocument {
  private final DocumentType type;
  private final byte[] bytes;
  private final RedactionReport report;
  private final boolean review;

  /** A result; {@code bytes} is not copied. */
  public RedactedDocument(DocumentType type, byte[] bytes, RedactionReport report, boolean review) {
    this.type = Objects.requireNonNull(type, "type");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    this.report = Objects.requireNonNull(report, "report");
    this.review = review;
  }

  public DocumentType type() {
    return type;
  }

  /** The document's bytes (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  public RedactionReport report() {
    return report;
  }

  /** Whether this is a review copy (redactions highlighted, nothing removed). */
  public boolean review() {
    return review;
  }

  @Override
  public String toString() {
    return "RedactedDocument[" + type + ", " + bytes.length + " bytes" + (review ? ", review" : "") + "]";
  }
}
