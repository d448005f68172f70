package org.evidencekit.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Moving between a response and the flat map of answers by question id that a form holds, in
 * both directions: a renderer writes {@link #answersOf} into a document; a reader turns what it
 * finds back into a response with {@link #assemble}. Bound questions (the respondent's name, the
 * consent, the oral-evidence tick box) go to and come from their response fields.
 */
public final class Responses {
  private Responses() {}

  /**
   * Every answer of the response keyed by question or declaration id, bound questions included,
   * in questionnaire order; answers under ids the questionnaire does not know come last.
   */
  public static Map<String, Answer> answersOf(Questionnaire questionnaire, Response response) {
    AnswerSheet sheet = AnswerSheet.of(questionnaire, response);
    Map<String, Answer> out = new LinkedHashMap<>();
    for (Part part : questionnaire.parts()) {
      part.declaration()
          .map(d -> response.answers().get(d.id()))
          .ifPresent(a -> out.put(part.declaration().get().id(), a));
      for (Question q : questionnaire.questions()) {
        if (questionnaire.partOf(q) == part) {
          sheet.answer(q).ifPresent(a -> out.put(q.id(), a));
        }
      }
    }
    response.answers().forEach(out::putIfAbsent);
    return out;
  }

  /**
   * A response to {@code questionnaire} holding these answers: those of bound questions in their
   * response fields, the rest in {@link Response#answers()}. An answer that cannot go into its
   * field (a consent that is no {@link Consent}, a number for a name) stays in the answers, where
   * validation will point it out. Add the id, date and attachments to the builder returned.
   */
  public static Response.Builder assemble(Questionnaire questionnaire, Map<String, Answer> answers) {
    Response.Builder response = Response.builder().questionnaire(QuestionnaireRef.of(questionnaire));
    Respondent.Builder respondent = Respondent.builder();
    Map<String, Answer> rest = new LinkedHashMap<>();
    for (Map.Entry<String, Answer> e : answers.entrySet()) {
      Optional<ResponseField> field =
          questionnaire.question(e.getKey()).flatMap(Question::responseField);
      Answer a = e.getValue();
      if (field.isEmpty()) {
        rest.put(e.getKey(), a);
      } else if (field.get() == ResponseField.ORAL_EVIDENCE && a.asBoolean().isPresent()) {
        response.oralEvidence(a.asBoolean().get().value());
      } else if (field.get() == ResponseField.CONSENT && oneConsent(a).isPresent()) {
        response.consent(oneConsent(a).get());
      } else if (field.get().isRespondentField() && a.asText().isPresent()) {
        respondent.set(field.get(), a.asText().get().value());
      } else {
        rest.put(e.getKey(), a);
      }
    }
    return response.respondent(respondent.build()).putAllAnswers(rest);
  }

  /** The consent an answer gives, if it chooses exactly one consent and says nothing more. */
  private static Optional<Consent> oneConsent(Answer a) {
    return a.asChoice()
        .filter(c -> c.selected().size() == 1 && c.specified().isEmpty())
        .flatMap(c -> Consent.find(c.selected().get(0)));
  }
}
