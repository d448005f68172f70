/** The evidencekit command line: a reference implementation built only on the public API. */
module org.evidencekit.cli {
  requires org.evidencekit.model;
  requires org.evidencekit.schema;
  requires org.evidencekit.render.docx;
  requires org.evidencekit.render.pdf;
  requires org.evidencekit.anonymise;
  requires info.picocli;

  opens org.evidencekit.cli to info.picocli;
}
