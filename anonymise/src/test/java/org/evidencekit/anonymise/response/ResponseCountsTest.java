package org.evidencekit.anonymise.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencekit.anonymise.counts.CountTable;
import org.evidencekit.anonymise.counts.DisclosureControl;
import org.evidencekit.anonymise.counts.PublishedCell;
import org.evidencekit.anonymise.counts.PublishedTable;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.EvidenceKitException;
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
  void countsRespondentsPerOptionAndEachRespondentOnceInTheTotal() {
    CountTable t = ResponseCounts.optionCounts(Q, responses(), "groups");
    assertEquals(List.of("a. Girls", "b. Boys"), t.rows());
    assertEquals(List.of("Respondents"), t.columns());
    assertEquals(12, t.count(0, 0));
    assertEquals(21, t.count(1, 0));
    assertEquals(24, t.total(), "24 respondents, though 33 ticks");
    assertEquals(24, t.columnTotal(0));
    assertFalse(t.isAdditive());
  }

  @Test
  void issue9_crossTabTotalsCountRespondentsNotTicks() {
    CountTable t = ResponseCounts.crossTab(Q, responses(), "kind", "groups");
    assertEquals(9, t.count(0, 0));
    assertEquals(9, t.count(0, 1));
    assertEquals(3, t.count(1, 0));
    assertEquals(12, t.count(1, 1));
    assertEquals(9, t.rowTotal(0), "9 police respondents, though 18 ticks");
    assertEquals(15, t.rowTotal(1));
    assertEquals(12, t.columnTotal(0));
    assertEquals(21, t.columnTotal(1));
    assertEquals(24, t.total());
    PublishedTable p = DisclosureControl.standard().publish(t);
    assertEquals("fewer than 5", p.cell(1, 0).display());
    for (PublishedCell total : List.of(p.rowTotal(0), p.rowTotal(1), p.columnTotal(0), p.columnTotal(1), p.total())) {
      assertTrue(total.suppressed() || List.of("9", "15", "12", "21", "24").contains(total.display()), p.toTsv());
    }
    assertFalse(p.toTsv().contains("\t18") || p.toTsv().contains("\t33"), "no total counts ticks:\n" + p.toTsv());
  }

  @Test
  void singleChoiceTablesAddUp() {
    CountTable t = ResponseCounts.optionCounts(Q, responses(), "kind");
    assertEquals(9, t.count(0, 0));
    assertEquals(15, t.count(1, 0));
    assertEquals(24, t.total());
    assertTrue(t.isAdditive());
  }

  @Test
  void sumsCounts() {
    CountTable t = ResponseCounts.countSums(Q, responses(), List.of("victims"));
    assertEquals(List.of("3. Victims identified"), t.rows());
    assertEquals(9 * 10 + 3 * 2 + 12, t.count(0, 0));
  }

  @Test
  void issue9_countsRefusesAQuestionThatIsNotAChoiceSayingWhichAre() {
    EvidenceKitException e = assertThrows(EvidenceKitException.class,
        () -> ResponseCounts.optionCounts(Q, responses(), "victims"));
    assertEquals("'victims' is a count question (question 3): only the answers to a choice question can be counted;"
        + " the choice questions of 'T' are kind (question 1), groups (question 2)", e.getMessage());
  }

  @Test
  void issue9_countsRefusesAnUnknownQuestionNamingTheChoiceQuestions() {
    EvidenceKitException e = assertThrows(EvidenceKitException.class,
        () -> ResponseCounts.optionCounts(Q, responses(), "no-such"));
    assertEquals("'T' (version 1) has no question 'no-such': give the id of a choice question (kind (question 1),"
        + " groups (question 2)), or, for a questionnaire of your own, its definition", e.getMessage());
    EvidenceKitException self = assertThrows(EvidenceKitException.class,
        () -> ResponseCounts.crossTab(Q, responses(), "kind", "kind"));
    assertTrue(self.getMessage().startsWith("a question cannot be cross-tabulated with itself"), self.getMessage());
  }

  @Test
  void issue9_invalidResponsesAndThoseToAnotherQuestionnaireAreLeftOutAndSaidSo() {
    List<Response> all = new ArrayList<>(responses());
    all.add(Response.builder().questionnaire(QuestionnaireRef.of(Q))
        .putAnswers("kind", ChoiceAnswer.of("police", "vcs")).build()); // two choices for one: invalid
    all.add(Response.builder().questionnaire(QuestionnaireRef.of("other", "1"))
        .putAnswers("kind", ChoiceAnswer.of("police")).build());
    all.add(Response.builder().questionnaire(QuestionnaireRef.of("t", "2"))
        .putAnswers("kind", ChoiceAnswer.of("police")).build());
    CountedResponses counted = CountedResponses.of(Q, all);
    assertEquals(24, counted.counted().size());
    assertEquals(1, counted.leftOut(CountedResponses.Reason.INVALID));
    assertEquals(2, counted.leftOut(CountedResponses.Reason.OTHER_QUESTIONNAIRE));
    assertEquals("response 25: left out, invalid (1 error)", counted.leftOut().get(0).toString());
    assertEquals("Counted 24 responses to 'T' (version 1); left out 3: 1 invalid, 2 another questionnaire or"
        + " version.", counted.summary());

    CountReport report = ResponseCounts.report(counted, "kind", Optional.empty(), DisclosureControl.standard());
    assertEquals(9, report.table().cell(0, 0).value().getAsLong());
    String text = report.toText();
    assertTrue(text.startsWith("\tRespondents\na. Police\t9\nb. Voluntary sector\t15\nTotal\t24\n\n"), text);
    assertTrue(text.contains("Each count is the number of respondents who chose the option in question 1; the total"
        + " is the number of respondents who answered it, each counted once."), text);
    assertTrue(text.contains("Disclosure control: counts from 1 to 4 are shown as 'fewer than 5'"), text);
    assertTrue(text.contains("left out 3: 1 invalid, 2 another questionnaire or version. Of the 24 responses"
        + " counted, 24 answered question 1."), text);

    String multiple = ResponseCounts.report(counted, "groups", Optional.empty(), DisclosureControl.standard()).toText();
    assertTrue(multiple.contains("A respondent could choose more than one option, so the counts add up to more than"
        + " the total."), multiple);
    String cross = ResponseCounts.report(counted, "kind", Optional.of("groups"), DisclosureControl.standard()).toText();
    assertTrue(cross.contains("Each count is the number of respondents who chose both the row's option in question 1"
        + " and the column's option in question 2."), cross);
  }
}
