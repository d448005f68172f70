package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.testing.Fixtures;
import org.evidencekit.model.testing.RandomQuestionnaires;
import org.evidencekit.schema.internal.Engine;
import org.evidencekit.schema.internal.Patterns;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas are plain JSON Schema 2020-12 that any conforming validator reads the same way: no
 * keyword outside the 2020-12 vocabularies (nothing of networknt's own), formats only from the
 * standard list and only as annotations, regular expressions that ECMA-262 and Java read alike,
 * and each schema valid against the 2020-12 meta-schema.
 */
class PortabilityTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The keywords of the 2020-12 vocabularies: core, applicator, unevaluated, validation, meta-data, format, content. */
  static final Set<String> KEYWORDS = Set.of(
      "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
      "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
      "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
      "unevaluatedItems", "unevaluatedProperties",
      "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
      "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
      "maxProperties", "minProperties", "required", "dependentRequired",
      "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
      "format", "contentEncoding", "contentMediaType", "contentSchema");

  /** The formats 2020-12 defines. */
  static final Set<String> FORMATS = Set.of(
      "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6",
      "uri", "uri-reference", "iri", "iri-reference", "uuid", "uri-template", "json-pointer",
      "relative-json-pointer", "regex");

  private static final Set<String> ONE_SCHEMA = Set.of(
      "items", "contains", "additionalProperties", "propertyNames", "if", "then", "else", "not",
      "unevaluatedItems", "unevaluatedProperties", "contentSchema");
  private static final Set<String> SCHEMA_LISTS = Set.of("prefixItems", "allOf", "anyOf", "oneOf");
  private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "dependentSchemas", "$defs");

  static List<JsonNode> schemas() {
    List<JsonNode> out = new ArrayList<>();
    List<Questionnaire> qs = new ArrayList<>(List.of(
        Questionnaires.callForEvidence2012(), Questionnaires.referralScreening(), Fixtures.kinds()));
    for (long seed = 0; seed < 60; seed++) {
      qs.add(RandomQuestionnaires.make(seed));
    }
    for (Questionnaire q : qs) {
      out.add(JSON.readTree(ResponseSchemas.standard().schemaFor(q).toJson()));
    }
    out.add(JSON.readTree(DefinitionSchema.schema().toJson()));
    return out;
  }

  @Test
  void onlyKeywordsOfThe2020_12Vocabularies() {
    for (JsonNode schema : schemas()) {
      List<String> problems = new ArrayList<>();
      scan(schema, "", problems);
      assertEquals(List.of(), problems, schema.get("$id").asString());
    }
  }

  private static void scan(JsonNode schema, String at, List<String> problems) {
    if (schema.isBoolean()) {
      return;
    }
    if (!schema.isObject()) {
      problems.add(at + ": not a schema");
      return;
    }
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      String k = e.getKey();
      JsonNode v = e.getValue();
      String here = at + "/" + k;
      if (!KEYWORDS.contains(k)) {
        problems.add(here + ": not a 2020-12 keyword");
      } else if (ONE_SCHEMA.contains(k)) {
        scan(v, here, problems);
      } else if (SCHEMA_LISTS.contains(k)) {
        for (int i = 0; i < v.size(); i++) {
          scan(v.get(i), here + "/" + i, problems);
        }
      } else if (SCHEMA_MAPS.contains(k)) {
        for (Map.Entry<String, JsonNode> m : v.properties()) {
          scan(m.getValue(), here + "/" + m.getKey(), problems);
        }
      } else if (k.equals("format") && !FORMATS.contains(v.asString())) {
        problems.add(here + ": '" + v.asString() + "' is no standard format");
      } else if (k.equals("pattern")) {
        String why = portable(v.asString());
        if (why != null) {
          problems.add(here + ": " + why);
        }
      } else if (k.equals("$ref") && !v.asString().startsWith("#/$defs/")) {
        problems.add(here + ": refers outside the document");
      }
    }
  }

  /**
   * Null if the pattern uses only what ECMA-262 and java.util.regex read alike: literal
   * characters, the escapes \\uXXXX \\s \\S \\d and escaped punctuation, classes without
   * nesting or intersection, (?:...) and (?!...), greedy quantifiers, and ^ (but no $: in Java it
   * also matches before a final line break).
   */
  static String portable(String pattern) {
    Pattern.compile(pattern);
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        char n = pattern.charAt(++i);
        if (n == 'u') {
          if (!pattern.substring(i + 1, Math.min(pattern.length(), i + 5)).matches("[0-9A-Fa-f]{4}")) {
            return "\\u without four hex digits";
          }
          i += 4;
        } else if ("sSd.-/[](){}*+?^$|\\".indexOf(n) < 0) {
          return "the escape \\" + n + " is not read alike";
        }
        continue;
      }
      if (inClass) {
        if (c == '[') {
          return "a class inside a class";
        }
        if (c == '&' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '&') {
          return "&& in a class";
        }
        if (c == ']') {
          inClass = false;
        }
        continue;
      }
      switch (c) {
        case '[':
          inClass = true;
          if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
            return "an empty class";
          }
          break;
        case '$':
          return "$ (use (?![\\s\\S]) for the end of the text)";
        case '(':
          if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '?'
              && !(pattern.startsWith("(?:", i) || pattern.startsWith("(?!", i) || pattern.startsWith("(?=", i))) {
            return "a group other than (?:, (?! or (?=";
          }
          break;
        case '+':
        case '*':
        case '?':
        case '}':
          if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '+') {
            return "a possessive quantifier";
          }
          break;
        default:
      }
    }
    return inClass ? "an unclosed class" : null;
  }

  @Test
  void thePatternCheckCatchesWhatIsNotPortable() {
    assertEquals(null, portable(Patterns.EMAIL));
    assertTrue(portable("^a$") != null);
    assertTrue(portable("\\z") != null);
    assertTrue(portable("\\p{L}") != null);
    assertTrue(portable("(?i)a") != null);
    assertTrue(portable("a++") != null);
    assertTrue(portable("[a-z&&[^b]]") != null);
  }

  @Test
  void validAgainstThe2020_12MetaSchema() {
    Engine.Compiled meta = Engine.metaSchema();
    for (JsonNode schema : schemas()) {
      List<Engine.Failure> failures = meta.validate(schema);
      if (!failures.isEmpty()) {
        fail(schema.get("$id").asString() + ": " + failures);
      }
    }
  }

  @Test
  void theMetaSchemaCheckCatchesABrokenSchema() {
    JsonNode broken = JSON.readTree("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"type\": \"strnig\", \"minLength\": -1, \"required\": \"x\"}");
    Set<String> at = new java.util.TreeSet<>();
    Engine.metaSchema().validate(broken).forEach(f -> at.add(f.instancePointer));
    assertEquals(Set.of("/type", "/minLength", "/required"), at);
  }
}
