package org.evidencekit.intake.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.evidencekit.anonymise.counts.CountTable;
import org.evidencekit.anonymise.counts.DisclosureControl;
import org.evidencekit.anonymise.response.ResponseCounts;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.validation.Messages;

/**
 * The analysis behind the summary, over the valid returns kept (duplicates and invalid returns
 * left out): respondents per option of each choice question (anonymise's {@link ResponseCounts},
 * the one implementation the {@code counts} command uses too), the distribution of each count
 * question's answers, how many completed each optional part, and returns per week against the
 * closing date. Streams: what a choice count needs of each response (its choices and tick boxes)
 * is kept for a chunk of responses at a time, counted when the chunk is full and the chunks'
 * tables summed at the end, so memory does not grow with the returns.
 * Every table goes through the disclosure control before it is shown.
 */
public final class Analysis implements AutoCloseable {
  private static final long[] BINS = {0, 1, 10, 50, 100, 500};

  private final Questionnaire q;
  private final DisclosureControl control;
  /** The reduced responses of the chunk being filled. */
  private final List<Response> chunk = new ArrayList<>(CHUNK);
  /** Per choice question, the tables of the chunks counted so far. */
  private final List<List<CountTable>> parts = new ArrayList<>();
  private final Map<ReturnStatus, Long> byStatus = new EnumMap<>(ReturnStatus.class);
  private final List<CountQuestion> countQuestions = new ArrayList<>();
  private final List<ChoiceQuestion> choiceQuestions = new ArrayList<>();
  private final Map<String, long[]> distributions = new LinkedHashMap<>();
  private final Map<String, long[]> completion = new LinkedHashMap<>();
  private final TreeMap<LocalDate, Long> weeks = new TreeMap<>();
  private long undated;
  private long counted;

  public Analysis(Questionnaire q, DisclosureControl control) {
    this.q = q;
    this.control = control;
    for (Question question : q.questions()) {
      question.accept(new QuestionVisitor.Default<Void>() {
        @Override
        protected Void otherwise(Question x) {
          return null;
        }

        @Override
        public Void visit(CountQuestion c) {
          countQuestions.add(c);
          distributions.put(c.id(), new long[BINS.length]);
          return null;
        }

        @Override
        public Void visit(org.evidencekit.model.SingleChoiceQuestion c) {
          choiceQuestions.add(c);
          return null;
        }

        @Override
        public Void visit(org.evidencekit.model.MultipleChoiceQuestion c) {
          choiceQuestions.add(c);
          return null;
        }
      });
    }
    for (Part p : q.parts()) {
      if (p.isConditional()) {
        completion.put(p.id(), new long[2]);
      }
    }
    for (int i = 0; i < choiceQuestions.size(); i++) {
      parts.add(new ArrayList<>());
    }
  }

  /** One record (after duplicates are marked). */
  public void accept(ReturnRecord r) {
    byStatus.merge(r.status(), 1L, Long::sum);
    if (r.status() != ReturnStatus.READ_VALID || r.response().isEmpty()) {
      return;
    }
    Response resp = r.response().get();
    counted++;
    AnswerSheet sheet = AnswerSheet.of(q, resp);
    Response.Builder reduced = Response.builder().questionnaire(QuestionnaireRef.of(q));
    resp.consent().ifPresent(reduced::consent);
    for (Map.Entry<String, Answer> e : resp.answers().entrySet()) {
      if (e.getValue().asChoice().isPresent() || e.getValue().asBoolean().isPresent()) {
        reduced.putAnswers(e.getKey(), e.getValue());
      }
    }
    chunk.add(reduced.build());
    if (chunk.size() == CHUNK) {
      countChunk();
    }
    for (CountQuestion c : countQuestions) {
      Optional<BigDecimal> v = sheet.answer(c).flatMap(Answer::asNumber).map(n -> n.value());
      if (v.isPresent()) {
        distributions.get(c.id())[bin(v.get())]++;
      }
    }
    for (Part p : q.parts()) {
      long[] c = completion.get(p.id());
      if (c != null) {
        c[sheet.applies(p) && sheet.hasAnswersIn(p) ? 0 : 1]++;
      }
    }
    if (resp.submitted().isPresent()) {
      weeks.merge(resp.submitted().get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1L, Long::sum);
    } else {
      undated++;
    }
  }

  private static int bin(BigDecimal v) {
    int b = 0;
    for (int i = 0; i < BINS.length; i++) {
      if (v.compareTo(BigDecimal.valueOf(BINS[i])) >= 0) {
        b = i;
      }
    }
    return b;
  }

  private static String binName(int i) {
    if (i == 0) {
      return "0";
    }
    return i + 1 < BINS.length ? BINS[i] + " to " + (BINS[i + 1] - 1) : BINS[i] + " or more";
  }

  /** The summary, every table through the disclosure control. */
  public SummaryModel finish(String source) {
    List<SummaryModel.Block> blocks = new ArrayList<>();
    CountTable.Builder st = CountTable.builder().column("Files");
    for (ReturnStatus s : ReturnStatus.values()) {
      st.add(s.id(), "Files", byStatus.getOrDefault(s, 0L));
    }
    blocks.add(new SummaryModel.Block("The files received", "Every file found, by what became of it (see"
        + " returns.jsonl and problems.csv for each one).", control.publish(st.build()), true, List.of()));

    List<CountTable> optionTables = optionCounts();
    for (int i = 0; i < choiceQuestions.size(); i++) {
      ChoiceQuestion c = choiceQuestions.get(i);
      CountTable t = optionTables.get(i);
      List<String> notes = new ArrayList<>();
      notes.add("Each count is the number of respondents who chose the option; the total is the number who answered"
          + " the question, each counted once.");
      if (!t.isAdditive()) {
        notes.add("A respondent could choose more than one option, so the counts add up to more than the total.");
      }
      blocks.add(new SummaryModel.Block(title(c), "Respondents per option of " + Messages.referenceTo(q, c) + ".",
          control.publish(t), true, notes));
    }
    for (CountQuestion c : countQuestions) {
      long[] d = distributions.get(c.id());
      CountTable.Builder b = CountTable.builder().column("Respondents");
      for (int i = 0; i < d.length; i++) {
        b.add(binName(i), "Respondents", d[i]);
      }
      blocks.add(new SummaryModel.Block(title(c), "How many respondents gave each range of numbers in answer to "
          + Messages.referenceTo(q, c) + ".", control.publish(b.build()), true, List.of()));
    }
    for (Part p : q.parts()) {
      long[] c = completion.get(p.id());
      if (c == null) {
        continue;
      }
      CountTable t = CountTable.builder().column("Respondents").add("Completed the part", "Respondents", c[0])
          .add("Did not", "Respondents", c[1]).build();
      blocks.add(new SummaryModel.Block("Part " + p.title().orElse(p.id()), "How many respondents completed this"
          + " optional part (it applied to them and they answered at least one of its questions).",
          control.publish(t), true, List.of()));
    }
    if (!weeks.isEmpty() || undated > 0) {
      CountTable.Builder b = CountTable.builder().column("Returns");
      Optional<LocalDate> closing = q.closingDate();
      for (Map.Entry<LocalDate, Long> e : weeks.entrySet()) {
        LocalDate start = e.getKey();
        String label = "Week of " + start;
        if (closing.isPresent() && !closing.get().isBefore(start) && closing.get().isBefore(start.plusDays(7))) {
          label += " (closing date " + closing.get() + ")";
        } else if (closing.isPresent() && start.isAfter(closing.get())) {
          label += " (after the closing date)";
        }
        b.add(label, "Returns", e.getValue());
      }
      if (undated > 0) {
        b.add("No date given", "Returns", undated);
      }
      blocks.add(new SummaryModel.Block("Returns received per week", "Valid returns by the week of the date they"
          + " give" + q.closingDate().map(d -> ", against the closing date " + d).orElse("") + ".",
          control.publish(b.build()), true, List.of()));
    }
    List<String> intro = new ArrayList<>();
    intro.add("Made by EvidenceKit intake from " + source + ".");
    intro.add("The analysis counts the valid returns kept: files that could not be read, invalid returns, returns"
        + " for another questionnaire and duplicates are left out, and counted in the first table.");
    intro.add("Every chart has its data in the table beside it.");
    return new SummaryModel("Summary of returns: " + q.title(), "Questionnaire " + q.id() + ", version " + q.version()
        + q.closingDate().map(d -> "; closing date " + d).orElse(""), intro, control.describe(), blocks);
  }

  /** How many reduced responses are held at once before they are counted. */
  private static final int CHUNK = 1000;

  /** Counts the chunk for every choice question (anonymise's {@link ResponseCounts}) and empties it. */
  private void countChunk() {
    for (int i = 0; i < choiceQuestions.size(); i++) {
      parts.get(i).add(ResponseCounts.optionCounts(q, chunk, choiceQuestions.get(i).id()));
    }
    chunk.clear();
  }

  /**
   * Every choice question's {@link ResponseCounts#optionCounts}, in {@link #choiceQuestions}'
   * order: the last chunk counted (or an empty one, if no response was), and the chunks' tables
   * summed cell by cell and total by total (counts of respondents, each in one chunk, add up), so
   * the tables are those of one count over all of them.
   */
  private List<CountTable> optionCounts() {
    if (!chunk.isEmpty() || parts.isEmpty() || parts.get(0).isEmpty()) {
      countChunk();
    }
    List<CountTable> out = new ArrayList<>();
    for (List<CountTable> p : parts) {
      out.add(p.size() == 1 ? p.get(0) : sum(p));
    }
    return out;
  }

  /** Tables of the same rows and columns, added cell by cell and total by total. */
  static CountTable sum(List<CountTable> tables) {
    CountTable first = tables.get(0);
    for (CountTable t : tables) {
      if (!t.rows().equals(first.rows()) || !t.columns().equals(first.columns())) {
        throw new IllegalStateException("tables of different shapes cannot be added");
      }
    }
    CountTable.Builder b = CountTable.builder();
    first.columns().forEach(b::column);
    long total = 0;
    long[] columnTotals = new long[first.columns().size()];
    for (int row = 0; row < first.rows().size(); row++) {
      String name = first.rows().get(row);
      b.row(name);
      long rowTotal = 0;
      for (CountTable t : tables) {
        rowTotal += t.rowTotal(row);
        for (int col = 0; col < first.columns().size(); col++) {
          b.add(name, first.columns().get(col), t.count(row, col));
        }
      }
      b.rowTotal(name, rowTotal);
    }
    for (CountTable t : tables) {
      total += t.total();
      for (int col = 0; col < columnTotals.length; col++) {
        columnTotals[col] += t.columnTotal(col);
      }
    }
    for (int col = 0; col < columnTotals.length; col++) {
      b.columnTotal(first.columns().get(col), columnTotals[col]);
    }
    return b.total(total).build();
  }

  private String title(Question c) {
    String n = q.printedNumber(c).trim();
    return (n.isEmpty() ? "" : "Question " + n + " ") + Messages.abbreviate(c.text(), 100);
  }

  /** How many valid returns were counted. */
  public long counted() {
    return counted;
  }

  @Override
  public void close() {
    chunk.clear();
  }
}
