package org.evidencekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A definition with a mistake gets an error naming its file, line, column and JSON Pointer. */
class DefinitionErrorsTest {
  private final EvidenceJson json = EvidenceJson.standard();

  private static final String YAML =
      String.join(
          "\n",
          "id: demo", // 1
          "version: \"1\"", // 2
          "title: Demo", // 3
          "parts:", // 4
          "  - id: p", // 5
          "    sections:", // 6
          "      - id: s", // 7
          "        items:", // 8
          "          - type: count", // 9
          "            id: victims", // 10
          "            text: How many?", // 11
          "          - type: multiple-choice", // 12
          "            id: groups", // 13
          "            text: Which groups?", // 14
          "            options:", // 15
          "              - id: a", // 16
          "                text: BME children", // 17
          "              - id: other", // 18
          "                text: Other", // 19
          "                specify: true", // 20
          "");

  private List<String> errors(String text, Format format) {
    InputException e = assertThrows(InputException.class, () -> json.readQuestionnaire(text, format));
    return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
  }

  @Test
  void theFixtureItselfIsFine() {
    assertEquals(2, json.readQuestionnaire(YAML, Format.YAML).questions().size());
  }

  @Test
  void anUnknownPropertyIsNamedWithItsLine() {
    assertEquals(
        List.of("(text):14:13: /parts/0/sections/0/items/1/txt: unknown property 'txt': use columns, editorial,"
            + " enableBehavior, enableWhen, hint, id, label, notes, options, required, responseField, summary, text"),
        errors(YAML.replace("            text: Which groups?", "            txt: Which groups?"), Format.YAML)
            .subList(0, 1));
  }

  @Test
  void aDuplicateIdIsReportedAtTheSecondOne() {
    assertEquals(
        List.of("(text):13:13: /parts/0/sections/0/items/1/id: another question already has the id 'victims':"
            + " ids must be unique, even where printed numbers repeat"),
        errors(YAML.replace("id: groups", "id: victims"), Format.YAML));
  }

  @Test
  void everyDefinitionProblemIsReportedNotJustTheFirst() {
    String bad = YAML.replace("id: groups", "id: victims")
        + "            enableWhen:\n"
        + "              - question: nowhere\n"
        + "                operator: answered\n"
        + "              - question: groups\n"
        + "                operator: greater-than\n"
        + "                value: 3\n";
    List<String> problems = errors(bad.replace("          - type: count\n            id: victims",
        "          - type: count\n            id: victims\n            responseField: respondent.email"), Format.YAML);
    assertEquals(4, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).contains("another question already has the id 'victims'"), problems.get(0));
    assertTrue(problems.get(1).contains("/responseField: respondent.email is filled by an email question, not a count question"), problems.get(1));
    assertTrue(problems.get(2).contains("there is no question or declaration with the id 'nowhere'"), problems.get(2));
    assertTrue(problems.get(3).contains("/enableWhen/1/question: there is no question or declaration with the id 'groups'")
        || problems.get(3).contains("'greater-than' tests a count question"), problems.get(3));
  }

  @Test
  void issue9_theArticleFitsTheKind() {
    String email = YAML.replace("          - type: count\n            id: victims",
        "          - type: email\n            id: victims\n            responseField: respondent.name");
    List<String> problems = errors(email, Format.YAML);
    assertEquals(1, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).endsWith("/responseField: respondent.name is filled by a short-text or long-text"
        + " question, not an email question"), problems.get(0));
  }

  @Test
  void anUnknownKindOfQuestion() {
    assertEquals(
        List.of("(text):9:19: /parts/0/sections/0/items/0: 'counter' is not a kind of item: use heading, paragraph,"
            + " list, quotation, case-study, definitions, short-text, long-text, email, count, tick-box,"
            + " single-choice, multiple-choice, group"),
        errors(YAML.replace("type: count", "type: counter"), Format.YAML));
  }

  @Test
  void aMissingPropertyIsNamed() {
    List<String> problems = errors(YAML.replace("            text: How many?\n", ""), Format.YAML);
    assertEquals(List.of("(text):9:13: /parts/0/sections/0/items/0/text: missing property 'text'"), problems);
  }

  @Test
  void conditionsMustFitTheQuestionTheyTest() {
    String bad = YAML.replace("            text: How many?\n",
        "            text: How many?\n"
            + "            enableWhen:\n"
            + "              - {question: groups, operator: selected, value: b}\n");
    assertEquals(
        List.of("(text):13:56: /parts/0/sections/0/items/0/enableWhen/0/value: question 'groups' has no option with the id 'b'"),
        errors(bad, Format.YAML));
  }

  @Test
  void conditionsMayNotFormACycle() {
    String bad = YAML
        .replace("            text: How many?\n",
            "            text: How many?\n            enableWhen: [{question: groups, operator: selected, value: a}]\n")
        .replace("            text: Which groups?\n",
            "            text: Which groups?\n            enableWhen: [{question: victims, operator: greater-than, value: 1}]\n");
    List<String> problems = errors(bad, Format.YAML);
    assertEquals(1, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).contains("conditions form a cycle: victims → groups → victims"), problems.get(0));
  }

  @Test
  void aCycleThroughADeclarationIsACycleToo() {
    String bad = YAML.replace("            text: How many?\n",
            "            text: How many?\n            enableWhen: [{question: b-applies, operator: equals, value: true}]\n")
        + "  - id: b\n"
        + "    declaration: {id: b-applies, prompt: If so}\n"
        + "    enableWhen: [{question: victims, operator: greater-than, value: 1}]\n"
        + "    sections: [{id: sb, items: [{type: long-text, id: more, text: Say more}]}]\n";
    List<String> problems = errors(bad, Format.YAML);
    assertEquals(1, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).contains("conditions form a cycle: victims → b-applies → part:b → victims"), problems.get(0));
  }

  @Test
  void aPartCannotDependOnItsOwnQuestions() {
    String bad = YAML.replace("  - id: p\n", "  - id: p\n    enableWhen: [{question: victims, operator: answered}]\n");
    assertTrue(errors(bad, Format.YAML).get(0).contains("a part cannot depend on a question inside it ('victims')"));
  }

  @Test
  void malformedJsonReportsLineAndColumn() {
    String text = "{\n  \"id\": \"demo\",\n  \"version\": \"1\"\n  \"title\": \"x\"\n}";
    InputException e = assertThrows(InputException.class, () -> json.readQuestionnaire(text, Format.JSON));
    assertTrue(e.isUnreadable());
    InputProblem p = e.problems().get(0);
    assertEquals(4, p.line());
    assertEquals(3, p.column());
    // Issue 10, item 10: in our words, not the parser's ("(code 34)", feature names).
    assertTrue(p.toString().startsWith("(text):4:3: malformed JSON: unexpected '\"': a comma is missing between two"
        + " properties"), p.toString());
  }

  @Test
  void malformedYamlReportsItsLine() {
    InputException e = assertThrows(InputException.class,
        () -> json.readQuestionnaire("id: demo\nversion: \"1\nparts: [\n", Format.YAML));
    assertTrue(e.isUnreadable());
    assertTrue(e.problems().get(0).line() >= 2, e.getMessage());
  }

  @Test
  void anUnquotedVersionThatYamlWouldReadAsANumberIsRefused() {
    List<String> problems = errors(YAML.replace("version: \"1\"", "version: 1.10"), Format.YAML);
    assertEquals(List.of("(text):2:10: /version: '1.1' is read as a number here: write it in quotes to keep it as written"), problems);
  }

  @Test
  void aFileNamesItselfInEveryProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my-form.yaml");
    Files.writeString(file, YAML.replace("id: groups", "id: victims"));
    InputException e = assertThrows(InputException.class, () -> json.readQuestionnaire(file));
    assertTrue(e.problems().get(0).toString().startsWith(file + ":13:13: /parts/0/sections/0/items/1/id: another question"));

    InputException missing = assertThrows(InputException.class, () -> json.readQuestionnaire(dir.resolve("nope.json")));
    assertEquals(dir.resolve("nope.json") + ": no such file", missing.getMessage());
    assertTrue(missing.isUnreadable());
  }

  @Test
  void buildingAnInvalidQuestionnaireInCodeListsEveryProblem() {
    InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> Questionnaire.builder()
        .id("demo").version("1").title("Demo").language("not a language")
        .addParts(Part.builder().id("p").addSections(Section.builder().id("s")
            .addItems(CountQuestion.builder().id("n").text("How many?").build())
            .addItems(TickBoxQuestion.builder().id("n").text("Tick").build()).build()).build())
        .build());
    assertEquals(
        List.of("/language: 'not a language' is not a BCP 47 language tag, such as \"en-GB\" or \"cy\"",
            "/parts/0/sections/0/items/1/id: another question already has the id 'n': ids must be unique, even where printed numbers repeat"),
        e.problems().stream().map(DefinitionProblem::toString).collect(Collectors.toList()));
  }

  @Test
  void anObjectsOwnRuleNamesTheObjectsPlace() {
    String bad = YAML.replace("              - id: a\n", "              - id: \"a b\"\n");
    List<String> problems = errors(bad, Format.YAML);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("(text):16:17: /parts/0/sections/0/items/1/options/0/id: 'a b' is not a usable id"),
        problems.get(0));
  }
}
