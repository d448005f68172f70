/**
 * Redacting the documents people send in (Word and PDF): personal details found with the
 * anonymiser's text API are replaced (DOCX) or removed from the content streams and covered (PDF);
 * hidden data (comments, tracked changes, hidden text, properties, metadata, attachments, scripts,
 * earlier revisions) is removed; the output is read back independently before it is returned.
 * Bytes in, bytes out: no POI or PDFBox type in the API.
 */
module org.evidencekit.redact {
  requires transitive org.evidencekit.anonymise;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires org.apache.pdfbox;
  requires java.xml;
  requires java.desktop;
  // PDFBox logs through Commons Logging but, as an automatic module, cannot say so (see render-pdf).
  requires org.apache.commons.logging;

  exports org.evidencekit.redact;
}
