package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencekit.model.Consent;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Where anonymisation removed the respondent's details, the printed and answers-only pages say
 * "Withheld" for each of them, as the PDF and Word documents do, and "Not answered" only where
 * nothing was given (issue 11; the HTML pages said "Not answered" until now).
 */
class WithheldTest {
  private static final Questionnaire Q = Questionnaires.callForEvidence2012();

  /** The 2012 form's questions that the respondent block fills. */
  private static List<Question> respondentQuestions() {
    List<Question> out = Q.questions().stream()
        .filter(qn -> qn.responseField().filter(ResponseField::isRespondentField).isPresent())
        .collect(Collectors.toList());
    assertTrue(out.size() >= 4, "the 2012 form asks who is responding");
    return out;
  }

  private static Set<String> pointers(List<Question> questions) {
    return questions.stream().map(qn -> qn.responseField().orElseThrow().pointer()).collect(Collectors.toSet());
  }

  /** A complete response with the respondent block taken out, as the anonymiser leaves it. */
  private static Response anonymised() {
    return ExampleResponses.complete(Q).withRespondent(Respondent.empty())
        .withConsent(Optional.of(Consent.ANONYMISED));
  }

  private static Document render(Response r, Layout layout, Set<String> withheld) {
    return render(r, RenderOptions.builder().layout(layout).addAllWithheld(withheld).build());
  }

  private static Document render(Response r, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      HtmlRenderer.standard().render(Q, Optional.of(r), options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Pages.parse(out.toByteArray());
  }

  @Test
  void thePrintedPageSaysWithheldWhereTheRespondentsDetailsWere() {
    List<Question> asked = respondentQuestions();
    Document withheld = render(anonymised(), Layout.PRINTED, pointers(asked));
    Document plain = render(anonymised(), Layout.PRINTED, Set.of());
    for (Question qn : asked) {
      Element there = withheld.getElementById("question:" + qn.id());
      assertEquals("Withheld", there.selectFirst(".ek-not-answered").text(), qn.id());
      assertEquals("Not answered", plain.getElementById("question:" + qn.id()).selectFirst(".ek-not-answered").text(),
          "without the pointers nothing says it was withheld: " + qn.id());
    }
    // Only those: every other unanswered question still says "Not answered".
    assertEquals(asked.size(), withheld.select(".ek-not-answered").stream()
        .filter(e -> e.text().equals("Withheld")).count());
  }

  @Test
  void theAnswersOnlyPageListsThemAsWithheld() {
    List<Question> asked = respondentQuestions();
    Document doc = render(anonymised(), Layout.ANSWERS_ONLY, pointers(asked));
    List<String> terms = doc.select("dl.ek-answers dt").eachText();
    List<String> values = doc.select("dl.ek-answers dd").eachText();
    long shown = values.stream().filter("Withheld"::equals).count();
    assertEquals(asked.size(), shown, "one \"Withheld\" entry for each respondent question: " + terms);
    Document plain = render(anonymised(), Layout.ANSWERS_ONLY, Set.of());
    assertFalse(plain.select("dl.ek-answers dd").eachText().contains("Withheld"));
  }

  @Test
  void markedAnonymisedWithoutPointersTheRespondentQuestionsLeftEmptyAreWithheld() {
    // RenderOptions.withheldIn: the one rule every format uses when only anonymised(true) is said.
    List<Question> asked = respondentQuestions();
    Document inferred = render(anonymised(), RenderOptions.builder().layout(Layout.PRINTED).anonymised(true).build());
    Document explicit = render(anonymised(), Layout.PRINTED, pointers(asked));
    for (Question qn : asked) {
      assertEquals(explicit.getElementById("question:" + qn.id()).text(),
          inferred.getElementById("question:" + qn.id()).text(), qn.id());
    }
  }

  @Test
  void anAnswerStillGivenIsPrintedEvenIfItsPointerIsListed() {
    Response complete = ExampleResponses.complete(Q);
    Question first = respondentQuestions().get(0);
    Document doc = render(complete, Layout.PRINTED, Set.of(first.responseField().orElseThrow().pointer()));
    Element there = doc.getElementById("question:" + first.id());
    assertTrue(there.select(".ek-not-answered").isEmpty(), "an answer that is there is shown, not withheld");
  }
}
