package org.evidencekit.render.html;

import static org.evidencekit.model.testing.ShownRecord.withRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.testing.Fixtures;
import org.evidencekit.model.testing.ShownRecord;
import org.evidencekit.render.html.internal.Meta;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, item 6: a page's hidden record holds only what the page shows. A response with a
 * reference, a date and two described attachments is rendered; every value of the record in the
 * {@code evidencekit-response} meta element (JSON) must be in the text of the body as jsoup reads
 * it, and {@code read} gives the attachments back. The test goes over whatever the record holds: a
 * key it does not know fails it, so a field added to the record later must be shown (and taught
 * here) first.
 */
class Issue10RecordShownTest {

  static Stream<Questionnaire> questionnaires() {
    return Stream.of(Fixtures.kinds(), Questionnaires.callForEvidence2012(), Questionnaires.referralScreening());
  }

  @ParameterizedTest
  @MethodSource("questionnaires")
  void everyValueOfTheRecordIsShownInTheFillableForm(Questionnaire q) {
    check(q, Layout.FORM);
  }

  @ParameterizedTest
  @MethodSource("questionnaires")
  void everyValueOfTheRecordIsShownInThePrintedAndAnswersOnlyPages(Questionnaire q) {
    check(q, Layout.PRINTED);
    check(q, Layout.ANSWERS_ONLY);
  }

  @Test
  void aFormFilledWithARecordReadsBackAsItsResponse() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response r = withRecord(q);
    Response back = Pages.read(q, Pages.filled(q, r));
    assertEquals(r.attachments(), back.attachments());
    assertEquals(r, back);
  }

  @Test
  void theRecordIsShownOutsideTheFormAndABlankFormShowsNone() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Document page = Pages.parse(Pages.filled(q, withRecord(q)));
    assertEquals(1, page.select("main > section.ek-about").size(), "the block stands before the form");
    assertEquals(0, page.select("form section.ek-about").size());
    assertFalse(Pages.parse(Pages.blank(q)).body().text().contains("About this response"));
    Response complete = ExampleResponses.complete(q);
    Response bare = Response.builder().questionnaire(complete.questionnaire()).putAllAnswers(complete.answers())
        .respondent(complete.respondent()).consent(complete.consent()).build();
    assertFalse(Pages.parse(Pages.filled(q, bare)).body().text().contains("About this response"));
  }

  private static void check(Questionnaire q, Layout layout) {
    Document page = Pages.parse(Pages.render(q, Optional.of(withRecord(q)), layout));
    String record = page.select("meta[name=" + Meta.RESPONSE + "]").attr("content");
    List<Map.Entry<String, String>> values = ShownRecord.jsonValues(record);
    assertEquals(2 + 5 + 3, values.size(), "the record holds what the response gave: " + record);
    assertEquals(List.of(), ShownRecord.notShown(values, page.body().text()),
        "hidden in " + q.id() + "'s " + layout.id() + " page, not shown");
  }
}
