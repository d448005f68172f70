/** PDF: the blank fillable form, a filled response, reading back, accessible and archival output. */
module org.evidencekit.render.pdf {
  requires transitive org.evidencekit.model;
}
