/**
 * Redacting the Word and PDF documents people send in: {@link org.evidencekit.redact.Redactor}
 * (review, then apply), {@link org.evidencekit.redact.ReviewList} (a person's decisions) and the
 * {@link org.evidencekit.redact.RedactionReport}.
 */
package org.evidencekit.redact;
