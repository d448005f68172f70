package org.evidencekit.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.evidencekit.anonymise.counts.CountTable;
import org.evidencekit.anonymise.response.ResponseCounts;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;

/** The summary counts a chunk of responses at a time: the chunks' tables add up to the table of all. */
class AnalysisTest {
  @Test
  void chunksAddUpToTheWhole() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    List<Response> all = new ArrayList<>();
    for (int i = 0; i < 230; i++) {
      all.add(ExampleResponses.random(q, 300 + i));
    }
    int questions = 0;
    for (Question question : q.questions()) {
      if (question.asChoice().isEmpty()) {
        continue;
      }
      questions++;
      String id = question.id();
      CountTable whole = ResponseCounts.optionCounts(q, all, id);
      for (int size : new int[] {1, 7, 100, 229, 230}) {
        List<CountTable> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
          parts.add(ResponseCounts.optionCounts(q, all.subList(from, Math.min(all.size(), from + size)), id));
        }
        assertSame(whole, Analysis.sum(parts), id + " in chunks of " + size);
      }
      assertSame(ResponseCounts.optionCounts(q, List.of(), id), Analysis.sum(List.of(ResponseCounts.optionCounts(q,
          List.of(), id), ResponseCounts.optionCounts(q, List.of(), id))), id + " of no one");
    }
    assertEquals(q.questions().stream().filter(x -> x.asChoice().isPresent()).count(), questions);
    ChoiceQuestion a = q.questions().stream().flatMap(x -> x.asChoice().stream()).findFirst().orElseThrow();
    ChoiceQuestion b = q.questions().stream().flatMap(x -> x.asChoice().stream()).filter(x -> !x.id().equals(a.id()))
        .findFirst().orElseThrow();
    assertThrows(IllegalStateException.class, () -> Analysis.sum(List.of(ResponseCounts.optionCounts(q, all, a.id()),
        ResponseCounts.optionCounts(q, all, b.id()))));
  }

  static void assertSame(CountTable expected, CountTable actual, String what) {
    assertEquals(expected.rows(), actual.rows(), what);
    assertEquals(expected.columns(), actual.columns(), what);
    assertEquals(expected.total(), actual.total(), what);
    assertEquals(expected.isAdditive(), actual.isAdditive(), what);
    for (int r = 0; r < expected.rows().size(); r++) {
      assertEquals(expected.rowTotal(r), actual.rowTotal(r), what);
      for (int c = 0; c < expected.columns().size(); c++) {
        assertEquals(expected.count(r, c), actual.count(r, c), what);
      }
    }
    for (int c = 0; c < expected.columns().size(); c++) {
      assertEquals(expected.columnTotal(c), actual.columnTotal(c), what);
    }
  }
}
