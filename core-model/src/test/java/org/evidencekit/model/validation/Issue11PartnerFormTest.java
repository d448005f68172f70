package org.evidencekit.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencekit.model.Answer;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, items 3-5: a partner form can say "None" (an exclusive option) and "complete only if
 * ticked" (a declaration that is a printed tick box), and both are enforced; optional questions are
 * marked in words.
 */
class Issue11PartnerFormTest {
  private final Questionnaire q = Questionnaires.referralScreening();
  private final ResponseValidator validator = ResponseValidator.standard();

  private Response base() {
    return ExampleResponses.complete(q);
  }

  private Response with(Response r, String id, Answer a) {
    java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>(Responses.answersOf(q, r));
    answers.put(id, a);
    return Responses.assemble(q, answers).build();
  }

  private Response without(Response r, String id) {
    java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>(Responses.answersOf(q, r));
    answers.remove(id);
    return Responses.assemble(q, answers).build();
  }

  private static String codes(ValidationReport report) {
    return report.problems().stream().map(p -> p.code().id() + " " + p.pointer() + " " + p.message())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theDefinitionSaysNoneIsExclusiveAndG0IsAPrintedBoxTickedToApply() {
    Option none = q.question("child-circumstances").orElseThrow().asChoice().orElseThrow().option("none").orElseThrow();
    assertTrue(none.exclusive());
    Part gangs = q.parts().stream().filter(p -> p.id().equals("gang-association")).findFirst().orElseThrow();
    Declaration d = gangs.declaration().orElseThrow();
    assertEquals(Optional.of("G0"), d.label());
    assertTrue(d.onlyWhenTicked());
    // the 2012 form keeps today's meaning: its declarations print no box and apply when answered
    Questionnaires.callForEvidence2012().parts().forEach(p -> p.declaration().ifPresent(x -> assertFalse(x.onlyWhenTicked())));
    // both survive JSON and YAML
    EvidenceJson json = EvidenceJson.standard();
    for (Format f : Format.values()) {
      assertEquals(q, json.readQuestionnaire(json.write(q, f), f));
    }
  }

  @Test
  void noneTickedWithAnotherOptionIsAProblemNamingTheQuestion() {
    Response r = with(base(), "child-circumstances",
        ChoiceAnswer.builder().select("looked-after").select("none").build());
    ValidationReport report = validator.validate(q, r);
    assertEquals(1, report.problems().size(), () -> codes(report));
    Problem p = report.problems().get(0);
    assertEquals(ProblemCode.EXCLUSIVE_CHOICE, p.code());
    assertEquals("/answers/child-circumstances/selected/1", p.pointer());
    assertEquals("Question 7: Select 'f) None of these' on its own, or untick it: it cannot be ticked with"
        + " other options", p.message());
    assertTrue(validator.validate(q, with(base(), "child-circumstances",
        ChoiceAnswer.builder().select("none").build())).isValid());
  }

  @Test
  void answersInThePartWhoseBoxIsUntickedAreAProblem() {
    Response ticked = with(base(), "gang-association-applies", BooleanAnswer.of(true));
    assertTrue(validator.validate(q, ticked).isValid(), () -> codes(validator.validate(q, ticked)));
    Response unticked = without(ticked, "gang-association-applies");
    assertTrue(unticked.answers().containsKey("association-kind"));
    ValidationReport report = validator.validate(q, unticked);
    assertEquals(1, report.problems().size(), () -> codes(report));
    Problem p = report.problems().get(0);
    assertEquals(ProblemCode.NOT_APPLICABLE, p.code());
    assertEquals("/answers/association-kind", p.pointer());
    assertEquals("Question 13: This is in the Gangs and groups section, which applies only when 'G0 I know or"
        + " suspect a link to a gang or group' is ticked: tick it, or remove the answer", p.message());
    // left unticked and unanswered, the part's required question is not required
    assertTrue(validator.validate(q, without(unticked, "association-kind")).isValid());
  }

  @Test
  void exampleResponsesRespectBoth() {
    assertFalse(base().answers().get("child-circumstances").asChoice().orElseThrow().isSelected("none"));
    int alone = 0;
    for (long seed = 0; seed < 300; seed++) {
      Response r = ExampleResponses.random(q, seed);
      long s = seed;
      assertTrue(validator.validate(q, r).isValid(), () -> "seed " + s + ": " + codes(validator.validate(q, r)));
      Answer a = r.answers().get("child-circumstances");
      if (a != null && a.asChoice().orElseThrow().isSelected("none")) {
        assertEquals(1, a.asChoice().orElseThrow().selected().size());
        alone++;
      }
      if (r.answers().containsKey("association-kind")) {
        assertEquals(Optional.of(true), r.answers().get("gang-association-applies").asBoolean().map(x -> x.value()));
      }
    }
    assertTrue(alone > 0, "'None' is chosen, on its own, by some seeds");
  }

  @Test
  void optionalQuestionsAreMarkedInWords() {
    Question role = q.question("referrer-role").orElseThrow();
    Question name = q.question("referrer-name").orElseThrow();
    Question lead = q.question("discussed-with-lead").orElseThrow();
    assertEquals(Optional.of("(optional)"), Messages.optionalMark(role));
    assertEquals(Optional.empty(), Messages.optionalMark(name));
    assertEquals(Optional.empty(), Messages.optionalMark(lead), "a required tick box must be ticked");
    assertEquals(Optional.of("(optional)"), Messages.optionalMark(Questionnaires.callForEvidence2012().question("oral-evidence")
        .orElseThrow()));
  }
}
