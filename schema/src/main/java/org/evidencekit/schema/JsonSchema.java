package org.evidencekit.schema;

import java.util.Optional;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.schema.internal.Describer;
import org.evidencekit.schema.internal.Documents;
import org.evidencekit.schema.internal.GenericDescriber;
import org.evidencekit.schema.internal.ResponseDescriber;
import org.evidencekit.schema.internal.ResponseSchemaDocument;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema (2020-12) document: the schema of one questionnaire's responses ({@link
 * ResponseSchemas}) or of questionnaire definitions ({@link DefinitionSchema}). Immutable; its
 * text is the same every time. Validate with a {@link SchemaValidator}.
 */
public final class JsonSchema {
  private final String id;
  private final JsonNode root;
  private final Optional<QuestionnaireRef> questionnaire;
  private final Describer describer;
  private final String text;

  private JsonSchema(String id, JsonNode root, Optional<QuestionnaireRef> questionnaire, Describer describer) {
    this.id = id;
    this.root = root;
    this.questionnaire = questionnaire;
    this.describer = describer;
    this.text = Documents.pretty(root);
  }

  static JsonSchema ofResponses(ResponseSchemaDocument doc) {
    return new JsonSchema(doc.id(), doc.root(), Optional.of(QuestionnaireRef.of(doc.questionnaire())),
        new ResponseDescriber(doc));
  }

  static JsonSchema of(JsonNode root) {
    JsonNode id = root.get("$id");
    return new JsonSchema(id == null ? "" : id.asString(), root, Optional.empty(), new GenericDescriber(root));
  }

  /** The schema's {@code $id}, such as "https://evidencekit.org/schema/response/kinds/3". */
  public String id() {
    return id;
  }

  /** For a response schema, the questionnaire and version whose responses it describes. */
  public Optional<QuestionnaireRef> questionnaire() {
    return questionnaire;
  }

  /** The schema as indented JSON text, ending with a line break. */
  public String toJson() {
    return text;
  }

  JsonNode root() {
    return root;
  }

  Describer describer() {
    return describer;
  }

  /** Equal when their text is: the same schema. */
  @Override
  public boolean equals(Object other) {
    return other instanceof JsonSchema && ((JsonSchema) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "JsonSchema{" + id + "}";
  }
}
