package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.testing.ShownRecord;
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
  private static final Pattern ELEMENT =
      Pattern.compile("<ek:(\\w+)(?: field=\"([^\"]*)\")?>([^<]*)</ek:\\1>");

  static Stream<Questionnaire> questionnaires() {
    return Stream.of(Fixtures.everyKind(), Questionnaires.callForEvidence2012(), Questionnaires.referralScreening());
  }

  static Response withRecord(Questionnaire q) {
    return ShownRecord.withEveryField(q);
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
    List<Map.Entry<String, String>> values = new ArrayList<>();
    Matcher m = ELEMENT.matcher(record);
    while (m.find()) {
      values.add(Map.entry(m.group(1), unescape(m.group(3))));
    }
    // the record has the reference, the date, both attachments' five and three values, and
    // whatever respondent field, consent or oral evidence no question of this form shows
    assertTrue(values.size() >= 2 + 5 + 3, "the record holds what the response gave: " + record);
    assertEquals(List.of(), ShownRecord.notShown(values, visibleText(docx)),
        "hidden in " + q.id() + "'s " + layout.id() + " document, not shown");
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
}
