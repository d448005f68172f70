package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.evidencekit.model.CaseStudy;
import org.evidencekit.model.Condition;
import org.evidencekit.model.Contact;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.Definition;
import org.evidencekit.model.DefinitionsBlock;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.Heading;
import org.evidencekit.model.ListBlock;
import org.evidencekit.model.ListItem;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Paragraph;
import org.evidencekit.model.Part;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Quotation;
import org.evidencekit.model.Section;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.rules.AgeExtension;
import org.evidencekit.model.rules.AllCriteriaRule;
import org.evidencekit.model.rules.ChildAgeRule;
import org.evidencekit.model.rules.GangAssociatedRule;
import org.evidencekit.model.rules.GroupAssociatedRule;
import org.evidencekit.model.rules.GroupRule;
import org.evidencekit.model.rules.PeerOnPeerRule;
import org.evidencekit.model.rules.TraffickingRule;
import org.evidencekit.model.testing.Fixtures;
import org.evidencekit.model.testing.RandomQuestionnaires;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The definition schema: the bundled questionnaires, the fixtures and random questionnaires
 * validate against it; it stays in step with the model (every property the model writes for every
 * type is in it, and nothing else); and problems point at the line to fix, in JSON and in YAML.
 */
class DefinitionSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaValidator VALIDATOR = SchemaValidator.of(DefinitionSchema.schema());
  private static final JsonNode SCHEMA = JSON.readTree(DefinitionSchema.schema().toJson());

  /** The model type each of the schema's definitions describes ("" is the root). */
  private static final Map<String, Class<?>> MODEL = new LinkedHashMap<>();

  static {
    MODEL.put("", Questionnaire.class);
    MODEL.put("contact", Contact.class);
    MODEL.put("definition", Definition.class);
    MODEL.put("childAgeRule", ChildAgeRule.class);
    MODEL.put("ageExtension", AgeExtension.class);
    MODEL.put("groupRule", GroupRule.class);
    MODEL.put("allCriteriaRule", AllCriteriaRule.class);
    MODEL.put("gangAssociatedRule", GangAssociatedRule.class);
    MODEL.put("groupAssociatedRule", GroupAssociatedRule.class);
    MODEL.put("peerOnPeerRule", PeerOnPeerRule.class);
    MODEL.put("traffickingRule", TraffickingRule.class);
    MODEL.put("part", Part.class);
    MODEL.put("declaration", Declaration.class);
    MODEL.put("condition", Condition.class);
    MODEL.put("section", Section.class);
    MODEL.put("heading", Heading.class);
    MODEL.put("paragraph", Paragraph.class);
    MODEL.put("list", ListBlock.class);
    MODEL.put("listItem", ListItem.class);
    MODEL.put("quotation", Quotation.class);
    MODEL.put("caseStudy", CaseStudy.class);
    MODEL.put("definitionsBlock", DefinitionsBlock.class);
    MODEL.put("shortText", ShortTextQuestion.class);
    MODEL.put("longText", LongTextQuestion.class);
    MODEL.put("email", EmailQuestion.class);
    MODEL.put("count", CountQuestion.class);
    MODEL.put("tickBox", TickBoxQuestion.class);
    MODEL.put("singleChoice", SingleChoiceQuestion.class);
    MODEL.put("multipleChoice", MultipleChoiceQuestion.class);
    MODEL.put("group", QuestionGroup.class);
    MODEL.put("option", Option.class);
  }

  /** The properties the model declares for a type, in JSON: its property order, and "type" for a kind. */
  private static Set<String> declared(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    if (type.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonTypeName.class)) {
      names.add("type");
    }
    names.addAll(List.of(type.getAnnotation(JsonPropertyOrder.class).value()));
    return names;
  }

  private static JsonNode schemaOf(String def) {
    return def.isEmpty() ? SCHEMA : SCHEMA.get("$defs").get(def);
  }

  private static String resource(String name) {
    try (InputStream in = Questionnaires.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theBundledQuestionnairesValidateAsShipped() {
    assertEquals(List.of(), VALIDATOR.validate(
        resource(Questionnaires.CALL_FOR_EVIDENCE_2012 + ".json").getBytes(StandardCharsets.UTF_8),
        Format.JSON, "2012"));
    assertEquals(List.of(), VALIDATOR.validate(
        resource(Questionnaires.REFERRAL_SCREENING + ".yaml").getBytes(StandardCharsets.UTF_8),
        Format.YAML, "referral"));
  }

  @Test
  void everyQuestionnaireTheModelWritesValidates() {
    List<Questionnaire> all = new ArrayList<>(List.of(Questionnaires.callForEvidence2012(),
        Questionnaires.referralScreening(), Fixtures.kinds(), maximal()));
    for (long seed = 0; seed < 200; seed++) {
      all.add(RandomQuestionnaires.make(seed));
    }
    for (Questionnaire q : all) {
      for (Format f : Format.values()) {
        String text = EvidenceJson.standard().write(q, f);
        assertEquals(List.of(), VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), f, q.id()), q.id() + " " + f);
      }
    }
  }

  private static Questionnaire maximal() {
    return Fixtures.read(DefinitionSchemaTest.class.getResourceAsStream("/fixtures/maximal.yaml"), "maximal.yaml", Format.YAML);
  }

  /**
   * The maximal fixture, written back, has every property the model declares for each type (but
   * the two it cannot have): so its validating proves that every property the model writes is in
   * the schema.
   */
  @Test
  void theMaximalFixtureHasEveryPropertyOfEveryType() {
    JsonNode written = JSON.readTree(EvidenceJson.standard().write(maximal(), Format.JSON));
    Map<Class<?>, Set<String>> seen = new LinkedHashMap<>();
    walk(written, Questionnaire.class, seen);
    for (Class<?> type : MODEL.values()) {
      Set<String> expected = declared(type);
      if (type == CountQuestion.class || type == MultipleChoiceQuestion.class) {
        expected.remove("responseField"); // no response field takes a count or several choices
      }
      assertEquals(new TreeSet<>(expected), new TreeSet<>(seen.getOrDefault(type, Set.of())), type.getSimpleName());
    }
  }

  private static void walk(JsonNode node, Class<?> type, Map<Class<?>, Set<String>> seen) {
    seen.computeIfAbsent(type, t -> new TreeSet<>()).addAll(node.propertyNames());
    for (String name : node.propertyNames()) {
      JsonNode v = node.get(name);
      for (JsonNode e : v.isArray() ? v : List.of(v)) {
        Class<?> inner = e.isObject() ? childType(type, name, e) : null;
        if (inner != null) {
          walk(e, inner, seen);
        }
      }
    }
  }

  private static Class<?> childType(Class<?> parent, String name, JsonNode v) {
    JsonNode kind = v.isObject() ? v.get("type") : null;
    if (kind != null && (name.equals("items") && parent == Section.class || name.equals("questions") || name.equals("rule"))) {
      for (Map.Entry<String, Class<?>> e : MODEL.entrySet()) {
        Class<?> c = e.getValue();
        com.fasterxml.jackson.annotation.JsonTypeName n = c.getAnnotation(com.fasterxml.jackson.annotation.JsonTypeName.class);
        boolean rule = name.equals("rule");
        boolean isRule = org.evidencekit.model.rules.DefinitionRule.class.isAssignableFrom(c);
        if (n != null && n.value().equals(kind.asString()) && rule == isRule) {
          return c;
        }
      }
      throw new AssertionError("no model type for " + kind);
    }
    switch (parent.getSimpleName() + "." + name) {
      case "Questionnaire.contact":
        return Contact.class;
      case "Questionnaire.definitions":
        return Definition.class;
      case "Questionnaire.parts":
        return Part.class;
      case "ChildAgeRule.extensions":
        return AgeExtension.class;
      case "Part.declaration":
        return Declaration.class;
      case "Part.sections":
        return Section.class;
      case "ListBlock.items":
        return ListItem.class;
      default:
    }
    if (name.equals("enableWhen")) {
      return Condition.class;
    }
    if (name.equals("options")) {
      return Option.class;
    }
    return null;
  }

  /** Nothing in the schema that the model does not declare, and nothing declared missing. */
  @Test
  void theSchemaHasExactlyThePropertiesOfTheModel() {
    for (Map.Entry<String, Class<?>> e : MODEL.entrySet()) {
      JsonNode def = schemaOf(e.getKey());
      Set<String> inSchema = new TreeSet<>(def.get("properties").propertyNames());
      Set<String> expected = new TreeSet<>(declared(e.getValue()));
      if (e.getValue() == QuestionGroup.class) {
        expected.add("required"); // every question has it; for a group it must be false
      }
      assertEquals(expected, inSchema, e.getKey().isEmpty() ? "the root" : e.getKey());
      assertFalse(def.get("additionalProperties").asBoolean(), e.getKey());
    }
  }

  @Test
  void everyPropertyIsDescribed() {
    for (String def : MODEL.keySet()) {
      JsonNode schema = schemaOf(def);
      assertTrue(schema.has("description"), def);
      for (String name : schema.get("properties").propertyNames()) {
        JsonNode p = schema.get("properties").get(name);
        boolean described = p.has("description")
            || p.has("$ref") && schemaOf(p.get("$ref").asString().substring("#/$defs/".length())).has("description");
        assertTrue(described, def + "." + name);
      }
    }
  }

  @Test
  void theSchemaIsTheResourceAsPrintedAndHasAVersionedId() {
    assertEquals(DefinitionSchema.ID, DefinitionSchema.schema().id());
    assertTrue(DefinitionSchema.ID.matches("https://evidencekit\\.org/schema/definition/[0-9]+"));
    try (InputStream in = DefinitionSchema.class.getResourceAsStream(DefinitionSchema.RESOURCE)) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), DefinitionSchema.schema().toJson());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  // ------------------------------------------------------------------ problems at their line

  private static final String REFERRAL = resource(Questionnaires.REFERRAL_SCREENING + ".yaml");

  /** The 1-based number of the first line containing {@code text}. */
  private static int lineOf(String document, String text) {
    String[] lines = document.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  private static List<SchemaProblem> yaml(String text) {
    return VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), Format.YAML, "form.yaml");
  }

  @Test
  void aWrongKindInYamlIsReportedAtItsLine() {
    String broken = REFERRAL.replaceFirst("type: count", "type: number");
    List<SchemaProblem> problems = yaml(broken);
    assertEquals(1, problems.size(), problems.toString());
    SchemaProblem p = problems.get(0);
    assertEquals(lineOf(broken, "type: number"), p.line().getAsInt());
    assertTrue(p.pointer().endsWith("/type"), p.pointer());
    assertTrue(p.message().startsWith("'number' is not one of: heading, paragraph, list"), p.message());
    assertTrue(p.message().contains("short-text"), p.message());
  }

  @Test
  void anUnknownPropertyInYamlIsReportedAtItsLineWithTheKnownOnes() {
    String broken = REFERRAL.replaceFirst("(\n *)required: true", "$1requird: true");
    List<SchemaProblem> problems = yaml(broken);
    assertEquals(1, problems.size(), problems.toString());
    SchemaProblem p = problems.get(0);
    assertEquals(lineOf(broken, "requird: true"), p.line().getAsInt());
    assertTrue(p.pointer().endsWith("/requird"), p.pointer());
    assertTrue(p.message().startsWith("unknown property 'requird': remove it, or correct its name (the properties"
        + " here are type, id, label, text, summary, hint, required, maxLength"), p.message());
  }

  @Test
  void aMissingPropertyInJsonIsReportedAtItsObject() {
    String json = EvidenceJson.standard().write(Questionnaires.callForEvidence2012(), Format.JSON);
    String broken = json.replaceFirst("\"term\" : \"[^\"]*\",", "");
    List<SchemaProblem> problems = VALIDATOR.validate(broken.getBytes(StandardCharsets.UTF_8), Format.JSON, "2012.json");
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("'term' is missing: add it", problems.get(0).message());
    assertEquals("/definitions/0", problems.get(0).pointer());
    assertEquals(lineOf(broken, "\"definitions\" : [ {"), problems.get(0).line().getAsInt());
  }

  @Test
  void aBadIdBlankTextAndAConditionWithoutItsValueAreTold() {
    String broken = REFERRAL.replaceFirst("id: child-age", "id: child age")
        .replaceFirst("(\n *)text: Your name", "$1text: \"  \"");
    List<SchemaProblem> problems = yaml(broken);
    assertEquals(2, problems.size(), problems.toString());
    // In the order of the text: the blank name comes first.
    assertEquals("must not be blank", problems.get(0).message());
    assertEquals(lineOf(broken, "text: \"  \""), problems.get(0).line().getAsInt());
    assertEquals("'child age' is not a usable id: use letters, digits, '-', '_' or '.', starting with a letter or"
        + " digit, at most 64 characters", problems.get(1).message());
    assertEquals(lineOf(broken, "id: child age"), problems.get(1).line().getAsInt());
    assertTrue(problems.get(0).line().getAsInt() < problems.get(1).line().getAsInt(), "in the order of the text");

    String noValue = "id: x\nversion: \"1\"\ntitle: X\nparts:\n  - id: p\n    enableWhen:\n"
        + "      - {question: q, operator: selected}\n";
    problems = yaml(noValue);
    assertEquals(List.of("7:9: /parts/0/enableWhen/0: 'value' is missing: add it"),
        problems.stream().map(SchemaProblem::toLine).collect(java.util.stream.Collectors.toList()));
    problems = yaml(noValue.replace("operator: selected", "operator: answered, value: a"));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("'answered' and 'not-answered' take no value: remove 'value'", problems.get(0).message());
  }
}
