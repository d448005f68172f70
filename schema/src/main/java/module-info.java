/** JSON Schema (2020-12) for questionnaire definitions and for the responses of any questionnaire. */
module org.evidencekit.schema {
  requires transitive org.evidencekit.model;
}
