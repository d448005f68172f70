/**
 * The evidencekit command line: a reference implementation built only on the public API. It names
 * no document format: it works with every one that {@code FormatRegistry.discover()} finds (the
 * render-docx and render-pdf modules ship with it).
 */
module org.evidencekit.cli {
  requires org.evidencekit.model;
  requires org.evidencekit.schema;
  requires org.evidencekit.anonymise;
  requires org.evidencekit.intake;
  requires org.evidencekit.web;
  requires info.picocli;

  opens org.evidencekit.cli to info.picocli;
}
