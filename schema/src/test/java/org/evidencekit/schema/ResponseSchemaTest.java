package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Condition;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.InvalidDefinitionException;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.Operator;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Section;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.testing.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated response schema: its shape, its verdicts on chosen cases, and its messages. */
class ResponseSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Questionnaire KINDS = Fixtures.kinds();
  private static final SchemaValidator KINDS_VALIDATOR = SchemaValidator.of(ResponseSchemas.standard().schemaFor(KINDS));

  private static String kinds(String fields) {
    return "{\"questionnaire\": {\"id\": \"kinds\", \"version\": \"3\"}, \"respondent\": {\"name\": \"A Worker\"}"
        + (fields.isEmpty() ? "" : ", " + fields) + "}";
  }

  /** Asserts both verdicts and returns the schema's problems. */
  private static List<SchemaProblem> verdict(Questionnaire q, SchemaValidator v, String json, boolean valid) {
    String core = Verdicts.core(q, json);
    List<SchemaProblem> problems = v.validate(json);
    assertEquals(valid, Verdicts.isValid(core), "core-model: " + core + "\n" + json);
    assertEquals(valid, problems.isEmpty(), "schema: " + problems + "\n" + json);
    return problems;
  }

  @Test
  void theSchemaIsOf2020_12WithAnIdNamingTheQuestionnaireAndVersion() {
    JsonSchema schema = ResponseSchemas.standard().schemaFor(KINDS);
    JsonNode root = JSON.readTree(schema.toJson());
    assertEquals("https://json-schema.org/draft/2020-12/schema", root.get("$schema").asString());
    assertEquals("https://evidencekit.org/schema/response/kinds/3", root.get("$id").asString());
    assertEquals(schema.id(), root.get("$id").asString());
    assertEquals(Optional.of(QuestionnaireRef.of("kinds", "3")), schema.questionnaire());
    assertEquals("kinds", root.at("/properties/questionnaire/properties/id/const").asString());
    assertEquals("3", root.at("/properties/questionnaire/properties/version/const").asString());
  }

  @Test
  void anIdBaseAndAVersionThatIsNoPlainPathSegment() {
    Questionnaire q = Questionnaire.builder().id("kinds").version("2012 edition/2").title("Every kind")
        .addAllParts(KINDS.parts()).build();
    JsonSchema schema = ResponseSchemas.builder().base("https://partner.example/schemas/").build().schemaFor(q);
    assertEquals("https://partner.example/schemas/kinds/2012%20edition%2F2", schema.id());
    assertThrows(IllegalArgumentException.class, () -> ResponseSchemas.builder().base("not a uri"));
  }

  @Test
  void generatingTwiceGivesTheSameText() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    JsonSchema a = ResponseSchemas.standard().schemaFor(q);
    JsonSchema b = ResponseSchemas.standard().schemaFor(q);
    assertEquals(a.toJson(), b.toJson());
    assertEquals(a, b);
    assertTrue(a.toJson().endsWith("}\n"));
  }

  @Test
  void unknownPropertiesAreRejectedEverywhere() {
    JsonNode root = JSON.readTree(ResponseSchemas.standard().schemaFor(Questionnaires.callForEvidence2012()).toJson());
    List<String> open = new ArrayList<>();
    collectOpenObjects(root.get("properties"), "/properties", open);
    assertEquals(List.of(), open, "object schemas without additionalProperties: false");
    assertFalse(root.get("additionalProperties").asBoolean());
  }

  private static void collectOpenObjects(JsonNode schema, String at, List<String> open) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    if (schema.has("type") && schema.get("type").asString().equals("object")
        && !(schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean())) {
      open.add(at);
    }
    if (schema.has("properties")) {
      for (String name : schema.get("properties").propertyNames()) {
        collectOpenObjects(schema.get("properties").get(name), at + "/properties/" + name, open);
      }
    }
    if (schema.has("items")) {
      collectOpenObjects(schema.get("items"), at + "/items", open);
    }
  }

  @Test
  void everyAnswerHasAPropertyOfItsType() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    JsonNode answers = JSON.readTree(ResponseSchemas.standard().schemaFor(q).toJson()).at("/properties/answers/properties");
    Set<String> expected = new TreeSet<>();
    for (Question question : q.questions()) {
      if (question.asGroup().isPresent() || question.responseField().isPresent()) {
        continue;
      }
      expected.add(question.id());
      JsonNode p = answers.get(question.id());
      question.accept(
          new QuestionVisitor<Void>() {
            @Override
            public Void visit(ShortTextQuestion question) {
              assertEquals("string", p.get("type").asString());
              assertEquals(question.maxLength(), p.get("maxLength").asInt());
              return null;
            }

            @Override
            public Void visit(LongTextQuestion question) {
              assertEquals("string", p.get("type").asString());
              assertEquals(question.maxLength(), p.get("maxLength").asInt());
              return null;
            }

            @Override
            public Void visit(EmailQuestion question) {
              assertEquals("string", p.get("type").asString());
              return null;
            }

            @Override
            public Void visit(CountQuestion question) {
              assertEquals("integer", p.get("type").asString());
              assertEquals(0, p.get("minimum").asInt());
              return null;
            }

            @Override
            public Void visit(TickBoxQuestion question) {
              assertEquals("boolean", p.get("type").asString());
              return null;
            }

            @Override
            public Void visit(SingleChoiceQuestion question) {
              return options(question);
            }

            @Override
            public Void visit(MultipleChoiceQuestion question) {
              return options(question);
            }

            @Override
            public Void visit(QuestionGroup group) {
              throw new AssertionError("a group has no answer");
            }

            private Void options(ChoiceQuestion question) {
              List<String> ids = new ArrayList<>();
              p.at("/properties/selected/items/enum").forEach(id -> ids.add(id.asString()));
              assertEquals(question.options().stream().map(Option::id).collect(Collectors.toList()), ids);
              return null;
            }
          });
    }
    q.parts().forEach(part -> part.declaration().ifPresent(d -> {
      expected.add(d.id());
      assertEquals("boolean", answers.get(d.id()).get("type").asString());
    }));
    assertEquals(expected, new TreeSet<>(answers.propertyNames()));
  }

  @Test
  void aFractionalCountIsToldAsCoreModelTellsIt() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    SchemaValidator v = SchemaValidator.of(ResponseSchemas.standard().schemaFor(q));
    String json = EvidenceJson.standard().write(Questionnaires.exampleResponse(q.id()))
        .replaceFirst("\"cse-victims-per-year\" : [0-9]+", "\"cse-victims-per-year\" : 12.5");
    List<SchemaProblem> problems = verdict(q, v, json, false);
    assertEquals(1, problems.size(), problems.toString());
    SchemaProblem p = problems.get(0);
    assertEquals("/answers/cse-victims-per-year", p.pointer());
    assertEquals(Optional.of("cse-victims-per-year"), p.questionId());
    assertEquals(Optional.of("1."), p.printedNumber());
    assertEquals("Question 1: Enter the number of CSE victims you work with each year as a whole number, like 12",
        p.message());
    assertEquals("type", p.keyword());
    String[] lines = json.split("\n");
    assertTrue(lines[p.line().getAsInt() - 1].contains("\"cse-victims-per-year\" : 12.5"), "line " + p.line());
    assertEquals(p.line().getAsInt() + ":" + p.column().getAsInt() + ": /answers/cse-victims-per-year: " + p.message(),
        p.toLine());
  }

  /** Single mistakes whose message is core-model's, word for word, at core-model's pointer. */
  @Test
  void messagesAreCoreModelsWhereTheMistakeIsTheSame() {
    String[] cases = {
      "\"answers\": {\"victims\": -3}",
      "\"answers\": {\"victims\": 2.5}",
      "\"answers\": {\"victims\": 100001}",
      "\"answers\": {\"victims\": \"twelve\"}",
      "\"answers\": {\"area\": \"Far too long an area\"}",
      "\"answers\": {\"area\": \"   \"}",
      "\"answers\": {\"groups\": {\"selected\": [\"zz\"]}}",
      "\"answers\": {\"groups\": {\"selected\": [\"a\", \"a\"]}}",
      "\"answers\": {\"groups\": {\"selected\": []}}",
      "\"answers\": {\"groups\": {\"selected\": [\"other\"]}}",
      "\"answers\": {\"groups\": {\"selected\": [\"a\"], \"specified\": {\"other\": \"Youth clubs\"}}}",
      "\"answers\": {\"groups\": {\"selected\": [\"a\"], \"specified\": {\"a\": \"Youth clubs\"}}}",
      "\"answers\": {\"groups\": {\"selected\": [\"other\"], \"specified\": {\"other\": \"Much more than twenty characters\"}}}",
      "\"answers\": {\"often\": {\"selected\": [\"weekly\", \"monthly\"]}}",
      "\"answers\": {\"no-such-question\": 1}",
      "\"answers\": {\"contact\": \"x\"}",
      "\"answers\": {\"name\": \"A Worker\"}",
      "\"answers\": {\"agree\": \"yes\"}",
      "\"answers\": {\"intervention-applies\": \"yes\"}",
      "\"respondent\": {\"name\": \"A Worker\", \"email\": \"not an email\"}",
      "\"respondent\": {\"name\": \"A Worker\", \"jobTitle\": \" \"}",
      "\"attachments\": [{\"name\": \" \", \"mediaType\": \"video\"}]",
      "\"attachments\": [{\"name\": \"a.mp4\", \"mediaType\": \"video/mp4\", \"size\": -1, \"sha256\": \"ABC\"}]",
      "\"id\": \"  \"",
    };
    for (String fields : cases) {
      String json = fields.startsWith("\"respondent\"")
          ? "{\"questionnaire\": {\"id\": \"kinds\", \"version\": \"3\"}, " + fields + "}"
          : kinds(fields);
      verdict(KINDS, KINDS_VALIDATOR, json, false);
      List<String> core = coreErrors(KINDS, json);
      Set<String> schema = KINDS_VALIDATOR.validate(json).stream().map(p -> p.pointer() + ": " + p.message())
          .collect(Collectors.toSet());
      for (String c : core) {
        assertTrue(schema.contains(c), "for " + fields + "\n  core-model: " + c + "\n  schema: " + schema);
      }
    }
  }

  private static List<String> coreErrors(Questionnaire q, String json) {
    return org.evidencekit.model.validation.ResponseValidator.standard().validate(q, EvidenceJson.standard().readResponse(json))
        .errors().stream().map(p -> p.pointer() + ": " + p.message()).collect(Collectors.toList());
  }

  @Test
  void aQuestionnaireOfAnotherIdOrVersionIsNamed() {
    List<SchemaProblem> p = verdict(KINDS, KINDS_VALIDATOR,
        "{\"questionnaire\": {\"id\": \"other-form\", \"version\": \"3\"}, \"respondent\": {\"name\": \"A\"}}", false);
    assertEquals("This response answers the questionnaire 'other-form', not 'kinds' (Every kind): check it against its"
        + " own questionnaire", p.get(0).message());
    p = verdict(KINDS, KINDS_VALIDATOR,
        "{\"questionnaire\": {\"id\": \"kinds\", \"version\": \"2\"}, \"respondent\": {\"name\": \"A\"}}", false);
    assertEquals("/questionnaire/version", p.get(0).pointer());
    assertTrue(p.get(0).message().startsWith("This response answers version '2' of 'kinds', not version '3'"));
  }

  @Test
  void aDeclaredPartAppliesWhenTickedOrWhenAnswered() {
    // Not declared, nothing answered: the part does not apply.
    verdict(KINDS, KINDS_VALIDATOR, kinds(""), true);
    // Declared false, nothing answered: fine.
    verdict(KINDS, KINDS_VALIDATOR, kinds("\"answers\": {\"intervention-applies\": false}"), true);
    // Declared true: its required question must be answered.
    List<SchemaProblem> p = verdict(KINDS, KINDS_VALIDATOR, kinds("\"answers\": {\"intervention-applies\": true}"), false);
    assertEquals("/answers/types", p.get(0).pointer());
    assertEquals("Question 6: Select the type of support or interventions you offer (the Intervention section applies:"
        + " you said so, or answered questions in it)", p.get(0).message());
    // Not declared, but a question answered: the part applies, so the required one is missing.
    p = verdict(KINDS, KINDS_VALIDATOR, kinds("\"answers\": {\"activities\": \"Group work\"}"), false);
    assertEquals(List.of("/answers/types"), pointers(p));
    verdict(KINDS, KINDS_VALIDATOR,
        kinds("\"answers\": {\"activities\": \"Group work\", \"types\": {\"selected\": [\"early\"]}}"), true);
    // Declared false with an answer: the answer is where it must not be.
    p = verdict(KINDS, KINDS_VALIDATOR,
        kinds("\"answers\": {\"intervention-applies\": false, \"activities\": \"Group work\"}"), false);
    assertEquals(List.of("/answers/activities"), pointers(p));
    assertEquals("Question 7a: This question applies only when the Intervention section applies (you tick that it does,"
        + " or answer its questions): remove the answer", p.get(0).message());
  }

  @Test
  void aQuestionWithAConditionIsAnsweredOnlyWhenItHolds() {
    List<SchemaProblem> p = verdict(KINDS, KINDS_VALIDATOR,
        kinds("\"answers\": {\"groups\": {\"selected\": [\"a\"]}, \"other-detail\": \"More\"}"), false);
    assertEquals("Question 4: This question applies only when 'j. Other (please explain):' is chosen in question 3:"
        + " remove the answer", p.get(0).message());
    verdict(KINDS, KINDS_VALIDATOR, kinds("\"answers\": {\"groups\": {\"selected\": [\"other\"], \"specified\":"
        + " {\"other\": \"Faith groups\"}}, \"other-detail\": \"More\"}"), true);
  }

  /**
   * Conditions on a question that does not itself apply see no answer, whatever was given: a tick
   * box that does not apply may still be false, and a condition on it then sees nothing.
   */
  @Test
  void aConditionOnAQuestionThatDoesNotApplySeesNoAnswer() {
    Questionnaire q = chain();
    SchemaValidator v = SchemaValidator.of(ResponseSchemas.standard().schemaFor(q));
    String base = "{\"questionnaire\": {\"id\": \"chain\", \"version\": \"1\"}, \"answers\": {";
    // c is "no": t does not apply, so y does not; z applies (t is not answered) and is required.
    verdict(q, v, base + "\"c\": {\"selected\": [\"no\"]}}}", false);
    verdict(q, v, base + "\"c\": {\"selected\": [\"no\"]}, \"z\": \"Because\"}}", true);
    // t false where it does not apply is allowed, and still seen as no answer.
    verdict(q, v, base + "\"c\": {\"selected\": [\"no\"]}, \"t\": false, \"z\": \"Because\"}}", true);
    // t ticked where it does not apply is an error.
    verdict(q, v, base + "\"c\": {\"selected\": [\"no\"]}, \"t\": true, \"z\": \"Because\"}}", false);
    // c is "yes" and t ticked: y applies and is required; z does not apply.
    verdict(q, v, base + "\"c\": {\"selected\": [\"yes\"]}, \"t\": true}}", false);
    verdict(q, v, base + "\"c\": {\"selected\": [\"yes\"]}, \"t\": true, \"y\": \"Details\"}}", true);
    verdict(q, v, base + "\"c\": {\"selected\": [\"yes\"]}, \"t\": true, \"y\": \"Details\", \"z\": \"No\"}}", false);
    // c is "yes" and t left unticked: y does not apply; z does.
    verdict(q, v, base + "\"c\": {\"selected\": [\"yes\"]}, \"z\": \"Because\"}}", true);
  }

  /** c (yes/no); t applies when c is yes; y, required, when t is ticked; z, required, when t is not answered. */
  private static Questionnaire chain() {
    return Questionnaire.builder().id("chain").version("1").title("Chain")
        .addParts(Part.builder().id("p").addSections(Section.builder().id("s")
            .addItems(SingleChoiceQuestion.builder().id("c").text("Yes or no?")
                .addOptions(Option.of("yes", "a.", "Yes"), Option.of("no", "b.", "No")).build())
            .addItems(TickBoxQuestion.builder().id("t").text("Tick if so")
                .addEnableWhen(Condition.of("c", Operator.SELECTED, "yes")).build())
            .addItems(LongTextQuestion.builder().id("y").text("Why?").required(true)
                .addEnableWhen(Condition.of("t", Operator.EQUALS, "true")).build())
            .addItems(LongTextQuestion.builder().id("z").text("Why not?").required(true)
                .addEnableWhen(Condition.of("t", Operator.NOT_ANSWERED, null)).build())
            .build()).build())
        .build();
  }

  @Test
  void conditionsThatDependOnOneAnotherInACircleAreAClearError() {
    // q1 applies when part b's declaration is ticked; part b applies only when q1 is ticked. The
    // definition checker refuses it, so no schema is ever asked for.
    InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> Questionnaire.builder().id("circle").version("1").title("Circle")
        .addParts(Part.builder().id("a").addSections(Section.builder().id("sa")
            .addItems(TickBoxQuestion.builder().id("q1").text("Tick")
                .addEnableWhen(Condition.of("b-applies", Operator.EQUALS, "true")).build()).build()).build())
        .addParts(Part.builder().id("b")
            .declaration(Declaration.builder().id("b-applies").prompt("If so").build())
            .addEnableWhen(Condition.of("q1", Operator.EQUALS, "true"))
            .addSections(Section.builder().id("sb")
                .addItems(LongTextQuestion.builder().id("q2").text("Say more").build()).build()).build())
        .build());
    assertTrue(e.getMessage().contains("conditions form a cycle: q1 → b-applies → part:b → q1"), e.getMessage());
  }

  @Test
  void everyRuleAndDefinitionSaysWhatItIsFor() {
    JsonNode root = JSON.readTree(ResponseSchemas.standard().schemaFor(Questionnaires.callForEvidence2012()).toJson());
    root.get("allOf").forEach(rule -> assertTrue(rule.has("description"), rule.toString()));
    root.get("$defs").forEach(def -> assertTrue(def.has("description"), def.toString()));
    assertTrue(root.at("/properties/answers/properties/cse-victims-per-year/title").asString()
        .startsWith("1. How many"));
  }

  @Test
  void oneValidatorServesManyThreads() throws Exception {
    Questionnaire q = Questionnaires.callForEvidence2012();
    SchemaValidator v = SchemaValidator.of(ResponseSchemas.standard().schemaFor(q));
    List<String> jsons = new ArrayList<>();
    List<List<SchemaProblem>> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String json = EvidenceJson.standard().write(ExampleResponses.random(q, i));
      if (i % 2 == 1) {
        json = json.replaceFirst("\"answers\" : \\{", "\"answers\" : { \"zz\": 1, ");
      }
      jsons.add(json);
      expected.add(v.validate(json));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<SchemaProblem>>> results = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (String json : jsons) {
          results.add(pool.submit(() -> v.validate(json)));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(expected.get(i % jsons.size()), results.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(20, expected.stream().filter(List::isEmpty).count());
  }

  @Test
  void aResponseObjectIsValidatedInItsJsonForm() {
    Questionnaire q = Questionnaires.referralScreening();
    SchemaValidator v = SchemaValidator.of(ResponseSchemas.standard().schemaFor(q));
    assertEquals(List.of(), v.validate(Questionnaires.exampleResponse(q.id())));
    assertEquals(List.of(), v.validate(ExampleResponses.complete(q)));
    assertFalse(v.validate(ExampleResponses.complete(KINDS)).isEmpty(), "another questionnaire's response");
  }

  @Test
  void anUnreadableDocumentIsAClearErrorWithItsPlace() {
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
        () -> KINDS_VALIDATOR.validate("{\"questionnaire\": {\"id\": \"kinds\",\n \"id\": \"x\"}}"));
    assertEquals(OptionalInt.of(2), e.line());
    assertTrue(e.getMessage().startsWith("(text):2:"), e.getMessage());
    assertTrue(e.getMessage().contains("a property is given twice"), e.getMessage());
    assertThrows(UnreadableDocumentException.class, () -> KINDS_VALIDATOR.validate("{\"questionnaire\": "));
    assertThrows(UnreadableDocumentException.class, () -> KINDS_VALIDATOR.validate("  "));
    assertThrows(UnreadableDocumentException.class, () -> KINDS_VALIDATOR.validate("{} {}"));
  }

  @Test
  void numbersBeyondSixtyFourBitsAreJudgedAsCoreModelJudgesThem() {
    String[] counts = {"1e400", "-1e400", "1e999999999", "-1.5e999999999", "100000000000000000000000.5",
        "-100000000000000000000000.5", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "123456789012345678901234567890", "1E+2", "-0.0", "100000.000"};
    for (String n : counts) {
      String json = kinds("\"answers\": {\"victims\": " + n + "}");
      assertEquals(Verdicts.isValid(Verdicts.core(KINDS, json)), KINDS_VALIDATOR.isValid(json), n);
    }
    assertTrue(KINDS_VALIDATOR.isValid(kinds("\"answers\": {\"victims\": 1E+2}")));
    // Where the question sets no maximum, any whole number of 0 or more up to NumberAnswer.MAX
    // (999,999,999,999,999) will do; beyond it both refuse it.
    Questionnaire q = Questionnaires.callForEvidence2012();
    SchemaValidator v = SchemaValidator.of(ResponseSchemas.standard().schemaFor(q));
    for (String n : new String[] {"999999999999999", "1e999999999", "9223372036854775808", "1e400",
        "1000000000000000"}) {
      String json = EvidenceJson.standard().write(Questionnaires.exampleResponse(q.id()))
          .replaceFirst("\"cse-victims-per-year\" : [0-9]+", "\"cse-victims-per-year\" : " + n);
      assertTrue(json.contains(n), "the example answers cse-victims-per-year");
      boolean within = n.equals("999999999999999");
      assertEquals(within, Verdicts.isValid(Verdicts.core(q, json)), n);
      assertEquals(within, v.isValid(json), n);
    }
  }

  /** The email pattern is core-model's rule, white space stripped from both ends as core-model strips it. */
  @Test
  void emailAddressesAreJudgedAsCoreModelJudgesThem() {
    String[] emails = {
      "worker@example.org", "a.b-c+d@sub.example.co.uk", "x@y.z", "x@y", "@example.org", "a@@example.org",
      "a b@example.org", "a..b@example.org", ".a@example.org", "a.@example.org", "a@-example.org",
      "a@example-.org", "a@exa_mple.org", "a@" + "l".repeat(63) + ".org", "a@" + "l".repeat(64) + ".org",
      " a@example.org", "a@example.org ", "\ta@example.org\n", "a@example.org\u0085", "\u00A0a@example.org",
      "a@example.org\u3000", "a@example.org\u2028", "Ŵ@example.org", "a@example.org.", "a@example..org",
      "{}|~^`'!#$%&*=?/@example.org", "a@123.45", "A@EXAMPLE.ORG", "a@example.org\u001F", "a@example.org\u000B",
    };
    for (String e : emails) {
      tools.jackson.databind.node.ObjectNode tree =
          (tools.jackson.databind.node.ObjectNode) JSON.readTree(kinds(""));
      ((tools.jackson.databind.node.ObjectNode) tree.get("respondent")).put("email", e);
      String json = JSON.writeValueAsString(tree);
      assertEquals(Verdicts.isValid(Verdicts.core(KINDS, json)), KINDS_VALIDATOR.isValid(json), json);
    }
  }

  private static List<String> pointers(List<SchemaProblem> problems) {
    return problems.stream().map(SchemaProblem::pointer).collect(Collectors.toList());
  }
}
