package org.evidencekit.schema.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.evidencekit.model.internal.JsonSyntax;
import org.evidencekit.model.json.Format;
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
      // In our own words: the parser's quote the input, which may be a respondent's.
      String message = JsonSyntax.describe(e.getOriginalMessage(), false);
      throw new Unreadable("malformed " + name + ": " + message,
          at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()));
    }
  }

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private static final BigInteger BEYOND_LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
  private static final BigInteger BEYOND_LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE);

  /**
   * Numbers written with a fraction or an exponent, in a form networknt compares safely and
   * quickly. A whole one (12.0, 1E+2) becomes the same number as an integer. networknt compares a
   * number with a whole bound through {@code asLong()}, which throws beyond 64 bits; but every
   * bound and every number our schemas compare with is within 64 bits, so a whole number beyond
   * them (1e400, or 1e999999999, which must not be written out) becomes the nearest integer
   * beyond them, and one that is not whole becomes ±0.5 (valid nowhere: every number in our
   * schemas is whole): each keeps every verdict.
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
      boolean beyond = d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0;
      boolean whole = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
      if (whole) {
        return JsonNodeFactory.instance.numberNode(
            beyond ? (d.signum() > 0 ? BEYOND_LONG_MAX : BEYOND_LONG_MIN) : d.toBigIntegerExact());
      }
      if (beyond) {
        return JsonNodeFactory.instance.numberNode(BigDecimal.valueOf(d.signum() * 5L, 1));
      }
    }
    if (node.isBigInteger()) {
      BigInteger i = node.bigIntegerValue();
      if (i.compareTo(BEYOND_LONG_MAX) > 0) {
        return JsonNodeFactory.instance.numberNode(BEYOND_LONG_MAX);
      }
      if (i.compareTo(BEYOND_LONG_MIN) < 0) {
        return JsonNodeFactory.instance.numberNode(BEYOND_LONG_MIN);
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
