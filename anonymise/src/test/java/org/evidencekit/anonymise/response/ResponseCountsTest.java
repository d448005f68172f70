package org.evidencekit.anonymise.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.evidencekit.anonymise.counts.CountTable;
import org.evidencekit.anonymise.counts.DisclosureControl;
import org.evidencekit.anonymise.counts.PublishedTable;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.Section;
import org.evidencekit.model.SingleChoiceQuestion;
import org.junit.jupiter.api.Test;

class ResponseCountsTest {
  static final Questionnaire Q = Questionnaire.builder().id("t").version("1").title("T")
      .addParts(Part.builder().id("p").addSections(Section.builder().id("s")
          .addItems(SingleChoiceQuestion.builder().id("kind").label("1.").text("Organisation")
              .addOptions(Option.of("police", "a.", "Police"), Option.of("vcs", "b.", "Voluntary sector"))
              .build())
          .addItems(MultipleChoiceQuestion.builder().id("groups").label("2.").text("Groups worked with")
              .addOptions(Option.of("girls", "a.", "Girls"), Option.of("boys", "b.", "Boys"))
              .build())
          .addItems(CountQuestion.builder().id("victims").label("3.").text("Victims identified").build())
          .build()).build())
      .build();

  static Response r(String kind, List<String> groups, long victims) {
    return Response.builder().questionnaire(QuestionnaireRef.of(Q))
        .putAnswers("kind", ChoiceAnswer.of(kind))
        .putAnswers("groups", ChoiceAnswer.of(groups, java.util.Map.of()))
        .putAnswers("victims", NumberAnswer.of(victims)).build();
  }

  static List<Response> responses() {
    List<Response> out = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      out.add(r("police", List.of("girls", "boys"), 10));
    }
    for (int i = 0; i < 3; i++) {
      out.add(r("vcs", List.of("girls"), 2));
    }
    for (int i = 0; i < 12; i++) {
      out.add(r("vcs", List.of("boys"), 1));
    }
    return out;
  }

  @Test
  void countsOptionsAcrossResponses() {
    CountTable t = ResponseCounts.optionCounts(Q, responses(), "groups");
    assertEquals(List.of("a. Girls", "b. Boys"), t.rows());
    assertEquals(12, t.count(0, 0));
    assertEquals(21, t.count(1, 0));
  }

  @Test
  void crossTabulatesAndSuppresses() {
    CountTable t = ResponseCounts.crossTab(Q, responses(), "kind", "groups");
    assertEquals(9, t.count(0, 0));
    assertEquals(3, t.count(1, 0));
    assertEquals(12, t.count(1, 1));
    PublishedTable p = DisclosureControl.standard().publish(t);
    assertEquals("fewer than 5", p.cell(1, 0).display());
    assertEquals(true, p.cell(0, 0).suppressed() || p.columnTotal(0).suppressed(), p.toTsv());
  }

  @Test
  void sumsCounts() {
    CountTable t = ResponseCounts.countSums(Q, responses(), List.of("victims"));
    assertEquals(List.of("3. Victims identified"), t.rows());
    assertEquals(9 * 10 + 3 * 2 + 12, t.count(0, 0));
  }

  @Test
  void unknownQuestionsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ResponseCounts.optionCounts(Q, responses(), "victims"));
    assertEquals("Question victims of t is not a choice question", e.getMessage());
  }
}
