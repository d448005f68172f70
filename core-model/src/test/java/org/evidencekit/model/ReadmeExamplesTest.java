package org.evidencekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.validation.ProblemCode;
import org.evidencekit.model.validation.ResponseValidator;
import org.junit.jupiter.api.Test;

/**
 * The examples in README.md work: a partner organisation can write its form from the README alone.
 * The Java example is compiled and run from the README by the command line's ReadmeJavaExampleTest,
 * whose class path has the document formats it uses.
 */
class ReadmeExamplesTest {
  private static String block(String language) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "README.md has a " + language + " block");
    return m.group(1);
  }

  @Test
  void theDefinitionExampleIsAValidQuestionnaire() throws Exception {
    Questionnaire q = EvidenceJson.standard().readQuestionnaire(block("yaml"), Format.YAML);
    assertEquals("westvale-quick-survey", q.id());
    assertEquals(5, q.questions().size());
    Response r = ExampleResponses.complete(q);
    assertEquals(List.of(), ResponseValidator.standard().validate(q, r).problems());
    Response wrong = Response.builder().questionnaire(QuestionnaireRef.of(q))
        .putAnswers("other-detail", TextAnswer.of("More")).build();
    assertTrue(ResponseValidator.standard().validate(q, wrong).problems().stream()
        .anyMatch(p -> p.code() == ProblemCode.NOT_APPLICABLE && p.pointer().equals("/answers/other-detail")));
  }

  @Test
  void theResponseExampleReads() throws Exception {
    Response r = EvidenceJson.standard().readResponse(block("json"));
    assertEquals(Consent.ANONYMISED, r.consent().orElseThrow());
    assertEquals(4, r.answers().size());
  }
}
