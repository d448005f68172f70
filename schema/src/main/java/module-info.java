/**
 * JSON Schema (2020-12) for questionnaire definitions and for the responses of any questionnaire,
 * and validation against them. networknt's validator does the work behind this module's own
 * types: none of its types appear in the API.
 */
module org.evidencekit.schema {
  requires transitive org.evidencekit.model;
  requires com.networknt.schema;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires static transitive org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.evidencekit.schema;
}
