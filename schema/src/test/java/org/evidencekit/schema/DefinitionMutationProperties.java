package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.evidencekit.model.InputException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.internal.JsonPointers;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.json.SourceMap;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.testing.Fixtures;
import org.evidencekit.model.testing.RandomQuestionnaires;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Single mutations of valid definitions (an unknown property, a wrong kind name, a missing
 * required property, blank text, a bad id, a value of the wrong type), in JSON and in YAML: both
 * the definition schema and core-model's reader reject each, and the schema reports it at the
 * mutated place and its line.
 */
class DefinitionMutationProperties {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final SchemaValidator VALIDATOR = SchemaValidator.of(DefinitionSchema.schema());

  /** The properties each kind of object must have (what core-model cannot build without). */
  private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
      Map.entry("questionnaire", List.of("id", "version", "title")),
      Map.entry("definition", List.of("id", "term", "text", "source")),
      Map.entry("part", List.of("id")),
      Map.entry("declaration", List.of("id", "prompt")),
      Map.entry("condition", List.of("question", "operator")),
      Map.entry("section", List.of("id")),
      Map.entry("item", List.of("type")),
      Map.entry("question", List.of("type", "id", "text")),
      Map.entry("choice", List.of("type", "id", "text", "options")),
      Map.entry("group", List.of("type", "id", "text", "questions")),
      Map.entry("block", List.of("type", "text")),
      Map.entry("list", List.of("type", "items")),
      Map.entry("listItem", List.of("text")),
      Map.entry("option", List.of("id", "text")),
      Map.entry("rule", List.of("type")),
      Map.entry("ageExtension", List.of("when", "upTo")));

  /** Properties whose text must not be blank. */
  private static final List<String> NOT_BLANK = List.of("title", "text", "term", "source", "prompt", "when", "version");

  /** An object of the definition, where it is and what kind it is. */
  private static final class Place {
    final ObjectNode node;
    final String pointer;
    final String kind;

    Place(ObjectNode node, String pointer, String kind) {
      this.node = node;
      this.pointer = pointer;
      this.kind = kind;
    }
  }

  @Property(tries = 100)
  void theSchemaAndTheReaderRejectEveryMutationAtItsLine(@ForAll long seed) {
    Random r = new Random(seed);
    Questionnaire q;
    switch (r.nextInt(5)) {
      case 0:
        q = Questionnaires.callForEvidence2012();
        break;
      case 1:
        q = Questionnaires.referralScreening();
        break;
      case 2:
        q = Fixtures.kinds();
        break;
      case 3:
        q = Fixtures.read(DefinitionMutationProperties.class.getResourceAsStream("/fixtures/maximal.yaml"), "maximal.yaml", Format.YAML);
        break;
      default:
        q = RandomQuestionnaires.make(seed);
    }
    for (int n = 0; n < 4; n++) {
      ObjectNode tree = (ObjectNode) JSON.readTree(EvidenceJson.standard().write(q, Format.JSON));
      List<Place> places = new ArrayList<>();
      collect(tree, "", "questionnaire", places);
      Place at = places.get(r.nextInt(places.size()));
      String[] mutation = mutate(at, r);
      String pointer = mutation[0];
      Format format = r.nextBoolean() ? Format.JSON : Format.YAML;
      String text = format == Format.JSON ? JSON.writeValueAsString(tree) : YAML.writeValueAsString(tree);
      String what = mutation[1] + " at " + pointer + " (" + format + ")\n" + text;

      try {
        EvidenceJson.standard().readQuestionnaire(text, format);
        fail("core-model read a definition with " + what);
      } catch (InputException expected) {
        // core-model rejects it too
      }
      List<SchemaProblem> problems =
          VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), format, "definition");
      assertTrue(!problems.isEmpty(), "the schema accepted a definition with " + what);
      SchemaProblem p = problems.stream().filter(x -> x.pointer().equals(pointer)).findFirst()
          .orElseThrow(() -> new AssertionError("no problem at " + pointer + " but "
              + problems.stream().map(SchemaProblem::toLine).collect(Collectors.toList()) + " for " + what));
      int line = SourceMap.of(text, format).locate(pointer).orElseThrow().line();
      assertEquals(line, p.line().getAsInt(), what);
      assertTrue(text.split("\n", -1).length >= line);
    }
  }

  private static void collect(JsonNode node, String pointer, String kind, List<Place> out) {
    if (!node.isObject()) {
      return;
    }
    out.add(new Place((ObjectNode) node, pointer, kind));
    for (String name : node.propertyNames()) {
      JsonNode v = node.get(name);
      String here = JsonPointers.append(pointer, name);
      String inner = childKind(kind, name);
      if (inner == null) {
        continue;
      }
      if (v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          collect(v.get(i), here + "/" + i, refine(inner, v.get(i)), out);
        }
      } else {
        collect(v, here, refine(inner, v), out);
      }
    }
  }

  private static String childKind(String parent, String name) {
    switch (name) {
      case "definitions":
        return parent.equals("questionnaire") ? "definition" : null;
      case "rule":
        return "rule";
      case "extensions":
        return "ageExtension";
      case "parts":
        return "part";
      case "declaration":
        return "declaration";
      case "enableWhen":
        return "condition";
      case "sections":
        return "section";
      case "items":
        return parent.equals("section") ? "item" : parent.equals("list") ? "listItem" : null;
      case "questions":
        return "item";
      case "options":
        return "option";
      case "contact":
        return "contact";
      default:
        return null;
    }
  }

  private static String refine(String kind, JsonNode v) {
    if (!kind.equals("item") || !v.has("type")) {
      return kind;
    }
    switch (v.get("type").asString()) {
      case "single-choice":
      case "multiple-choice":
        return "choice";
      case "group":
        return "group";
      case "heading":
      case "paragraph":
      case "quotation":
      case "case-study":
        return "block";
      case "list":
        return "list";
      case "definitions":
        return "item";
      default:
        return "question";
    }
  }

  /** Changes the object; returns the pointer the problem must be reported at, and what was done. */
  private static String[] mutate(Place at, Random r) {
    ObjectNode o = at.node;
    List<String> required = REQUIRED.getOrDefault(at.kind, List.of());
    for (int attempt = 0; ; attempt++) {
      switch (r.nextInt(6)) {
        case 0:
          o.put("colour", "red");
          return new String[] {at.pointer + "/colour", "an unknown property"};
        case 1:
          if (o.has("type")) {
            String[] wrong = {"shorttext", "number", "Heading", "text", "radio"};
            o.put("type", wrong[r.nextInt(wrong.length)]);
            return new String[] {at.pointer + "/type", "a wrong kind name"};
          }
          break;
        case 2:
          if (!required.isEmpty()) {
            String name = required.get(r.nextInt(required.size()));
            o.remove(name);
            return new String[] {at.pointer, "no '" + name + "'"};
          }
          break;
        case 3:
          for (String name : NOT_BLANK) {
            if (o.has(name) && o.get(name).isString()) {
              o.put(name, r.nextBoolean() ? "  " : "");
              return new String[] {at.pointer + "/" + name, "a blank " + name};
            }
          }
          break;
        case 4:
          if (o.has("id") && !at.kind.equals("questionnaire")) {
            o.put("id", r.nextBoolean() ? "not an id!" : "-starts-with-a-dash");
            return new String[] {at.pointer + "/id", "a bad id"};
          }
          break;
        default:
          for (String name : List.of("required", "specify", "maxLength", "level", "columns", "notes", "options", "upTo")) {
            if (o.has(name)) {
              o.put(name, "yes");
              return new String[] {at.pointer + "/" + name, "text for " + name};
            }
          }
      }
      if (attempt > 20) {
        o.put("colour", "red");
        return new String[] {at.pointer + "/colour", "an unknown property"};
      }
    }
  }
}
