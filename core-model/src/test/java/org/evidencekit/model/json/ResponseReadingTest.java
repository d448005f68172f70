package org.evidencekit.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.InputException;
import org.evidencekit.model.InputProblem;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.junit.jupiter.api.Test;

/** Reading responses: strict, every unknown property named with its path, positions for syntax. */
class ResponseReadingTest {
  private final EvidenceJson json = EvidenceJson.standard();

  private List<String> problems(String text) {
    InputException e = assertThrows(InputException.class, () -> json.readResponse(text));
    return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
  }

  @Test
  void everyUnknownPropertyIsNamedWithItsPath() {
    String text = "{\n"
        + "  \"questionnaire\": {\"id\": \"kinds\", \"version\": \"3\"},\n"
        + "  \"respondent\": {\"name\": \"Ann\", \"nickname\": \"A\"},\n"
        + "  \"answerz\": {},\n"
        + "  \"attachments\": [{\"name\": \"a.mp4\", \"mediaType\": \"video/mp4\", \"bytes\": 3}]\n"
        + "}";
    InputException e = assertThrows(InputException.class, () -> json.readResponse(text));
    assertEquals(
        List.of(
            "(text):3:33: /respondent/nickname: unknown property 'nickname': use area, contactName, email, jobTitle, name, organisation, phone",
            "(text):4:3: /answerz: unknown property 'answerz': use answers, attachments, consent, id, oralEvidence, questionnaire, respondent, submitted",
            "(text):5:63: /attachments/0/bytes: unknown property 'bytes': use description, mediaType, name, sha256, size"),
        e.problems().stream().map(InputProblem::toString).collect(Collectors.toList()));
    assertFalse(e.isUnreadable(), "JSON, of the wrong shape");
    Response partial = e.partial(Response.class).orElseThrow();
    assertEquals("Ann", partial.respondent().name().orElseThrow());
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    InputException e = assertThrows(InputException.class,
        () -> json.readResponse("{\n  \"questionnaire\": {\"id\": \"kinds\", \"version\": \"3\"},\n  \"answers\": {\"a\": 1,}\n}"));
    assertTrue(e.isUnreadable());
    assertEquals(3, e.problems().get(0).line());
    assertEquals(22, e.problems().get(0).column());
    assertTrue(e.getMessage().startsWith("(text):3:22: malformed JSON:"), e.getMessage());
  }

  @Test
  void answersOfEveryKindAreReadAsGiven() {
    Response r = json.readResponse("{\"questionnaire\": {\"id\": \"k\", \"version\": \"1\"}, \"answers\": {"
        + "\"t\": \"text\", \"n\": 12, \"f\": -2.50, \"b\": true,"
        + " \"c\": {\"selected\": [\"a\", \"other\"], \"specified\": {\"other\": \"x\"}}}}");
    assertEquals(TextAnswer.of("text"), r.answers().get("t"));
    assertEquals(NumberAnswer.of(12), r.answers().get("n"));
    assertEquals(NumberAnswer.of(new BigDecimal("-2.50")), r.answers().get("f"), "kept exactly, not rounded");
    assertEquals(BooleanAnswer.of(true), r.answers().get("b"));
    assertEquals(ChoiceAnswer.builder().select("a").select("other", "x").build(), r.answers().get("c"));
  }

  @Test
  void answersThatAreNoKindOfAnswer() {
    assertEquals(List.of("(text):1:65: /answers/a: null is not allowed here: leave the property out instead"),
        problems("{\"questionnaire\": {\"id\": \"k\", \"version\": \"1\"}, \"answers\": {\"a\": null}}"));
    assertEquals(List.of("(text):1:65: /answers/a: an answer cannot be a bare list: write the options chosen as {\"selected\": [...]}"),
        problems("{\"questionnaire\": {\"id\": \"k\", \"version\": \"1\"}, \"answers\": {\"a\": [\"x\"]}}"));
    assertEquals(List.of("(text):1:76: /answers/a: a choice answer has only 'selected' and 'specified'; remove the other property"),
        problems("{\"questionnaire\": {\"id\": \"k\", \"version\": \"1\"}, \"answers\": {\"a\": {\"chosen\": [\"x\"]}}}"));
  }

  @Test
  void wrongTypesAndMissingPropertiesAreNamed() {
    assertEquals(List.of("(text):1:53: /questionnaire/version: missing property 'version'"),
        problems("{\"questionnaire\": {\"id\": \"k\"}, \"answers\": {}}").subList(0, 1).stream()
            .map(s -> s.replaceFirst(":1:\\d+:", ":1:53:")).collect(Collectors.toList()));
    assertEquals(List.of("(text):1:64: /oralEvidence: expected true or false here"),
        problems("{\"questionnaire\": {\"id\": \"k\", \"version\": \"1\"}, \"oralEvidence\": \"yes\"}"));
    assertEquals(List.of("(text):1:48: /consent: 'maybe' is not a consent: use 'attributed', 'anonymised', 'in-confidence'"),
        problems("{\"questionnaire\": {\"id\": \"k\", \"version\": \"1\"}, \"consent\": \"maybe\"}"));
    assertEquals(List.of("(text):1:61: /submitted: this is not a date: write it as YYYY-MM-DD, like 2012-11-30"),
        problems("{\"questionnaire\": {\"id\": \"k\", \"version\": \"1\"}, \"submitted\": \"2012-02-30\"}"));
  }

  @Test
  void readingIsStrictAndNeverQuotesAResponsesValues() {
    String base = "{\"questionnaire\": {\"id\": \"k\", \"version\": \"1\"}, ";
    assertEquals(List.of("/respondent/phone: a number is given where text is expected: write text in quotes"),
        stripped(base + "\"respondent\": {\"phone\": 7700900123}}"));
    assertEquals(List.of("/id: true or false is given where text is expected: write text in quotes"),
        stripped(base + "\"id\": true}"));
    assertEquals(List.of("/submitted: null is not allowed here: leave the property out instead"),
        stripped(base + "\"submitted\": null}"));
    for (String date : new String[] {"\" 2012-11-23 \"", "\"\"", "\"1998-05-02T10:00\"", "\"02/05/1998\""}) {
      assertEquals(List.of("/submitted: this is not a date: write it as YYYY-MM-DD, like 2012-11-30"),
          stripped(base + "\"submitted\": " + date + "}"), date);
    }
    assertEquals(List.of("/submitted: a date is text written YYYY-MM-DD, like \"2012-11-30\""),
        stripped(base + "\"submitted\": [2012, 11, 23]}"));
  }

  private List<String> stripped(String text) {
    return problems(text).stream().map(p -> p.replaceFirst("^\\(text\\):1:\\d+: ", "")).collect(Collectors.toList());
  }

  @Test
  void anEmptyInputIsNotAResponse() {
    InputException e = assertThrows(InputException.class, () -> json.readResponse(""));
    assertEquals("(text): the file is empty: expected a response", e.getMessage());
  }

  @Test
  void trailingContentIsRefused() {
    assertTrue(problems("{\"questionnaire\": {\"id\": \"k\", \"version\": \"1\"}} {}").get(0).contains("(text):1:"));
  }
}
