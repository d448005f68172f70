package org.evidencekit.anonymise.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.evidencekit.model.Consent;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;

/** Whole invented responses to the bundled questionnaires, anonymised. */
class ResponseAnonymiserPropertiesTest {
  private static final ResponseAnonymiser ANON = ResponseAnonymiser.standard();

  @Property(tries = 60)
  void anonymisingWholeResponsesIsIdempotentAndKeepsTheShape(@ForAll long seed, @ForAll boolean screening) {
    Questionnaire q = screening ? Questionnaires.referralScreening() : Questionnaires.callForEvidence2012();
    Response r = ExampleResponses.random(q, seed);
    AnonymisedResponse a = ANON.anonymise(r);
    Response out = a.response();
    assertEquals(r.answers().keySet(), out.answers().keySet());
    assertEquals(r.attachments().size(), out.attachments().size());
    assertEquals(r.consent(), out.consent());
    if (a.appliedConsent() != Consent.ATTRIBUTED) {
      assertTrue(out.respondent().isEmpty());
    } else {
      assertEquals(r.respondent(), out.respondent());
    }
    assertEquals(a.appliedConsent() != Consent.IN_CONFIDENCE, a.publishable());
    assertEquals(out, ANON.anonymise(out).response(), "idempotent");
  }
}
