package org.evidencekit.cli;

import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;

/** Example responses: the hand-written one where a bundled questionnaire has one. */
final class Examples {
  private Examples() {}

  static Response complete(Questionnaire q) {
    boolean bundled = Questionnaires.byId(q.id()).map(b -> b.equals(q)).orElse(false);
    return bundled ? Questionnaires.exampleResponse(q.id()) : ExampleResponses.complete(q);
  }
}
