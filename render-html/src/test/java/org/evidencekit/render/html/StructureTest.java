package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structure of the pages of the bundled questionnaires and the fixture with every kind of
 * question, in every layout, parsed as a browser would (see {@link Structure}).
 */
class StructureTest {
  static Stream<Questionnaire> questionnaires() {
    return Stream.of(Questionnaires.callForEvidence2012(), Questionnaires.referralScreening(), Fixtures.kinds());
  }

  @ParameterizedTest
  @MethodSource("questionnaires")
  void theBlankFormIsAnAccessibleForm(Questionnaire q) {
    Structure.checkForm(q, Pages.parse(Pages.blank(q)));
  }

  @ParameterizedTest
  @MethodSource("questionnaires")
  void theFilledFormIsTooAndHoldsTheAnswers(Questionnaire q) {
    Response r = ExampleResponses.complete(q);
    Document doc = Pages.parse(Pages.filled(q, r));
    Structure.checkForm(q, doc);
    assertFalse(doc.select("input[checked]").isEmpty());
    assertFalse(doc.select("input[value]").isEmpty());
  }

  @ParameterizedTest
  @MethodSource("questionnaires")
  void thePrintedAndAnswersOnlyPagesHoldTextOnly(Questionnaire q) {
    Response r = ExampleResponses.random(q, 7);
    Structure.checkPrinted(q, Pages.parse(Pages.render(q, Optional.of(r), Layout.PRINTED)), "printed");
    Structure.checkPrinted(q, Pages.parse(Pages.render(q, Optional.of(r), Layout.ANSWERS_ONLY)), "answers-only");
  }

  @Test
  void partsAreH2AndSectionsH3BelowTheTitle() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Document doc = Pages.parse(Pages.blank(q));
    assertEquals(q.title(), doc.selectFirst("h1").text());
    for (Element part : doc.select("section.ek-part")) {
      Element first = part.firstElementChild();
      if (first != null && first.normalName().matches("h[1-6]")) {
        assertEquals("h2", first.normalName(), part.id());
      }
      for (Element section : part.select("section.ek-section")) {
        Element heading = section.firstElementChild();
        if (heading != null && heading.normalName().matches("h[1-6]")) {
          assertTrue(List.of("h2", "h3").contains(heading.normalName()), section.id() + ": " + heading.normalName());
        }
      }
    }
    assertFalse(doc.select("section.ek-part > h2").isEmpty());
    assertFalse(doc.select("section.ek-section > h3").isEmpty());
  }

  @Test
  void contentBlocksKeepTheirMeaning() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Document doc = Pages.parse(Pages.blank(q));
    assertEquals(q.definitions().size(), doc.select("dl.ek-definitions > dt").size(), "definitions as a <dl>");
    assertFalse(doc.select("figure.ek-quotation > blockquote").isEmpty(), "quotations");
    assertFalse(doc.select("figure.ek-quotation > figcaption").isEmpty(), "with their attribution");
    assertFalse(doc.select(".ek-case-study").isEmpty(), "case studies");
    assertFalse(doc.select("ol.ek-labelled > li > .ek-label, ul > li").isEmpty(), "lists");
  }

  @Test
  void aPrintedPageSaysWhatWasNotAnswered() {
    Questionnaire q = Fixtures.kinds();
    Response none = Fixtures.response(q, "");
    Document doc = Pages.parse(Pages.render(q, Optional.of(none), Layout.PRINTED));
    assertFalse(doc.select(".ek-not-answered").isEmpty());
    assertTrue(doc.select(".ek-not-answered").stream().allMatch(e -> e.text().equals("Not answered")));
    Document answersOnly = Pages.parse(Pages.render(q, Optional.of(none), Layout.ANSWERS_ONLY));
    assertTrue(answersOnly.text().contains("No answers were given."));
  }

  @Test
  void aPrintedPageShowsTicksInWordsNotOnlyAsMarks() {
    Questionnaire q = Fixtures.kinds();
    Response r = Fixtures.response(q, "\"answers\": {\"groups\": {\"selected\": [\"a\"]}, \"agree\": true}");
    Document doc = Pages.parse(Pages.render(q, Optional.of(r), Layout.PRINTED));
    Element chosen = doc.getElementById("question:groups").selectFirst("li");
    assertEquals("\u2612 Ticked: a. BME children", chosen.text());
    assertEquals("Ticked:", chosen.selectFirst(".ek-visually-hidden").text(), "the state in words");
    assertEquals("\u2610 Not ticked: c. Local training", doc.getElementById("question:groups").select("li").get(1).text());
    assertEquals("true", chosen.selectFirst(".ek-mark").attr("aria-hidden"), "the mark itself is hidden from screen readers");
    assertTrue(doc.getElementById("question:agree").text().contains("Ticked: I agree"));
  }

  @Test
  void answersOnlyListsEachQuestionWithItsAnswer() {
    Questionnaire q = Fixtures.kinds();
    Response r = Fixtures.response(q,
        "\"answers\": {\"victims\": 12, \"area\": \"North\", \"groups\": {\"selected\": [\"other\"], \"specified\": {\"other\": \"Boys\"}}}");
    Document doc = Pages.parse(Pages.render(q, Optional.of(r), Layout.ANSWERS_ONLY));
    List<String> terms = doc.select("dl.ek-answers > dt").eachText();
    List<String> answers = doc.select("dl.ek-answers > dd").eachText();
    assertEquals(List.of("1. How many CSE victims do you work with each year?", "2. Area covered",
        "3. Do you specialise in work with any of the following groups of children:"), terms);
    assertEquals(List.of("12", "North", "j. Other (please explain): Boys"), answers);
  }
}
