package org.evidencekit.schema.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.List;
import org.evidencekit.model.internal.JsonPointers;
import tools.jackson.databind.JsonNode;

/**
 * networknt's validator, configured once: JSON Schema 2020-12, JSON Pointers for paths, formats as
 * annotations only (as 2020-12 says), and nothing fetched from the network. The only class that
 * sees networknt's types.
 */
public final class Engine {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .pathType(PathType.JSON_POINTER)
                      .formatAssertionsEnabled(false)
                      .preloadSchema(true)
                      .build())
              .schemaLoader(loader -> loader.fetchRemoteResources(false)));

  /** A schema compiled once, then used by many threads at once. */
  public static final class Compiled {
    private final Schema schema;

    private Compiled(Schema schema) {
      this.schema = schema;
    }

    /** Every failure of {@code instance} against the schema. */
    public List<Failure> validate(JsonNode instance) {
      List<Error> errors = schema.validate(instance);
      List<Failure> out = new ArrayList<>(errors.size());
      for (Error e : errors) {
        out.add(new Failure(
            e.getKeyword(),
            pointer(e.getInstanceLocation()),
            pointer(e.getEvaluationPath()),
            e.getSchemaLocation() == null ? "" : e.getSchemaLocation().toString(),
            e.getProperty(),
            e.getArguments(),
            e.getInstanceNode(),
            e.getMessage()));
      }
      return out;
    }
  }

  /** One failure, in our terms. */
  public static final class Failure {
    /** The keyword that failed, such as "required" or "maxLength". */
    public final String keyword;
    /** A JSON Pointer into the instance. */
    public final String instancePointer;
    /** A JSON Pointer into the schema, through any {@code $ref}: "/allOf/3/then/required". */
    public final String evaluationPath;
    /** The absolute location of the failing keyword, such as "https://...#/$defs/id/pattern". */
    public final String schemaLocation;
    /** The property concerned (for "required", "additionalProperties"), if any. */
    public final String property;
    final Object[] arguments;
    /** The value that failed, if known. */
    public final JsonNode instance;
    /** networknt's own message, for the rare failure we have no words for. */
    public final String fallback;

    Failure(String keyword, String instancePointer, String evaluationPath, String schemaLocation,
        String property, Object[] arguments, JsonNode instance, String fallback) {
      this.keyword = keyword;
      this.instancePointer = instancePointer;
      this.evaluationPath = evaluationPath;
      this.schemaLocation = schemaLocation;
      this.property = property;
      this.arguments = arguments == null ? new Object[0] : arguments.clone();
      this.instance = instance;
      this.fallback = fallback;
    }

    /** The n-th argument of the message, as text ("" if none). */
    public String argument(int n) {
      return n < arguments.length && arguments[n] != null ? String.valueOf(arguments[n]) : "";
    }

    @Override
    public String toString() {
      return keyword + " at " + instancePointer + " (" + evaluationPath + ")";
    }
  }

  private Engine() {}

  /** Compiles a schema (its {@code $id}, if any, names it). */
  public static Compiled compile(JsonNode schema) {
    JsonNode id = schema.get("$id");
    Schema s = id != null && id.isString()
        ? REGISTRY.getSchema(SchemaLocation.of(id.asString()), schema)
        : REGISTRY.getSchema(schema);
    s.initializeValidators();
    return new Compiled(s);
  }

  /** The 2020-12 meta-schema, from networknt's own copy (never fetched). */
  public static Compiled metaSchema() {
    Schema s = REGISTRY.getSchema(SchemaLocation.of(ResponseSchemaGenerator.DIALECT));
    s.initializeValidators();
    return new Compiled(s);
  }

  private static String pointer(NodePath path) {
    if (path == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append('/').append(JsonPointers.escape(String.valueOf(path.getElement(i))));
    }
    return sb.toString();
  }
}
