package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.testing.Fixtures;
import org.evidencekit.model.validation.ResponseValidator;

/**
 * A response rendered as a filled form and read back is the same response: its answers, the
 * respondent's details, consent and oral evidence (bound questions), and its id, date and
 * attachments (kept in a meta element). For the fixture and the bundled questionnaires.
 */
class HtmlRoundTripProperties {
  private static final Questionnaire FIXTURE = Fixtures.kinds();

  @Property(tries = 150)
  void fixtureFormRoundTrips(@ForAll long seed) {
    roundTrip(FIXTURE, ExampleResponses.random(FIXTURE, seed));
  }

  @Property(tries = 100)
  void callForEvidence2012FormRoundTrips(@ForAll long seed) {
    Questionnaire q = Questionnaires.callForEvidence2012();
    roundTrip(q, ExampleResponses.random(q, seed));
  }

  @Property(tries = 60)
  void referralScreeningFormRoundTrips(@ForAll long seed) {
    Questionnaire q = Questionnaires.referralScreening();
    roundTrip(q, ExampleResponses.random(q, seed));
  }

  private static void roundTrip(Questionnaire q, Response r) {
    Response read = Pages.read(q, Pages.filled(q, r));
    assertEquals(r, read);
    assertTrue(ResponseValidator.standard().validate(q, read).isValid());
  }
}
