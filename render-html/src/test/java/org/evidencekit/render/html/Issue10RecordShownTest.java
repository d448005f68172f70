package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.testing.Fixtures;
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
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final Pattern LEAF =
      Pattern.compile("\"(\\w+)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9]+|true|false)");
  private static final Pattern QUESTIONNAIRE = Pattern.compile("\"questionnaire\"\\s*:\\s*\\{[^{}]*\\}");

  static Stream<Questionnaire> questionnaires() {
    return Stream.of(Fixtures.kinds(), Questionnaires.callForEvidence2012(), Questionnaires.referralScreening());
  }

  static Response withRecord(Questionnaire q) {
    Response base = ExampleResponses.complete(q);
    return Response.builder()
        .questionnaire(base.questionnaire())
        .putAllAnswers(base.answers())
        .id("R-4242")
        .submitted(LocalDate.of(2012, 11, 2))
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
    String shown = squeezed(page.body().text());
    List<String> missing = new ArrayList<>();
    int values = 0;
    Matcher m = LEAF.matcher(QUESTIONNAIRE.matcher(record).replaceAll(""));
    while (m.find()) {
      String raw = m.group(2).startsWith("\"") ? unquote(m.group(2)) : m.group(2);
      String expected = squeezed(shownAs(m.group(1), raw));
      values++;
      if (!shown.contains(expected)) {
        missing.add(m.group(1) + ": " + expected);
      }
    }
    assertEquals(2 + 5 + 3, values, "the record holds what the response gave: " + record);
    assertEquals(List.of(), missing, "hidden in " + q.id() + "'s " + layout.id() + " page, not shown");
  }

  /** How the page shows one value of the record. */
  private static String shownAs(String key, String value) {
    switch (key) {
      case "id":
      case "name":
      case "mediaType":
      case "description":
      case "sha256":
        return value;
      case "submitted":
        return DAY.format(LocalDate.parse(value));
      case "size":
        return value + " bytes";
      default:
        fail("the record holds \"" + key + "\", which this test does not know: show it on the page, then say here how");
        return value;
    }
  }

  private static String unquote(String json) {
    String s = json.substring(1, json.length() - 1);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n':
          sb.append('\n');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'u':
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        default:
          sb.append(e);
      }
    }
    return sb.toString();
  }

  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }
}
