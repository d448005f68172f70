/** Word documents: the blank fillable form, a filled response, reading a filled one back. */
module org.evidencekit.render.docx {
  requires transitive org.evidencekit.model;
  requires org.apache.poi.poi;
  requires java.xml;

  exports org.evidencekit.render.docx;

  provides org.evidencekit.model.spi.DocumentFormat with
      org.evidencekit.render.docx.DocxFormat;
}
