/**
 * The evidencekit command line: a reference implementation built only on the public API. It names
 * no document format: it works with every one that {@code FormatRegistry.discover()} finds on the
 * module path (its pom brings render-docx, render-pdf and render-html; a partner's format module
 * added beside them is found the same way).
 */
module org.evidencekit.cli {
  requires org.evidencekit.model;
  requires org.evidencekit.schema;
  requires org.evidencekit.anonymise;
  requires org.evidencekit.intake;
  requires org.evidencekit.redact;
  requires org.evidencekit.web;
  requires info.picocli;

  opens org.evidencekit.cli to info.picocli;
}
