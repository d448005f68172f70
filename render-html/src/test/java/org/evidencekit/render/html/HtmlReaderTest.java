package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.Consent;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Reading a page back: a form filled in by a person in a browser (or posted back by a web form
 * that kept the names), and every page that is not one, each refused with the reason why and
 * never a stack trace, in bounded time and memory.
 */
class HtmlReaderTest {
  private static final Questionnaire Q = Fixtures.kinds();

  private static DocumentException refused(Questionnaire q, byte[] page) {
    return assertThrows(DocumentException.class, () -> Pages.read(q, page));
  }

  @Test
  void aFormFilledInAsABrowserDoesReadsBack() {
    Document doc = Pages.parse(Pages.blank(Q));
    doc.getElementById("field:name").attr("value", "  Ada Practitioner ");
    doc.getElementById("field:email").attr("value", "ada@example.org");
    doc.getElementById("field:victims").attr("value", "1,200");
    doc.getElementById("field:area").attr("value", "North");
    doc.getElementById("field:groups:a").attr("checked", true);
    doc.getElementById("field:groups:other").attr("checked", true);
    doc.getElementById("field:groups:other:text").text("Boys\r\nand girls");
    doc.getElementById("field:often:monthly").attr("checked", true);
    doc.getElementById("field:publish:anonymised").attr("checked", true);
    doc.getElementById("field:oral").attr("checked", true);
    doc.getElementById("field:intervention-applies").attr("checked", true);
    byte[] page = doc.outerHtml().getBytes(StandardCharsets.UTF_8);

    Response read = Pages.read(Q, page);
    assertEquals(Optional.of("Ada Practitioner"), read.respondent().name());
    assertEquals(Optional.of("ada@example.org"), read.respondent().email());
    assertEquals(Optional.of(Consent.ANONYMISED), read.consent());
    assertTrue(read.oralEvidence());
    assertEquals(NumberAnswer.of(1200), read.answers().get("victims"));
    assertEquals(TextAnswer.of("North"), read.answers().get("area"));
    assertEquals(ChoiceAnswer.builder().select("a").select("other", "Boys\nand girls").build(), read.answers().get("groups"));
    assertEquals(ChoiceAnswer.of("monthly"), read.answers().get("often"));
    assertEquals(BooleanAnswer.of(true), read.answers().get("intervention-applies"));
    assertFalse(read.answers().containsKey("agree"), "a box not ticked is not answered");
  }

  @Test
  void aCountThatIsNotANumberIsReadAsTheTextGiven() {
    Document doc = Pages.parse(Pages.blank(Q));
    doc.getElementById("field:victims").attr("value", "about twelve");
    Response read = Pages.read(Q, doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    assertEquals(TextAnswer.of("about twelve"), read.answers().get("victims"));
  }

  @Test
  void aBlankFormReadsAsAnEmptyResponse() {
    Response read = Pages.read(Q, Pages.blank(Q));
    assertEquals(Response.builder().questionnaire(QuestionnaireRef.of(Q)).build(), read);
  }

  @Test
  void theResponsesIdDateAndAttachmentsComeBack() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response r = Questionnaires.exampleResponse(q.id());
    assertTrue(r.id().isPresent() && r.submitted().isPresent() && !r.attachments().isEmpty());
    assertEquals(r, Pages.read(q, Pages.filled(q, r)));
  }

  @Test
  void identifyNamesTheQuestionnaireAndVersion() throws Exception {
    QuestionnaireRef ref = HtmlReader.standard().identify(new ByteArrayInputStream(Pages.blank(Q)), ReadOptions.defaults());
    assertEquals(QuestionnaireRef.of(Q), ref);
  }

  @Test
  void aPasswordIsNotNeededAndDoesNoHarm() throws Exception {
    Response r = ExampleResponses.random(Q, 3);
    try (Password p = Password.of("secret".toCharArray())) {
      assertEquals(r, HtmlReader.standard().read(Q, new ByteArrayInputStream(Pages.filled(Q, r)), ReadOptions.withPassword(p)));
    }
  }

  @Test
  void anHtmlPageThatIsNotOneOfOursIsRefused() {
    byte[] page = "<!DOCTYPE html><html lang=en><head><title>Hello</title></head><body><form><input name=area value=x></form>"
        .getBytes(StandardCharsets.UTF_8);
    DocumentException e = refused(Q, page);
    assertEquals(Reason.NOT_OUR_FORM, e.reason());
    assertTrue(e.getMessage().startsWith("This HTML page is not a form made by EvidenceKit"), e.getMessage());
  }

  @Test
  void aFormOfAnotherQuestionnaireOrVersionIsRefused() {
    DocumentException e = refused(Questionnaires.referralScreening(), Pages.blank(Q));
    assertEquals(Reason.OTHER_QUESTIONNAIRE, e.reason());
    assertEquals("This HTML page is a form of kinds version 3, not of westvale-cse-referral-screening version 2.1:"
        + " read it with its own questionnaire", e.getMessage());
  }

  @Test
  void aPrintedOrAnswersOnlyPageIsNotAForm() {
    Response r = ExampleResponses.random(Q, 1);
    DocumentException printed = refused(Q, Pages.render(Q, Optional.of(r), Layout.PRINTED));
    assertEquals(Reason.NOT_OUR_FORM, printed.reason());
    assertTrue(printed.getMessage().startsWith("This HTML page is a printed response, not a form"), printed.getMessage());
    DocumentException answers = refused(Q, Pages.render(Q, Optional.of(r), Layout.ANSWERS_ONLY));
    assertTrue(answers.getMessage().startsWith("This HTML page is an answers-only response"), answers.getMessage());
  }

  @Test
  void aDamagedRecordIsRefusedWithoutQuotingIt() {
    Response r = ExampleResponses.random(Q, 5).withAttachments(java.util.List.of());
    Document doc = Pages.parse(Pages.filled(Q, r.withAttachments(ExampleResponses.complete(Q).attachments())));
    Element meta = doc.head().select("meta[name=evidencekit-response]").first();
    meta.attr("content", "{\"id\": \"SECRET-NAME\", \"unknown\": 1");
    DocumentException e = refused(Q, doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    assertEquals(Reason.MALFORMED, e.reason());
    assertFalse(e.getMessage().contains("SECRET-NAME"));
  }

  @Test
  void aPageLargerThanTheLimitIsRefusedBeforeItIsParsed() throws Exception {
    byte[] page = Pages.blank(Q);
    HtmlReader small = HtmlReader.builder().maxBytes(page.length - 1).build();
    DocumentException e = assertThrows(DocumentException.class,
        () -> small.read(Q, new ByteArrayInputStream(page), ReadOptions.defaults()));
    assertEquals(Reason.UNSAFE, e.reason());
    DocumentException viaOptions = assertThrows(DocumentException.class,
        () -> HtmlReader.standard().read(Q, new ByteArrayInputStream(page), ReadOptions.builder().maxBytes(100).build()));
    assertEquals(Reason.UNSAFE, viaOptions.reason());
    assertEquals(Response.builder().questionnaire(QuestionnaireRef.of(Q)).build(),
        HtmlReader.builder().maxBytes(page.length).build().read(Q, new ByteArrayInputStream(page), ReadOptions.defaults()));
  }

  @Test
  void aPageWithTooManyTagsIsRefused() {
    String blank = new String(Pages.blank(Q), StandardCharsets.UTF_8);
    String page = blank.replace("<main>", "<main>" + "<b>".repeat(300_000));
    DocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(Q, page.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Reason.UNSAFE, e.reason());
  }

  @Test
  void deepNestingIsReadInBoundedTime() {
    String blank = new String(Pages.blank(Q), StandardCharsets.UTF_8);
    String page = blank.replace("<main>", "<main>" + "<div>".repeat(100_000));
    Response read = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Pages.read(Q, page.getBytes(StandardCharsets.UTF_8)));
    assertEquals(QuestionnaireRef.of(Q), read.questionnaire());
  }

  @Test
  void randomBytesAreRefusedNeverWithAStackTrace() {
    Random random = new Random(2012);
    for (int i = 0; i < 200; i++) {
      byte[] junk = new byte[random.nextInt(4000)];
      random.nextBytes(junk);
      if (i % 2 == 0) {
        byte[] head = "<!DOCTYPE html><meta name=\"evidencekit-questionnaire\" content=\"kinds\">".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, junk, 0, Math.min(head.length, junk.length));
      }
      DocumentException e = refused(Q, junk);
      assertTrue(e.reason() == Reason.NOT_OUR_FORM || e.reason() == Reason.MALFORMED, e.reason().name());
    }
  }

  @Test
  void otherControlsAndDuplicatesDoNotConfuseTheReader() {
    Document doc = Pages.parse(Pages.blank(Q));
    Element form = doc.selectFirst("form");
    form.appendElement("input").attr("type", "hidden").attr("name", "csrf").attr("value", "x");
    form.appendElement("input").attr("type", "checkbox").attr("name", "groups").attr("value", "no-such-option").attr("checked", true);
    form.appendElement("input").attr("type", "text").attr("name", "no-such-question").attr("value", "x");
    doc.getElementById("field:area").attr("type", "search").attr("value", "South");
    Response read = Pages.read(Q, doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    assertEquals(Response.builder().questionnaire(QuestionnaireRef.of(Q)).putAnswers("area", TextAnswer.of("South")).build(), read);
  }

  @Test
  void aFilledDateStaysTheResponsesOwn() {
    Response r = Fixtures.response(Q, "\"id\": \"R-1\", \"submitted\": \"2012-11-20\"");
    assertEquals(Optional.of(LocalDate.of(2012, 11, 20)), Pages.read(Q, Pages.filled(Q, r)).submitted());
  }
}
