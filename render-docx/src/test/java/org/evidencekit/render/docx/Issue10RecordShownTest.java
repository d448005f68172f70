package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.Consent;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 6: a document's hidden record holds only what the document shows. A response
 * with a reference, a date, two described attachments and every respondent field, consent and oral
 * evidence is rendered; every value of the record part ({@code customXml/item1.xml}) must be in the
 * visible text of {@code word/document.xml}, and {@code read} gives the attachments back. The test
 * goes over whatever the record holds: an element it does not know fails it, so a field added to
 * the record later must be shown (and taught here) first.
 */
class Issue10RecordShownTest {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final Pattern ELEMENT =
      Pattern.compile("<ek:(\\w+)(?: field=\"([^\"]*)\")?>([^<]*)</ek:\\1>");

  static Stream<Questionnaire> questionnaires() {
    return Stream.of(Fixtures.everyKind(), Questionnaires.callForEvidence2012(), Questionnaires.referralScreening());
  }

  static Response withRecord(Questionnaire q) {
    Respondent.Builder who = Respondent.builder();
    for (ResponseField f : ResponseField.values()) {
      if (f.isRespondentField()) {
        who.set(f, f == ResponseField.RESPONDENT_EMAIL ? "pat.invented@example.org" : "Invented " + f.id());
      }
    }
    Response base = ExampleResponses.complete(q);
    return Response.builder()
        .questionnaire(base.questionnaire())
        .putAllAnswers(base.answers())
        .id("R-4242")
        .submitted(LocalDate.of(2012, 11, 2))
        .respondent(who.build())
        .consent(Consent.ANONYMISED)
        .oralEvidence(true)
        .addAllAttachments(List.of(
            Attachment.builder().name("workshop-film.mp4").mediaType("video/mp4")
                .description("A short film made with young people about online safety")
                .size(1_234_567L)
                .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .build(),
            Attachment.builder().name("referral-pathway.pdf").mediaType("application/pdf")
                .description("The local referral pathway, as agreed with the police in 2011")
                .build()))
        .build();
  }

  @Test
  void everyValueOfTheRecordIsShownInTheFillableForm() {
    questionnaires().forEach(q -> check(q, Layout.FORM));
  }

  @Test
  void everyValueOfTheRecordIsShownInThePrintedAndAnswersOnlyDocuments() {
    questionnaires().forEach(q -> {
      check(q, Layout.PRINTED);
      check(q, Layout.ANSWERS_ONLY);
    });
  }

  @Test
  void aFormFilledWithARecordReadsBackAsItsResponse() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response r = withRecord(q);
    Response back = Docs.read(q, Docs.filled(q, r));
    assertEquals(r.attachments(), back.attachments());
    assertEquals(r, back);
  }

  @Test
  void aBlankFormAndAResponseWithoutARecordShowNoBlock() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    assertFalse(visibleText(Docs.blank(q)).contains("About this response"));
    Response complete = ExampleResponses.complete(q);
    Response bare = Response.builder().questionnaire(complete.questionnaire()).putAllAnswers(complete.answers())
        .respondent(complete.respondent()).consent(complete.consent()).build();
    assertFalse(visibleText(Docs.filled(q, bare)).contains("About this response"));
  }

  private static void check(Questionnaire q, Layout layout) {
    Response r = withRecord(q);
    byte[] docx = Docs.render(q, r, layout);
    String record = Packages.part(docx, "customXml/item1.xml");
    String shown = squeezed(visibleText(docx));
    List<String> missing = new ArrayList<>();
    int values = 0;
    Matcher m = ELEMENT.matcher(record);
    while (m.find()) {
      String expected = squeezed(shownAs(m.group(1), unescape(m.group(3))));
      values++;
      if (!shown.contains(expected)) {
        missing.add(m.group(1) + (m.group(2) == null ? "" : "/" + m.group(2)) + ": " + expected);
      }
    }
    // the record has the reference, the date, both attachments' five and three values, and
    // whatever respondent field, consent or oral evidence no question of this form shows
    assertTrue(values >= 2 + 5 + 3, "the record holds what the response gave: " + record);
    assertEquals(List.of(), missing, "hidden in " + q.id() + "'s " + layout.id() + " document, not shown");
  }

  /** How the document shows one value of the record. */
  private static String shownAs(String element, String value) {
    switch (element) {
      case "id":
      case "respondent":
      case "name":
      case "mediaType":
      case "description":
      case "sha256":
        return value;
      case "submitted":
        return DAY.format(LocalDate.parse(value));
      case "size":
        return value + " bytes";
      case "consent":
        return "Consent to publish: " + (Consent.find(value).orElseThrow() == Consent.ANONYMISED ? "published anonymised" : value);
      case "oralEvidence":
        return "Oral evidence: willing to give oral evidence";
      default:
        fail("the record holds <" + element + ">, which this test does not know: show it in the document, then say here how");
        return value;
    }
  }

  /** The text a reader sees: every run's text, a paragraph or break a line. */
  static String visibleText(byte[] docx) {
    String xml = Packages.part(docx, "word/document.xml");
    StringBuilder sb = new StringBuilder();
    Matcher m = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:br/>|</w:p>|<w:tab/>").matcher(xml);
    while (m.find()) {
      if (m.group(1) != null) {
        sb.append(unescape(m.group(1)));
      } else {
        sb.append(m.group().equals("<w:tab/>") ? '\t' : '\n');
      }
    }
    return sb.toString();
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static String squeezed(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
