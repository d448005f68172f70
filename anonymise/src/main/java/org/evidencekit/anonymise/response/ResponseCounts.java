package org.evidencekit.anonymise.response;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.evidencekit.anonymise.counts.CountTable;
import org.evidencekit.model.Answer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;

/**
 * Count tables aggregated across responses, ready for {@link
 * org.evidencekit.anonymise.counts.DisclosureControl}: responses per option of a choice
 * question, a cross-tabulation of two choice questions, and sums of count answers. Rows and
 * columns are named by the options' printed label and text ("a. Police").
 */
public final class ResponseCounts {
  private ResponseCounts() {}

  /** The number of responses choosing each option of a choice question (one column). */
  public static CountTable optionCounts(Questionnaire q, Collection<Response> responses, String questionId) {
    ChoiceQuestion question = choice(q, questionId);
    CountTable.Builder b = CountTable.builder().column("Responses");
    for (Option o : question.options()) {
      b.row(name(o));
    }
    for (Response r : responses) {
      Answer a = Responses.answersOf(q, r).get(questionId);
      if (a instanceof ChoiceAnswer) {
        for (String id : ((ChoiceAnswer) a).selected()) {
          question.option(id).ifPresent(o -> b.add(name(o), "Responses", 1));
        }
      }
    }
    return b.build();
  }

  /** Responses by the options chosen in two choice questions (rows, then columns). */
  public static CountTable crossTab(Questionnaire q, Collection<Response> responses, String rowQuestionId,
      String columnQuestionId) {
    ChoiceQuestion rows = choice(q, rowQuestionId);
    ChoiceQuestion cols = choice(q, columnQuestionId);
    CountTable.Builder b = CountTable.builder();
    rows.options().forEach(o -> b.row(name(o)));
    cols.options().forEach(o -> b.column(name(o)));
    for (Response r : responses) {
      Map<String, Answer> answers = Responses.answersOf(q, r);
      Answer ra = answers.get(rowQuestionId);
      Answer ca = answers.get(columnQuestionId);
      if (ra instanceof ChoiceAnswer && ca instanceof ChoiceAnswer) {
        for (String ro : ((ChoiceAnswer) ra).selected()) {
          for (String co : ((ChoiceAnswer) ca).selected()) {
            if (rows.option(ro).isPresent() && cols.option(co).isPresent()) {
              b.add(name(rows.option(ro).get()), name(cols.option(co).get()), 1);
            }
          }
        }
      }
    }
    return b.build();
  }

  /**
   * The sum of each count question's answers across responses (rows: the questions, by printed
   * number and text; one column "Total"). Fractions are rounded down.
   */
  public static CountTable countSums(Questionnaire q, Collection<Response> responses, List<String> countQuestionIds) {
    CountTable.Builder b = CountTable.builder().column("Total");
    for (String id : countQuestionIds) {
      b.row(rowName(q, id));
    }
    for (Response r : responses) {
      Map<String, Answer> answers = Responses.answersOf(q, r);
      for (String id : countQuestionIds) {
        Answer a = answers.get(id);
        if (a instanceof NumberAnswer) {
          BigDecimal v = ((NumberAnswer) a).value();
          if (v.signum() > 0) {
            b.add(rowName(q, id), "Total", v.longValue());
          }
        }
      }
    }
    return b.build();
  }

  private static String rowName(Questionnaire q, String id) {
    Question question = q.question(id).orElseThrow(() -> new IllegalArgumentException(
        "The questionnaire " + q.id() + " has no question " + id));
    String n = q.printedNumber(question).trim();
    return (n.isEmpty() ? "" : n + " ") + question.text();
  }

  private static ChoiceQuestion choice(Questionnaire q, String id) {
    Question question = q.question(id).orElseThrow(() -> new IllegalArgumentException(
        "The questionnaire " + q.id() + " has no question " + id));
    if (!(question instanceof ChoiceQuestion)) {
      throw new IllegalArgumentException("Question " + id + " of " + q.id() + " is not a choice question");
    }
    return (ChoiceQuestion) question;
  }

  private static String name(Option o) {
    return o.label().map(l -> l + " " + o.text()).orElse(o.text());
  }
}
