/**
 * The EvidenceKit core model: questionnaires, responses, definitions, validation, their JSON and
 * YAML forms, and the interfaces of document formats.
 *
 * <ul>
 *   <li>{@code org.evidencekit.model}: the values (questionnaire, parts, questions, responses,
 *       answers) and the exceptions;
 *   <li>{@code org.evidencekit.model.rules}: the rules that formal definitions state;
 *   <li>{@code org.evidencekit.model.validation}: validation of a response, and the wording of
 *       messages;
 *   <li>{@code org.evidencekit.model.json}: the JSON and YAML forms;
 *   <li>{@code org.evidencekit.model.spi}: document formats, their renderers and readers, and the
 *       registry that finds them;
 *   <li>{@code org.evidencekit.model.questionnaires}: the bundled questionnaires and example
 *       responses.
 * </ul>
 *
 * <p>{@code org.evidencekit.model.internal} holds helpers shared with EvidenceKit's own modules
 * only.
 */
// "module": the qualified export below names org.evidencekit.schema, which is compiled after
// this module, so javac cannot find it yet.
@SuppressWarnings("module")
module org.evidencekit.model {
  requires transitive com.google.common;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires tools.jackson.datatype.guava;
  requires static transitive org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.evidencekit.model;
  exports org.evidencekit.model.json;
  exports org.evidencekit.model.questionnaires;
  exports org.evidencekit.model.rules;
  exports org.evidencekit.model.spi;
  exports org.evidencekit.model.validation;
  exports org.evidencekit.model.internal to org.evidencekit.schema;

  opens org.evidencekit.model to tools.jackson.databind;
  opens org.evidencekit.model.rules to tools.jackson.databind;
  opens org.evidencekit.model.validation to tools.jackson.databind;

  uses org.evidencekit.model.spi.DocumentFormat;
}
