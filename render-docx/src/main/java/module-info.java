/** Word documents: the blank fillable form, a filled response, reading a filled one back. */
module org.evidencekit.render.docx {
  requires transitive org.evidencekit.model;
}
