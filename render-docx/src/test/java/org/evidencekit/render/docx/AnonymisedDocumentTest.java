package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evidencekit.model.Consent;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.junit.jupiter.api.Test;

/** An anonymised document says "Withheld" where anonymisation removed an answer, and reads back as the anonymised response. */
class AnonymisedDocumentTest {
  private final Questionnaire q = Questionnaires.callForEvidence2012();

  /** What the anonymiser makes of a response with consent to publish anonymised: no respondent. */
  private Response anonymised(Consent consent) {
    Response r = ExampleResponses.random(q, 7);
    return Response.builder().questionnaire(r.questionnaire()).id(r.id()).submitted(r.submitted())
        .respondent(consent == Consent.ATTRIBUTED ? r.respondent() : Respondent.empty()).consent(consent)
        .oralEvidence(r.oralEvidence()).putAllAnswers(r.answers()).build();
  }

  @Test
  void removedAnswersSayWithheldAndTheDocumentReadsBackAsTheAnonymisedResponse() {
    Response r = anonymised(Consent.ANONYMISED);
    for (Layout layout : new Layout[] {Layout.FORM, Layout.PRINTED}) {
      byte[] doc = Docs.render(q, r, RenderOptions.builder().layout(layout).anonymised(true).build());
      String dump = DocumentDump.of(Packages.part(doc, "word/document.xml"));
      assertTrue(dump.contains("[rich \"1. d) Name\" placeholder: Withheld]"), dump);
      assertFalse(dump.contains("Not provided]\nSubQuestion: e)"), dump);
      assertEquals(r, Docs.read(q, doc), layout.toString());
      // and after LibreOffice has dropped the placeholder flags
      byte[] lo = ReaderRobustnessTest.savedByLibreOffice(
          Packages.withPart(doc, "word/document.xml", x -> x.replace("<w:showingPlcHdr/>", "")));
      assertEquals(r, Docs.read(q, lo), layout + " saved by LibreOffice");
    }
  }

  @Test
  void aNamedRespondentsDetailsAreNotWithheld() {
    Response r = anonymised(Consent.ATTRIBUTED);
    byte[] doc = Docs.render(q, r, RenderOptions.builder().anonymised(true).build());
    assertFalse(Packages.part(doc, "word/document.xml").contains(">Withheld<"));
    assertEquals(r, Docs.read(q, doc));
  }
}
