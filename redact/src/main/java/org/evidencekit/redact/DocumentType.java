package org.evidencekit.redact;

/** The kinds of document the redactor takes, recognised from their first bytes. */
public enum DocumentType {
  /** A Word document (Office Open XML, a zip package). */
  DOCX("docx"),
  /** A PDF document. */
  PDF("pdf");

  private final String extension;

  DocumentType(String extension) {
    this.extension = extension;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }
}
