/**
 * The EvidenceKit core model: questionnaires, responses, definitions, validation and their JSON
 * and YAML forms.
 */
module org.evidencekit.model {
  requires transitive com.google.common;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.datatype.guava;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.evidencekit.model;
  opens org.evidencekit.model to tools.jackson.databind;
}
