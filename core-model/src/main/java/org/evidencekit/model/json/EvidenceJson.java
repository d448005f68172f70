package org.evidencekit.model.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evidencekit.model.InputException;
import org.evidencekit.model.InputProblem;
import org.evidencekit.model.InvalidDefinitionException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.internal.Quoting;
import org.evidencekit.model.validation.ValidationReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.datatype.guava.GuavaModule;

/**
 * Reads and writes questionnaires and responses as JSON, and questionnaires also as YAML.
 *
 * <p>Reading is strict and says exactly where input is wrong: an unknown property, a value of the
 * wrong type, a missing property or malformed JSON each become an {@link InputProblem} with its
 * file, line, column and JSON Pointer, thrown together in an {@link InputException}. A
 * questionnaire definition that breaks the format's rules (a duplicate id, a condition on a
 * question that does not exist) is reported the same way, at the line of the value to fix.
 *
 * <p>Writing then reading gives an equal object. Configured once with {@link #builder()};
 * immutable and thread-safe.
 */
public final class EvidenceJson {
  /** The largest input read: 32 MiB. */
  public static final int MAX_INPUT_BYTES = 32 * 1024 * 1024;
  /** The largest YAML definition read, in characters (code points): 2 Mi. */
  public static final int MAX_YAML_CHARS = 2 * 1024 * 1024;
  /** The longest line of a YAML definition, in characters: 65,536 (break longer text over lines). */
  public static final int MAX_YAML_LINE = 65_536;
  /** The deepest nesting of objects and lists read. */
  public static final int MAX_DEPTH = 64;

  private final ObjectMapper json;
  private final ObjectMapper yaml;
  /** Responses are a contract between systems: read strictly (no text from numbers). */
  private final ObjectMapper responses;

  private EvidenceJson(Builder b) {
    StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
    this.json =
        configure(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build()), b.pretty)
            .build();
    this.responses =
        configure(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build()), b.pretty)
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    this.yaml =
        configure(
                YAMLMapper.builder(
                    YAMLFactory.builder()
                        .streamReadConstraints(limits)
                        // Limits applied by the YAML parser as it reads, not after.
                        .loadSettings(LoadSettings.builder()
                            .setCodePointLimit(MAX_YAML_CHARS)
                            .setMaxAliasesForCollections(1)
                            .setAllowRecursiveKeys(false)
                            .setAllowDuplicateKeys(false)
                            .build())
                        .disable(YAMLWriteFeature.USE_NATIVE_TYPE_ID)
                        .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                        .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                        .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                        .build()),
                b.pretty)
            .build();
  }

  /** The standard instance: pretty-printed output. */
  public static EvidenceJson standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final EvidenceJson STANDARD = builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B b, boolean pretty) {
    b.addModule(new GuavaModule())
        .addModule(AnswerJson.module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION) // a message never quotes the input
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // Only what the value types declare as properties is written: no helper "is..." methods.
        .changeDefaultVisibility(
            v -> v.withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .changeDefaultPropertyInclusion(
            v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        // Text may be written as a number or true/false where a string is wanted (a condition's
        // value: 12, true), but not a number with a fraction: YAML reads 1.10 as 1.1.
        .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        // null is not a way to leave something out: leave the property out.
        .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        ;
    if (pretty) {
      b.enable(SerializationFeature.INDENT_OUTPUT);
    } else {
      b.disable(SerializationFeature.INDENT_OUTPUT);
    }
    return b;
  }

  // ------------------------------------------------------------------ questionnaires

  /** Reads a questionnaire definition from a file, JSON or YAML (by its name, else its content). */
  public Questionnaire readQuestionnaire(Path file) {
    byte[] bytes = readFile(file);
    Format format = Format.ofFileName(file).orElseGet(() -> Format.sniff(bytes));
    return readQuestionnaire(bytes, format, file.toString());
  }

  /** Reads a questionnaire definition; {@code source} names it in messages. */
  public Questionnaire readQuestionnaire(InputStream in, Format format, String source) {
    return readQuestionnaire(readStream(in, source), format, source);
  }

  /** Reads a questionnaire definition from text. */
  public Questionnaire readQuestionnaire(String text, Format format) {
    return readQuestionnaire(text.getBytes(StandardCharsets.UTF_8), format, "(text)");
  }

  private Questionnaire readQuestionnaire(byte[] bytes, Format format, String source) {
    return read(bytes, format, source, Questionnaire.class);
  }

  /** The questionnaire as JSON or YAML text. */
  public String write(Questionnaire questionnaire, Format format) {
    return mapper(format).writeValueAsString(questionnaire);
  }

  /** Writes the questionnaire as JSON or YAML. */
  public void write(Questionnaire questionnaire, Format format, OutputStream out) {
    mapper(format).writeValue(out, questionnaire);
  }

  // ------------------------------------------------------------------ responses

  /** Reads a response from a JSON file. */
  public Response readResponse(Path file) {
    return read(readFile(file), Format.JSON, file.toString(), Response.class);
  }

  /** Reads a response as JSON; {@code source} names it in messages. */
  public Response readResponse(InputStream in, String source) {
    return read(readStream(in, source), Format.JSON, source, Response.class);
  }

  /** Reads a response from JSON text. */
  public Response readResponse(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8), Format.JSON, "(text)", Response.class);
  }

  /** Reads a response from JSON bytes (UTF-8). */
  public Response readResponse(byte[] json, String source) {
    return read(json, Format.JSON, source, Response.class);
  }

  /** The response as JSON text. */
  public String write(Response response) {
    return json.writeValueAsString(response);
  }

  /** Writes the response as JSON. */
  public void write(Response response, OutputStream out) {
    json.writeValue(out, response);
  }

  /** Validation problems as a JSON array, for tools. */
  public String write(ValidationReport report) {
    return json.writeValueAsString(report.problems());
  }

  // ------------------------------------------------------------------ reading

  private ObjectMapper mapper(Format format) {
    return format == Format.YAML ? yaml : json;
  }

  private <T> T read(byte[] bytes, Format format, String source, Class<T> type) {
    return read(bytes, type == Response.class ? responses : mapper(format), source, type);
  }

  /**
   * Whether the UTF-8 text is empty or white space only, as {@code new String(bytes,
   * UTF_8).isBlank()} says, without decoding it whole: the first character that is not ASCII white
   * space answers, and only text that begins with white space and then a byte beyond ASCII is
   * decoded.
   */
  static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return new String(bytes, StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private <T> T read(byte[] bytes, ObjectMapper mapper, String source, Class<T> type) {
    if (isBlank(bytes)) {
      throw unreadable(source,
          "the file is empty: expected " + (type == Response.class ? "a response" : "a questionnaire definition"));
    }
    if (mapper == yaml) {
      YamlChecks.check(yaml, bytes, source);
    }
    boolean quote = type != Response.class; // a response's own text is never quoted
    UnknownProperties unknown = new UnknownProperties(source, quote);
    ObjectReader reader = mapper.readerFor(type).withHandler(unknown);
    T value;
    try {
      value = reader.readValue(bytes);
    } catch (JacksonException e) {
      LocationIndex index = LocationIndex.of(mapper, bytes);
      List<InputProblem> problems = new ArrayList<>(unknown.located(index));
      problems.addAll(JacksonProblems.of(e, source, () -> index, quote));
      throw new InputException(safe(problems, quote), null);
    } catch (InvalidDefinitionException e) {
      throw new InputException(
          safe(JacksonProblems.definition(e, "", source, LocationIndex.of(mapper, bytes)), quote), null);
    }
    if (!unknown.problems.isEmpty()) {
      throw new InputException(safe(unknown.located(LocationIndex.of(mapper, bytes)), quote), value);
    }
    if (value == null) {
      throw unreadable(source, "the file holds only null: expected "
          + (type == Response.class ? "a response" : "a questionnaire definition") + ", an object in { }");
    }
    return value;
  }

  /**
   * The problems as they may be shown: for a response, each pointer cut before the first name in
   * it that may not be quoted (a key that is a respondent's text, say); the line and column still
   * point at the place.
   */
  private static List<InputProblem> safe(List<InputProblem> problems, boolean quote) {
    if (quote) {
      return problems;
    }
    List<InputProblem> out = new ArrayList<>();
    for (InputProblem p : problems) {
      out.add(new InputProblem(p.kind(), p.source(), p.pointer().map(Quoting::pointer).orElse(null), p.line(),
          p.column(), p.message()));
    }
    return out;
  }

  private static byte[] readFile(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_INPUT_BYTES) {
        throw tooLarge(file.toString());
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw unreadable(file.toString(), "no such file");
    } catch (IOException e) {
      throw unreadable(file.toString(), Files.isDirectory(file) ? "this is a folder, not a file"
          : e instanceof java.nio.file.AccessDeniedException ? "cannot be read: permission denied"
          : "cannot be read");
    }
  }

  private static byte[] readStream(InputStream in, String source) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_INPUT_BYTES) {
          throw tooLarge(source);
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw unreadable(source, "cannot be read");
    }
  }

  private static InputException tooLarge(String source) {
    return unreadable(source, "larger than " + (MAX_INPUT_BYTES >> 20) + " MiB: too large to be a questionnaire or a response");
  }

  private static InputException unreadable(String source, String message) {
    return new InputException(
        List.of(new InputProblem(InputProblem.Kind.UNREADABLE, source, null, 0, 0, message)), null);
  }

  /** Records unknown properties, skips them, and lets reading go on to find the rest. */
  private static final class UnknownProperties extends DeserializationProblemHandler {
    final String source;
    final boolean quote;
    final List<InputProblem> problems = new ArrayList<>();

    UnknownProperties(String source, boolean quote) {
      this.source = source;
      this.quote = quote;
    }

    /** The problems, each placed at its property's name rather than at its value. */
    List<InputProblem> located(LocationIndex index) {
      List<InputProblem> out = new ArrayList<>();
      for (InputProblem p : problems) {
        TokenStreamLocation at = index.locate(p.pointer().orElse(""));
        out.add(at == null ? p : new InputProblem(p.kind(), p.source(), p.pointer().orElse(null),
            at.getLineNr(), at.getColumnNr(), p.message()));
      }
      return out;
    }

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        tools.jackson.core.JsonParser p,
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName) {
      String pointer = p.streamReadContext().pathAsPointer().toString();
      TokenStreamLocation at = p.currentTokenLocation();
      problems.add(
          new InputProblem(
              InputProblem.Kind.STRUCTURE,
              source,
              pointer,
              at.getLineNr(),
              at.getColumnNr(),
              "unknown property" + JacksonProblems.quoted(propertyName, quote)
                  + JacksonProblems.known(deserializer)));
      p.skipChildren();
      return true;
    }
  }

  /** Configures an {@link EvidenceJson}. */
  public static final class Builder {
    private boolean pretty = true;

    private Builder() {}

    /** Whether written JSON is indented (default: yes). */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    public EvidenceJson build() {
      return new EvidenceJson(this);
    }
  }
}
