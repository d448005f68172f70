package org.evidencekit.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.json.SourceMap;
import org.evidencekit.schema.internal.Described;
import org.evidencekit.schema.internal.Documents;
import org.evidencekit.schema.internal.Engine;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON (or YAML) documents against one {@link JsonSchema}, compiled once when the
 * validator is built, and tells each problem as a {@link SchemaProblem}: a JSON Pointer, the line
 * and column when the document was given as text, the question and its printed number for a
 * response, and a plain-English message.
 *
 * <pre>{@code
 * SchemaValidator validator = SchemaValidator.of(ResponseSchemas.standard().schemaFor(questionnaire));
 * List<SchemaProblem> problems = validator.validate(json);   // empty: valid
 * }</pre>
 *
 * <p>Documents are read strictly: a property given twice makes a document unreadable, as it does
 * for core-model. Immutable and thread-safe: one validator serves many threads.
 */
public final class SchemaValidator {
  private final JsonSchema schema;
  private final Engine.Compiled compiled;
  private final int maxProblems;

  private SchemaValidator(Builder b) {
    this.schema = Objects.requireNonNull(b.schema, "schema");
    this.compiled = Engine.compile(schema.root());
    this.maxProblems = b.maxProblems;
  }

  /** A validator for this schema with the default settings. */
  public static SchemaValidator of(JsonSchema schema) {
    return builder().schema(schema).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The schema this validator validates against. */
  public JsonSchema schema() {
    return schema;
  }

  /** Every problem with a JSON text; empty if it is valid. */
  public List<SchemaProblem> validate(String json) {
    return validate(json.getBytes(StandardCharsets.UTF_8), Format.JSON, "(text)");
  }

  /** Whether a JSON text is valid. */
  public boolean isValid(String json) {
    return validate(json).isEmpty();
  }

  /**
   * Every problem with a JSON or YAML document (UTF-8); {@code source} names it in the message of
   * an {@link UnreadableDocumentException}.
   */
  public List<SchemaProblem> validate(byte[] content, Format format, String source) {
    JsonNode tree;
    try {
      tree = Documents.read(content, format);
    } catch (Documents.Unreadable e) {
      throw new UnreadableDocumentException(source, e.line, e.column, e.getMessage());
    }
    List<Described> described = schema.describer().describe(compiled.validate(tree));
    if (described.isEmpty()) {
      return List.of();
    }
    SourceMap map = SourceMap.of(content, format);
    List<SchemaProblem> out = new ArrayList<>();
    for (Described d : described) {
      Optional<SourceMap.Position> at = map.locate(d.pointer);
      out.add(problem(d, at.map(p -> OptionalInt.of(p.line())).orElse(OptionalInt.empty()),
          at.map(p -> OptionalInt.of(p.column())).orElse(OptionalInt.empty())));
    }
    // In the order of the text, as a reader goes through it (the sort is stable).
    out.sort(Comparator.comparingInt((SchemaProblem p) -> p.line().orElse(Integer.MAX_VALUE))
        .thenComparingInt(p -> p.column().orElse(Integer.MAX_VALUE)));
    return List.copyOf(out.size() > maxProblems ? out.subList(0, maxProblems) : out);
  }

  /** Every problem with a JSON or YAML file (YAML if its name ends in .yaml or .yml, else by its content). */
  public List<SchemaProblem> validate(Path file) {
    byte[] content;
    try {
      if (Files.size(file) > EvidenceJson.MAX_INPUT_BYTES) {
        throw new UnreadableDocumentException(file.toString(), 0, 0,
            "larger than " + (EvidenceJson.MAX_INPUT_BYTES >> 20) + " MiB: too large to validate");
      }
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableDocumentException(file.toString(), 0, 0, "no such file");
    } catch (IOException e) {
      throw new UnreadableDocumentException(file.toString(), 0, 0,
          Files.isDirectory(file) ? "this is a folder, not a file" : "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    Format format = Format.ofFileName(file).orElseGet(() -> Format.sniff(content));
    return validate(content, format, file.toString());
  }

  /** Every problem with a response, in its JSON form (as {@link EvidenceJson} writes it). */
  public List<SchemaProblem> validate(Response response) {
    return validate(EvidenceJson.standard().write(response));
  }

  private static SchemaProblem problem(Described d, OptionalInt line, OptionalInt column) {
    return SchemaProblem.builder()
        .pointer(d.pointer)
        .line(line)
        .column(column)
        .questionId(d.questionId)
        .printedNumber(d.printedNumber)
        .message(d.message)
        .keyword(d.keyword)
        .schemaPath(d.schemaPath)
        .build();
  }

  /** Configures a {@link SchemaValidator}. */
  public static final class Builder {
    private JsonSchema schema;
    private int maxProblems = 1000;

    private Builder() {}

    /** The schema to validate against (required). */
    public Builder schema(JsonSchema schema) {
      this.schema = Objects.requireNonNull(schema);
      return this;
    }

    /** The most problems reported for one document (default 1,000). */
    public Builder maxProblems(int maxProblems) {
      if (maxProblems < 1) {
        throw new IllegalArgumentException("maxProblems must be 1 or more");
      }
      this.maxProblems = maxProblems;
      return this;
    }

    /** The validator, with its schema compiled. */
    public SchemaValidator build() {
      return new SchemaValidator(this);
    }
  }
}
