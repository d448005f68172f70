package org.evidencekit.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;

/** Issue 10, item 3: an option chosen twice is an error; problems are listed up to a limit. */
class ProblemLimitTest {
  private static final Questionnaire Q = Questionnaires.callForEvidence2012();

  @Test
  void issue10_item3_optionSelectedTwoMillionTimesInBoundedTimeAndMemory() {
    List<String> selected = new ArrayList<>(Collections.nCopies(2_000_000, "bme"));
    java.util.Map<String, org.evidencekit.model.Answer> answers = new java.util.LinkedHashMap<>(
        ExampleResponses.complete(Q).answers());
    answers.put("specialist-groups", ChoiceAnswer.of(selected, java.util.Map.of()));
    for (int i = 0; i < 300_000; i++) {
      answers.put("unknown-" + i, NumberAnswer.of(1));
    }
    Response r = Response.builder().questionnaire(org.evidencekit.model.QuestionnaireRef.of(Q))
        .respondent(org.evidencekit.model.Respondent.empty()).putAllAnswers(answers).build();
    ValidationReport report = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> ResponseValidator.standard().validate(Q, r));
    assertFalse(report.isValid());
    assertEquals(ValidationReport.MAX_PROBLEMS + 1, report.problems().size());
    Problem last = report.problems().get(ValidationReport.MAX_PROBLEMS);
    assertEquals(ProblemCode.MORE_PROBLEMS, last.code());
    assertTrue(last.message().matches("And \\d+ more problems \\(only the first 100 are listed\\).*"), last.message());
  }

  @Test
  void issue10_item3_optionSelectedTwiceIsAnError() {
    java.util.Map<String, org.evidencekit.model.Answer> answers = new java.util.LinkedHashMap<>(
        ExampleResponses.complete(Q).answers());
    answers.put("specialist-groups", ChoiceAnswer.of(List.of("bme", "bme"), java.util.Map.of()));
    Response r = ExampleResponses.complete(Q).withAnswer("specialist-groups", answers.get("specialist-groups"));
    ValidationReport report = ResponseValidator.standard().validate(Q, r);
    assertFalse(report.isValid());
    assertTrue(report.problems().stream().anyMatch(p -> p.code() == ProblemCode.DUPLICATE_CHOICE), report.toString());
  }
}
