package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.Consent;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.junit.jupiter.api.Test;

/** Round trips of responses chosen to hit the edges. */
class RoundTripTest {
  private final Questionnaire q = Fixtures.everyKind();

  @Test
  void theCompleteExampleResponseReadsBack() {
    Response r = ExampleResponses.complete(q);
    assertEquals(r, Docs.read(q, Docs.filled(q, r)));
  }

  @Test
  void aBlankFormReadsBackAsAnEmptyResponse() {
    Response back = Docs.read(q, Docs.blank(q));
    assertEquals(Response.builder().questionnaire(QuestionnaireRef.of(q)).build(), back);
  }

  @Test
  void textKeepsMarkupCharactersTabsWelshAndBlankLines() {
    String text = "Line <one> & \"two\" 'three'\twith a tab\n\nŵyr ŷd £2,000 \uD83D\uDE00 emoji\nlast";
    Response r =
        base()
            .putAnswers("service", TextAnswer.of(text))
            .putAnswers("victims", NumberAnswer.of(0))
            .putAnswers("perpetrators", NumberAnswer.of(new BigDecimal("10000")))
            .build();
    assertEquals(r, Docs.read(q, Docs.filled(q, r)));
  }

  @Test
  void charactersXmlCannotHoldAreLeftOut() {
    Response r = base().putAnswers("service", TextAnswer.of("bell\u0007 and \uFFFF nul\u0000")).build();
    Response back = Docs.read(q, Docs.filled(q, r));
    assertEquals(TextAnswer.of("bell and  nul"), back.answers().get("service"));
  }

  @Test
  void wrongAnswersSurviveToBeReportedByValidation() {
    // a count given as words, and text for an option not chosen: kept as given for the validator
    Response r =
        base()
            .putAnswers("victims", TextAnswer.of("about twelve"))
            .putAnswers("groups", ChoiceAnswer.builder().putSpecified("other", "Travellers").build())
            .putAnswers("support", ChoiceAnswer.of("early", "risk"))
            .build();
    Response back = Docs.read(q, Docs.filled(q, r));
    assertEquals(TextAnswer.of("about twelve"), back.answers().get("victims"));
    assertEquals(ChoiceAnswer.builder().putSpecified("other", "Travellers").build(), back.answers().get("groups"));
    assertEquals(ChoiceAnswer.of("early", "risk"), back.answers().get("support"));
  }

  @Test
  void aCountWrittenWithThousandsSeparatorsIsANumber() {
    Response r = base().putAnswers("victims", TextAnswer.of("1,200")).build();
    Response back = Docs.read(q, Docs.filled(q, r));
    assertEquals(NumberAnswer.of(1200), back.answers().get("victims"));
  }

  @Test
  void boundQuestionsFillTheRespondentConsentAndOralEvidence() {
    Response r =
        Response.builder()
            .questionnaire(QuestionnaireRef.of(q))
            .respondent(
                Respondent.builder()
                    .name("Ann Example")
                    .email("ann@example.org")
                    .area("North\nand East")
                    .organisation("Example Youth Project")
                    .build())
            .consent(Consent.ANONYMISED)
            .oralEvidence(true)
            .putAnswers("intervention-applies", BooleanAnswer.of(true))
            .build();
    Response back = Docs.read(q, Docs.filled(q, r));
    assertEquals(r, back);
  }

  @Test
  void fieldsNoQuestionIsBoundToAreKeptInTheRecord() {
    Questionnaire unbound = Fixtures.unbound();
    Response r =
        Response.builder()
            .questionnaire(QuestionnaireRef.of(unbound))
            .id("R-<1>&2")
            .submitted(LocalDate.of(2012, 11, 2))
            .respondent(Respondent.builder().name("Ann Example").phone("01632 960000").contactName("Bo").build())
            .consent(Consent.IN_CONFIDENCE)
            .oralEvidence(true)
            .putAnswers("what", TextAnswer.of("Outreach"))
            .addAttachments(
                Attachment.builder().name("film.mp4").mediaType("video/mp4").description("").size(12L).build(),
                Attachment.builder().name("report.pdf").mediaType("application/pdf")
                    .sha256("00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff").build())
            .build();
    for (Layout layout : Layout.values()) {
      assertEquals(r, Docs.read(unbound, Docs.render(unbound, r, layout)), layout.toString());
    }
  }

  @Test
  void answersOnlyLeavesOutWhatIsNotAnswered() {
    Response r = base().putAnswers("victims", NumberAnswer.of(7)).build();
    String xml = Packages.part(Docs.render(q, r, Layout.ANSWERS_ONLY), "word/document.xml");
    assertTrue(xml.contains("How many victims do you work with each year?"));
    assertTrue(!xml.contains("How many perpetrators"), "an unanswered question is left out");
    assertTrue(!xml.contains("Ava was helped"), "content blocks are left out");
  }

  private Response.Builder base() {
    return Response.builder().questionnaire(QuestionnaireRef.of(q));
  }
}
