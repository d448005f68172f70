package org.evidencekit.anonymise.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evidencekit.anonymise.spi.EntityType;
import org.evidencekit.anonymise.Operator;
import org.evidencekit.anonymise.TextAnonymiser;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.Consent;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.json.EvidenceJson;
import org.junit.jupiter.api.Test;

class ResponseAnonymiserTest {
  private static Response response(Consent consent) {
    Response.Builder b = Response.builder()
        .id("R-1001")
        .questionnaire(QuestionnaireRef.of("t", "1"))
        .respondent(Respondent.builder().name("Harriet Oyelaran").jobTitle("Service manager")
            .email("h.oyelaran@northdale-safe.org.uk").phone("0113 496 0555")
            .organisation("Northdale Safe Steps Project").area("Northdale").build())
        .putAnswers("activities", TextAnswer.of(
            "Harriet Oyelaran set up Northdale Safe Steps in 2009. We worked with Jasmine Boateng"
                + " (DOB 02/05/1998) and K.L.; ring Harriet on 0113 496 0555."))
        .putAnswers("count", NumberAnswer.of(31))
        .putAnswers("tick", BooleanAnswer.of(true))
        .putAnswers("kind", ChoiceAnswer.builder().select("police").select("other", "Referred by DC Amir Khan").build())
        .addAttachments(Attachment.builder().name("jasmine-boateng-statement.pdf").mediaType("application/pdf")
            .description("Statement taken from Jasmine by Harriet").build());
    if (consent != null) {
      b.consent(consent);
    }
    return b.build();
  }

  private static String json(Response r) {
    return EvidenceJson.standard().write(r);
  }

  @Test
  void anonymisedConsentRemovesTheRespondentEverywhere() {
    AnonymisedResponse a = ResponseAnonymiser.standard().anonymise(response(Consent.ANONYMISED));
    Response r = a.forPublication();
    assertTrue(r.respondent().isEmpty());
    String all = json(r);
    for (String secret : List.of("Harriet", "Oyelaran", "Northdale Safe Steps", "0113 496 0555",
        "h.oyelaran", "Jasmine", "Boateng", "02/05/1998", "K.L.", "Amir Khan", "Service manager")) {
      assertFalse(all.contains(secret), secret + " in " + all);
    }
    assertEquals(NumberAnswer.of(31), r.answers().get("count"));
    assertEquals(BooleanAnswer.of(true), r.answers().get("tick"));
    assertEquals(List.of("police", "other"), ((ChoiceAnswer) r.answers().get("kind")).selected());
    assertTrue(all.contains("2009"), all);
    // Issue 10, item 6: a response's id (which can hold a surname) is never published.
    assertEquals(java.util.Optional.empty(), r.id());
    assertFalse(all.contains("R-1001"), all);
    assertEquals(FieldReport.Action.REMOVED, a.report().get(0).action());
    assertEquals("/respondent", a.report().get(0).pointer());
    // Each respondent field it gave, by pointer, so that a printed document says "Withheld" there.
    assertEquals(java.util.Set.of("/respondent/name", "/respondent/jobTitle", "/respondent/email",
        "/respondent/phone", "/respondent/organisation", "/respondent/area"), a.withheld());
    assertFalse(a.withheld().toString().contains("Harriet"));
    assertTrue(a.report().stream().anyMatch(f -> f.pointer().equals("/id") && f.action() == FieldReport.Action.REMOVED));
    assertFalse(a.report().toString().contains("Jasmine"));
    assertTrue(a.report().stream().anyMatch(f -> f.pointer().equals("/answers/kind/specified/other")));
    assertTrue(a.report().stream().anyMatch(f -> f.pointer().equals("/attachments/0/name")));
    String file = r.attachments().get(0).name();
    assertTrue(file.endsWith("-statement.pdf"), file);
    assertFalse(file.toLowerCase(java.util.Locale.ROOT).contains("jasmine"), file);
    assertFalse(file.toLowerCase(java.util.Locale.ROOT).contains("boateng"), file);
  }

  @Test
  void missingConsentIsTreatedAsAnonymised() {
    AnonymisedResponse a = ResponseAnonymiser.standard().anonymise(response(null));
    assertEquals(Consent.ANONYMISED, a.appliedConsent());
    assertTrue(a.response().respondent().isEmpty());
    assertFalse(json(a.forPublication()).contains("Oyelaran"));
  }

  @Test
  void attributedConsentKeepsTheRespondentButNotOthers() {
    AnonymisedResponse a = ResponseAnonymiser.standard().anonymise(response(Consent.ATTRIBUTED));
    Response r = a.forPublication();
    assertEquals("Harriet Oyelaran", r.respondent().name().orElseThrow());
    assertEquals(java.util.Set.of(), a.withheld(),
        "nothing is withheld from an attributed response");
    assertEquals("Northdale Safe Steps Project", r.respondent().organisation().orElseThrow());
    String text = ((TextAnswer) r.answers().get("activities")).value();
    assertTrue(text.startsWith("Harriet Oyelaran set up Northdale Safe Steps"), text);
    for (String secret : List.of("Jasmine", "Boateng", "02/05/1998", "K.L.")) {
      assertFalse(json(r).contains(secret), secret);
    }
  }

  @Test
  void inConfidenceIsRefusedForPublicationUnlessAllowed() {
    AnonymisedResponse a = ResponseAnonymiser.standard().anonymise(response(Consent.IN_CONFIDENCE));
    assertFalse(a.publishable());
    assertEquals(Consent.IN_CONFIDENCE, a.response().consent().orElseThrow(), "still marked");
    EvidenceKitException e = assertThrows(NotForPublicationException.class, a::forPublication);
    assertFalse(e.getMessage().contains("R-1001"), "the id is not published, in a message either");
    assertFalse(e.getMessage().contains("Harriet"));
    assertTrue(a.response().respondent().isEmpty(), "anonymised all the same");

    AnonymisedResponse allowed =
        ResponseAnonymiser.builder().publishInConfidence(true).build().anonymise(response(Consent.IN_CONFIDENCE));
    assertTrue(allowed.publishable());
    assertSame(allowed.response(), allowed.forPublication());
  }

  @Test
  void pseudonymsAreConsistentAcrossFieldsAndResponses() {
    ResponseAnonymiser anon = ResponseAnonymiser.builder()
        .textAnonymiser(TextAnonymiser.builder().operator(EntityType.PERSON, Operator.pseudonym("Child")).build())
        .build();
    Response one = Response.builder().questionnaire(QuestionnaireRef.of("t", "1")).consent(Consent.ANONYMISED)
        .putAnswers("a", TextAnswer.of("Aaliyah met Kwame.")).putAnswers("b", TextAnswer.of("Kwame left."))
        .build();
    Response two = Response.builder().questionnaire(QuestionnaireRef.of("t", "1")).consent(Consent.ANONYMISED)
        .putAnswers("a", TextAnswer.of("Kwame was seen again.")).build();
    List<AnonymisedResponse> all = anon.anonymiseAll(List.of(one, two));
    assertEquals(TextAnswer.of("Child A met Child B."), all.get(0).response().answers().get("a"));
    assertEquals(TextAnswer.of("Child B left."), all.get(0).response().answers().get("b"));
    assertEquals(TextAnswer.of("Child B was seen again."), all.get(1).response().answers().get("a"));
  }

  @Test
  void anonymisingAnAnonymisedResponseChangesNothing() {
    ResponseAnonymiser anon = ResponseAnonymiser.standard();
    Response once = anon.anonymise(response(Consent.ANONYMISED)).response();
    AnonymisedResponse twice = anon.anonymise(once);
    assertEquals(once, twice.response());
    assertTrue(twice.report().isEmpty());
  }
}
