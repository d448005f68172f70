package org.evidencekit.cli;

import org.evidencekit.model.ExampleResponses;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Questionnaires;
import org.evidencekit.model.Response;

/** Example responses: the hand-written one where a bundled questionnaire has one. */
final class Examples {
  private Examples() {}

  static Response complete(Questionnaire q) {
    boolean bundled = Questionnaires.byId(q.id()).map(b -> b.equals(q)).orElse(false);
    return bundled ? Questionnaires.exampleResponse(q.id()) : ExampleResponses.complete(q);
  }
}
