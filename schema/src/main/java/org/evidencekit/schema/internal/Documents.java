package org.evidencekit.schema.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.evidencekit.model.Format;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads JSON and YAML documents into trees for validation, strictly (a property given twice is
 * an error, as it is for core-model; numbers keep every digit), and prints schemas.
 */
public final class Documents {
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(64).build();

  private static final ObjectMapper JSON =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final ObjectMapper YAML =
      YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(LIMITS).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private static final ObjectWriter PRETTY =
      JSON.writer().with(
          new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)));

  /** A document that is not JSON (or YAML) at all: where, and what is wrong, in plain words. */
  public static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final int line;
    public final int column;

    Unreadable(String message, int line, int column) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  private Documents() {}

  /** The tree of a JSON or YAML text. */
  public static JsonNode read(byte[] content, Format format) {
    String name = format == Format.YAML ? "YAML" : "JSON";
    if (new String(content, StandardCharsets.UTF_8).isBlank()) {
      throw new Unreadable("the document is empty", 0, 0);
    }
    try {
      JsonNode node = (format == Format.YAML ? YAML : JSON).readTree(content);
      if (node == null || node.isMissingNode()) {
        throw new Unreadable("the document is empty", 0, 0);
      }
      return normalise(node);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String message = e.getOriginalMessage() == null ? "cannot be read" : e.getOriginalMessage();
      int cut = message.indexOf("\n at [");
      if (cut >= 0) {
        message = message.substring(0, cut);
      }
      throw new Unreadable("malformed " + name + ": " + message.strip(),
          at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()));
    }
  }

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /**
   * Numbers written with a fraction or an exponent, in a form networknt compares safely. A whole
   * one (12.0, 1E+2, 1e400) becomes the same number as an integer. networknt compares a number
   * that is not whole with a whole bound through {@code asLong()}, which throws beyond 64 bits;
   * such a number is valid nowhere in our schemas (every number in them is whole), so it becomes
   * ±0.5, which fails wherever it did and keeps every verdict.
   */
  static JsonNode normalise(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      for (String name : new ArrayList<>(o.propertyNames())) {
        JsonNode v = o.get(name);
        JsonNode n = normalise(v);
        if (n != v) {
          o.set(name, n);
        }
      }
      return o;
    }
    if (node.isArray()) {
      ArrayNode a = (ArrayNode) node;
      for (int i = 0; i < a.size(); i++) {
        JsonNode v = a.get(i);
        JsonNode n = normalise(v);
        if (n != v) {
          a.set(i, n);
        }
      }
      return a;
    }
    if (node.isBigDecimal()) {
      BigDecimal d = node.decimalValue();
      if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
        return JsonNodeFactory.instance.numberNode(d.toBigIntegerExact());
      }
      if (d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0) {
        return JsonNodeFactory.instance.numberNode(BigDecimal.valueOf(d.signum() * 5L, 1));
      }
    }
    return node;
  }

  /** The tree of a JSON text. */
  public static JsonNode readJson(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8), Format.JSON);
  }

  /** A tree as indented JSON, {@code "name": value}, ending with a line break. */
  public static String pretty(JsonNode node) {
    return PRETTY.writeValueAsString(node) + "\n";
  }
}
