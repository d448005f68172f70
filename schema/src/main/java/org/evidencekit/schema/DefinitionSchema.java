package org.evidencekit.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.evidencekit.model.json.Format;
import org.evidencekit.schema.internal.Documents;

/**
 * The JSON Schema (2020-12) of the questionnaire definition format: what a partner organisation
 * writes, in JSON or YAML, to run its own questionnaire. Every property has a description, so the
 * schema doubles as the format's reference; editors that read JSON Schema offer completion and
 * checks as one types.
 *
 * <p>The schema checks the shape of a definition: its properties and their types, the kinds of
 * item, question and rule, ids, non-blank text, limits. The rules that span a whole definition
 * (ids unique, conditions and references that resolve, bindings of the right kind, no circular
 * conditions) are checked by core-model when it reads one.
 *
 * <pre>{@code
 * List<SchemaProblem> problems = SchemaValidator.of(DefinitionSchema.schema()).validate(Path.of("form.yaml"));
 * // each problem has the line to fix: "12:7: /parts/0/sections/0/items/3/type: 'shorttext' is not one of: ..."
 * }</pre>
 */
public final class DefinitionSchema {
  /** The schema's {@code $id}; the final number is the format's version. */
  public static final String ID = "https://evidencekit.org/schema/definition/1";

  /** Where the schema is kept, as a class-path resource beside this class. */
  public static final String RESOURCE = "definition.schema.json";

  private static final JsonSchema SCHEMA = load();

  private DefinitionSchema() {}

  /** The definition schema. */
  public static JsonSchema schema() {
    return SCHEMA;
  }

  private static JsonSchema load() {
    try (InputStream in = DefinitionSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The definition schema " + RESOURCE + " is missing");
      }
      return JsonSchema.of(Documents.read(in.readAllBytes(), Format.JSON));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
