/**
 * PDF for EvidenceKit: {@link org.evidencekit.render.pdf.PdfRenderer} makes accessible (PDF/UA-1)
 * fillable forms, filled forms, printed responses and answers-only documents, archival (PDF/A-2)
 * or password-protected (AES-256); {@link org.evidencekit.render.pdf.PdfReader} reads a filled
 * form back into a response, treating every document as untrusted; {@link
 * org.evidencekit.render.pdf.PdfFormat} is the {@code pdf} document format that holds both, found
 * by {@code FormatRegistry.discover()}.
 */
package org.evidencekit.render.pdf;
