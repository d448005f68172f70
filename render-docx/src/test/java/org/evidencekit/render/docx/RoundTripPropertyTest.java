package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;

/**
 * Rendering a response and reading the document back gives an equal response: answers,
 * respondent, consent, oral evidence, id, date and attachments, for every layout, over the test
 * questionnaire and every bundled one (the 2012 call for evidence once it is on main).
 */
class RoundTripPropertyTest {
  @Provide
  Arbitrary<Questionnaire> questionnaires() {
    List<Questionnaire> all = new ArrayList<>();
    all.add(Fixtures.everyKind());
    all.add(Fixtures.unbound());
    all.addAll(Fixtures.bundled());
    return Arbitraries.of(all);
  }

  @Property(tries = 300)
  void aFilledFormReadsBackToTheSameResponse(
      @ForAll("questionnaires") Questionnaire q, @ForAll long seed) {
    Response r = ExampleResponses.random(q, seed);
    assertEquals(r, Docs.read(q, Docs.filled(q, r)));
  }

  @Property(tries = 200)
  void aFilledFormOfThe2012CallForEvidenceReadsBackToTheSameResponse(@ForAll long seed) {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response r = ExampleResponses.random(q, seed);
    assertEquals(r, Docs.read(q, Docs.filled(q, r)));
  }

  /** Any well-formed questionnaire at all: awkward texts, any mix of kinds, groups and parts. */
  @Property(tries = 300)
  void aFormOfAnyQuestionnaireReadsBackToTheSameResponse(@ForAll long questionnaireSeed, @ForAll long seed) {
    Questionnaire q = randomQuestionnaire(questionnaireSeed);
    Response r = ExampleResponses.random(q, seed);
    assertEquals(r, Docs.read(q, Docs.filled(q, r)));
    assertEquals(r, Docs.read(q, Docs.render(q, r, Layout.ANSWERS_ONLY)));
  }

  /** core-model's random questionnaires (from its test-jar). */
  static Questionnaire randomQuestionnaire(long seed) {
    return org.evidencekit.model.testing.RandomQuestionnaires.make(seed);
  }

  @Property(tries = 100)
  void aPrintedResponseReadsBackToTheSameResponse(
      @ForAll("questionnaires") Questionnaire q, @ForAll long seed) {
    Response r = ExampleResponses.random(q, seed);
    assertEquals(r, Docs.read(q, Docs.render(q, r, Layout.PRINTED)));
  }

  @Property(tries = 100)
  void anAnswersOnlyDocumentReadsBackToTheSameResponse(
      @ForAll("questionnaires") Questionnaire q, @ForAll long seed) {
    Response r = ExampleResponses.random(q, seed);
    assertEquals(r, Docs.read(q, Docs.render(q, r, Layout.ANSWERS_ONLY)));
  }
}
