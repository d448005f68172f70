package org.evidencekit.anonymise.response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencekit.anonymise.counts.CountTable;
import org.evidencekit.anonymise.counts.DisclosureControl;
import org.evidencekit.anonymise.counts.PublishedTable;
import org.evidencekit.model.Answer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.validation.Messages;

/**
 * Count tables aggregated across responses, ready for {@link
 * org.evidencekit.anonymise.counts.DisclosureControl}: respondents per option of a choice
 * question, a cross-tabulation of two choice questions, and sums of count answers. Rows and
 * columns are named by the options' printed label and text ("a. Police").
 *
 * <p>Every cell and every total of an option table counts respondents, each once: a respondent
 * who chose two options of a multiple-choice question is counted in both options' cells, and once
 * in the total, so the cells of such a line add up to more than its total. {@link #report} makes
 * the whole publishable result: the responses counted and left out, the table after disclosure
 * control, and what a cell means.
 */
public final class ResponseCounts {
  private ResponseCounts() {}

  /** The name of the one column of {@link #optionCounts}: each cell counts respondents. */
  public static final String RESPONDENTS = "Respondents";

  /**
   * The number of respondents choosing each option of a choice question (one column,
   * "Respondents"); its total is the number of respondents who chose any option.
   *
   * @throws EvidenceKitException if the questionnaire has no such question, or it is not a
   *     choice question
   */
  public static CountTable optionCounts(Questionnaire q, Collection<Response> responses, String questionId) {
    ChoiceQuestion question = choice(q, questionId);
    CountTable.Builder b = CountTable.builder().column(RESPONDENTS);
    for (Option o : question.options()) {
      b.row(name(o));
    }
    long answered = 0;
    for (Response r : responses) {
      Set<Option> chosen = chosen(q, r, question);
      for (Option o : chosen) {
        b.add(name(o), RESPONDENTS, 1);
      }
      if (!chosen.isEmpty()) {
        answered++;
      }
    }
    return b.columnTotal(RESPONDENTS, answered).total(answered).build();
  }

  /**
   * Respondents by the options chosen in two choice questions (rows, then columns): each cell
   * counts the respondents who chose both its row's option and its column's; each row or column
   * total, the respondents in that row or column; the grand total, the respondents who answered
   * both questions.
   *
   * @throws EvidenceKitException if either question is missing or not a choice question, or both
   *     are the same
   */
  public static CountTable crossTab(Questionnaire q, Collection<Response> responses, String rowQuestionId,
      String columnQuestionId) {
    ChoiceQuestion rows = choice(q, rowQuestionId);
    ChoiceQuestion cols = choice(q, columnQuestionId);
    if (rows.id().equals(cols.id())) {
      throw new EvidenceKitException("a question cannot be cross-tabulated with itself: choose another of the"
          + " choice questions (" + choiceQuestions(q) + ")");
    }
    CountTable.Builder b = CountTable.builder();
    rows.options().forEach(o -> b.row(name(o)));
    cols.options().forEach(o -> b.column(name(o)));
    long[] rowTotals = new long[rows.options().size()];
    long[] colTotals = new long[cols.options().size()];
    long both = 0;
    for (Response r : responses) {
      Set<Option> ro = chosen(q, r, rows);
      Set<Option> co = chosen(q, r, cols);
      if (ro.isEmpty() || co.isEmpty()) {
        continue;
      }
      both++;
      for (Option a : ro) {
        rowTotals[rows.options().indexOf(a)]++;
        for (Option c : co) {
          b.add(name(a), name(c), 1);
        }
      }
      for (Option c : co) {
        colTotals[cols.options().indexOf(c)]++;
      }
    }
    for (int i = 0; i < rowTotals.length; i++) {
      b.rowTotal(name(rows.options().get(i)), rowTotals[i]);
    }
    for (int i = 0; i < colTotals.length; i++) {
      b.columnTotal(name(cols.options().get(i)), colTotals[i]);
    }
    return b.total(both).build();
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
        Optional<BigDecimal> v = Optional.ofNullable(answers.get(id)).flatMap(Answer::asNumber).map(NumberAnswer::value);
        if (v.isPresent() && v.get().signum() > 0) {
          b.add(rowName(q, id), "Total", v.get().longValue());
        }
      }
    }
    return b.build();
  }

  /**
   * The publishable table of one choice question, or of two cross-tabulated ({@code by}), over
   * the responses counted, with disclosure control applied, and the notes that go under it.
   *
   * @throws EvidenceKitException if a question is missing or not a choice question
   */
  public static CountReport report(CountedResponses responses, String questionId, Optional<String> by,
      DisclosureControl control) {
    Questionnaire q = responses.questionnaire();
    CountTable table = by.isEmpty()
        ? optionCounts(q, responses.counted(), questionId)
        : crossTab(q, responses.counted(), questionId, by.get());
    PublishedTable published = control.publish(table);
    ChoiceQuestion first = choice(q, questionId);
    List<String> notes = new ArrayList<>();
    if (by.isEmpty()) {
      notes.add("Each count is the number of respondents who chose the option in " + reference(q, first)
          + "; the total is the number of respondents who answered it, each counted once.");
      if (!table.isAdditive()) {
        notes.add("A respondent could choose more than one option, so the counts add up to more than the total.");
      }
    } else {
      ChoiceQuestion second = choice(q, by.get());
      notes.add("Each count is the number of respondents who chose both the row's option in " + reference(q, first)
          + " and the column's option in " + reference(q, second) + ". Each total is the number of respondents"
          + " in its row or column, and the grand total the number who answered both questions, each counted"
          + " once.");
      if (!table.isAdditive()) {
        notes.add("A respondent could choose more than one option, so counts can add up to more than their totals.");
      }
    }
    notes.add(control.describe());
    notes.add(responses.summary() + " " + answeredSentence(q, responses, table, first, by));
    return new CountReport(responses, published, notes);
  }

  private static String answeredSentence(Questionnaire q, CountedResponses responses, CountTable table,
      ChoiceQuestion first, Optional<String> by) {
    long answered = table.total();
    String who = by.isEmpty()
        ? "answered " + reference(q, first)
        : "answered both " + reference(q, first) + " and " + reference(q, choice(q, by.get()));
    return "Of the " + CountedResponses.plural(responses.counted().size(), "response") + " counted, " + answered
        + " " + who + ".";
  }

  private static String reference(Questionnaire q, Question question) {
    return Messages.referenceTo(q, question);
  }

  /** The options of the question a response chose, each once, in the question's order. */
  private static Set<Option> chosen(Questionnaire q, Response r, ChoiceQuestion question) {
    Optional<ChoiceAnswer> a = Optional.ofNullable(Responses.answersOf(q, r).get(question.id()))
        .flatMap(Answer::asChoice);
    Set<Option> out = new LinkedHashSet<>();
    if (a.isPresent()) {
      for (Option o : question.options()) {
        if (a.get().isSelected(o.id())) {
          out.add(o);
        }
      }
    }
    return out;
  }

  private static String rowName(Questionnaire q, String id) {
    Question question = q.question(id).orElseThrow(() -> noSuchQuestion(q, id, "a count question"));
    String n = q.printedNumber(question).trim();
    return (n.isEmpty() ? "" : n + " ") + question.text();
  }

  private static ChoiceQuestion choice(Questionnaire q, String id) {
    Question question = q.question(id).orElseThrow(() -> noSuchQuestion(q, id, "a choice question"));
    return question.asChoice().orElseThrow(() -> new EvidenceKitException(
        "'" + id + "' is " + Messages.kindOf(question) + " (" + Messages.referenceTo(q, question)
            + "): only the answers to a choice question can be counted; the choice questions of '" + q.title()
            + "' are " + choiceQuestions(q)));
  }

  private static EvidenceKitException noSuchQuestion(Questionnaire q, String id, String wanted) {
    return new EvidenceKitException("'" + q.title() + "' (version " + q.version() + ") has no question "
        + (Messages.isQuotable(id) ? "'" + id + "'" : "with that id") + ": give the id of " + wanted
        + " (" + choiceQuestions(q) + "), or, for a questionnaire of your own, its definition");
  }

  /** "specialist-groups (question 4), intervention-types (question 6)". */
  private static String choiceQuestions(Questionnaire q) {
    List<String> out = q.questions().stream()
        .filter(x -> x.asChoice().isPresent())
        .map(x -> x.id() + " (" + Messages.referenceTo(q, x) + ")")
        .collect(Collectors.toList());
    return out.isEmpty() ? "it has none" : String.join(", ", out);
  }

  private static String name(Option o) {
    return o.label().map(l -> l + " " + o.text()).orElse(o.text());
  }
}
