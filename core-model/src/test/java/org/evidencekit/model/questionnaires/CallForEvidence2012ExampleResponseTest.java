package org.evidencekit.model.questionnaires;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Consent;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The invented example response to the 2012 call for evidence (resource {@code
 * occ-csegg-call-for-evidence-2012.response.json}, a fictional charity) is valid, with
 * no problem at all, and answers every question of every part.
 */
class CallForEvidence2012ExampleResponseTest {
  private static final String RESOURCE = "occ-csegg-call-for-evidence-2012.response.json";

  private final Questionnaire q = Questionnaires.callForEvidence2012();
  private final Response response = read();

  private static Response read() {
    try (InputStream in = Questionnaires.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new AssertionError(RESOURCE + " is missing");
      }
      return EvidenceJson.standard().readResponse(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void isValidWithNoProblemAtAll() {
    ValidationReport report = ResponseValidator.standard().validate(q, response);
    String problems = report.problems().stream().map(Problem::toLine).collect(Collectors.joining("\n"));
    assertEquals("", problems, "the example response has problems");
    assertTrue(report.isValid());
  }

  @Test
  void answersEveryQuestionOfEveryPart() {
    AnswerSheet sheet = AnswerSheet.of(q, response);
    List<String> unanswered = new ArrayList<>();
    for (Question question : q.questions()) {
      if (question.asGroup().isPresent()) {
        continue;
      }
      Optional<Answer> answer = sheet.effectiveAnswer(question);
      if (answer.isEmpty() || !AnswerSheet.isGiven(answer.get())) {
        unanswered.add(question.id());
      }
    }
    assertEquals(List.of(), unanswered);
    for (Part part : q.parts()) {
      assertTrue(sheet.applies(part), part.id());
      part.declaration().ifPresent(d -> assertEquals(Optional.of(true), sheet.declared(part), d.id()));
    }
  }

  @Test
  void choosesEveryOtherOptionWithItsText() {
    int others = 0;
    for (Question question : q.questions()) {
      if (question.asChoice().isEmpty() || question.editorial()) {
        continue;
      }
      ChoiceQuestion choice = question.asChoice().get();
      if (choice.option("other").isEmpty()) {
        continue;
      }
      others++;
      ChoiceAnswer answer = (ChoiceAnswer) response.answers().get(question.id());
      assertTrue(answer.isSelected("other"), question.id());
      assertFalse(answer.specified().getOrDefault("other", "").isBlank(), question.id());
    }
    assertEquals(5, others); // questions 6, 8, 10, 11 and 12
  }

  @Test
  void recordsConsentOralEvidenceAndAnAttachment() {
    assertEquals(Optional.of(Consent.ANONYMISED), response.consent());
    assertTrue(response.oralEvidence());
    assertEquals(
        List.of("video/mp4"),
        response.attachments().stream().map(Attachment::mediaType).collect(Collectors.toList()));
    assertEquals(QuestionnaireRef.of(q), response.questionnaire());
    assertTrue(response.respondent().email().orElseThrow().endsWith("@example.org"));
    assertEquals(Optional.of("Westvale Young People's Project"), response.respondent().organisation());
  }

  @Test
  void roundTripsThroughTheAnswerMap() {
    Map<String, Answer> answers = Responses.answersOf(q, response);
    Response again =
        Responses.assemble(q, answers)
            .id(response.id())
            .submitted(response.submitted())
            .addAllAttachments(response.attachments())
            .build();
    assertEquals(response, again);
  }

  @Test
  void theModelsCompleteExampleIsValidToo() {
    Response complete = ExampleResponses.complete(q);
    assertEquals(List.of(), ResponseValidator.standard().validate(q, complete).problems());
  }

  @Property(tries = 50)
  void randomResponsesAreValidAndRoundTrip(@ForAll long seed) {
    Response random = ExampleResponses.random(q, seed);
    assertEquals(List.of(), ResponseValidator.standard().validate(q, random).errors());
    EvidenceJson json = EvidenceJson.standard();
    assertEquals(random, json.readResponse(json.write(random)));
  }
}
