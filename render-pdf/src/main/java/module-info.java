/** PDF: the blank fillable form, a filled response, reading back, accessible and archival output. */
module org.evidencekit.render.pdf {
  requires transitive org.evidencekit.model;
  requires org.apache.pdfbox;
  requires org.apache.fontbox;
  requires org.apache.pdfbox.io;
  requires java.desktop;
  // PDFBox and FontBox log through Commons Logging, but as automatic modules they cannot say so:
  // on the module path nothing would resolve it (NoClassDefFoundError: LogFactory). Requiring it
  // here puts it in the module graph, and automatic modules read every module there.
  requires org.apache.commons.logging;

  exports org.evidencekit.render.pdf;

  provides org.evidencekit.model.spi.DocumentFormat with
      org.evidencekit.render.pdf.PdfFormat;
}
