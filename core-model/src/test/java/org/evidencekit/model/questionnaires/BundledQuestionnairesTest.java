package org.evidencekit.model.questionnaires;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.validation.ProblemCode;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled questionnaire goes through the same tests: the model is generic, and the 2012
 * form is only the first questionnaire defined with it.
 */
class BundledQuestionnairesTest {
  static List<String> ids() {
    return List.copyOf(new java.util.TreeSet<>(Questionnaires.ids()));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void loadsWithItsOwnId(String id) {
    Questionnaire q = Questionnaires.byId(id).orElseThrow();
    assertEquals(id, q.id());
    assertFalse(q.questions().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void survivesJsonAndYaml(String id) {
    Questionnaire q = Questionnaires.byId(id).orElseThrow();
    EvidenceJson json = EvidenceJson.standard();
    assertEquals(q, json.readQuestionnaire(json.write(q, Format.JSON), Format.JSON));
    assertEquals(q, json.readQuestionnaire(json.write(q, Format.YAML), Format.YAML));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyAnswerableQuestionHasASummaryForMessages(String id) {
    Questionnaire q = Questionnaires.byId(id).orElseThrow();
    List<String> without = q.questions().stream()
        .filter(x -> x.asGroup().isEmpty() && x.summary().isEmpty())
        .map(Question::id).collect(Collectors.toList());
    assertEquals(List.of(), without);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void itsExampleResponsesAreValid(String id) {
    Questionnaire q = Questionnaires.byId(id).orElseThrow();
    assertEquals(List.of(), ResponseValidator.standard().validate(q, Questionnaires.exampleResponse(id)).problems());
    assertEquals(List.of(), ResponseValidator.standard().validate(q, ExampleResponses.complete(q)).problems());
    for (long seed = 0; seed < 200; seed++) {
      ValidationReport report = ResponseValidator.standard().validate(q, ExampleResponses.random(q, seed));
      long s = seed;
      assertTrue(report.isValid(), () -> "seed " + s + ": " + report.problems());
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void anEmptyResponseIsMissingExactlyTheRequiredQuestionsOfPartsThatAlwaysApply(String id) {
    Questionnaire q = Questionnaires.byId(id).orElseThrow();
    Response empty = Response.builder().questionnaire(QuestionnaireRef.of(q)).build();
    List<String> required = q.questions().stream()
        .filter(x -> x.required() && x.enableWhen().isEmpty() && !q.partOf(x).isConditional()
            && q.groupOf(x).map(g -> g.enableWhen().isEmpty()).orElse(true))
        .map(Question::id).collect(Collectors.toList());
    List<String> reported = ResponseValidator.standard().validate(q, empty).problems().stream()
        .peek(p -> assertEquals(ProblemCode.REQUIRED, p.code(), p.toLine()))
        .map(p -> p.questionId().orElseThrow()).collect(Collectors.toList());
    assertEquals(required, reported);
    assertFalse(required.isEmpty());
  }
}
