/** PDF: the blank fillable form, a filled response, reading back, accessible and archival output. */
module org.evidencekit.render.pdf {
  requires transitive org.evidencekit.model;
  requires org.apache.pdfbox;
  requires org.apache.fontbox;
  requires org.apache.pdfbox.io;
  requires java.desktop;

  exports org.evidencekit.render.pdf;

  provides org.evidencekit.model.spi.DocumentFormat with
      org.evidencekit.render.pdf.PdfFormat;
}
