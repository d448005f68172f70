package org.evidencekit.intake.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.validation.Messages;

/**
 * The columns of {@code returns.csv} and {@code returns.xlsx}: first the file's own (path,
 * reference, status, format, date, consent, errors), then one per part's declaration and one per
 * question in the questionnaire's order, a multiple choice one per option, and each option that
 * asks for a text ("Other (please explain)") one more for that text. Headers carry the printed
 * numbers ("4. b. Boys"); {@link #explained} says what each column holds.
 */
public final class Columns {
  /** One column: its header, the question it is about (empty for the file's own), what it holds. */
  public record Column(String header, String questionId, String holds, Function<Row, Object> value) {}

  /** A record with its answers looked up, for the values. */
  public static final class Row {
    final ReturnRecord record;
    final Optional<AnswerSheet> sheet;

    Row(Questionnaire q, ReturnRecord record) {
      this.record = record;
      this.sheet = record.response().map(r -> AnswerSheet.of(q, r));
    }

    Optional<Answer> answer(String id) {
      return sheet.flatMap(s -> s.answer(id));
    }
  }

  private final Questionnaire questionnaire;
  private final List<Column> columns = new ArrayList<>();

  public Columns(Questionnaire q) {
    this.questionnaire = q;
    add("File", "", "the file's path, as found under the folders given", r -> r.record.path());
    add("Reference", "", "the return's reference (from its content's SHA-256), as used in the evidence pack",
        r -> r.record.reference());
    add("Status", "", "read-valid, read-invalid or duplicate (see returns.jsonl and problems.csv)",
        r -> r.record.status().id());
    add("Format", "", "the format it was read from: json, or a document format", r -> r.record.format());
    add("Submitted", "", "the date the return gives", r -> r.record.response().flatMap(x -> x.submitted())
        .map(Object::toString).orElse(""));
    add("Errors", "", "how many errors validation found (0 for a valid return)",
        r -> (Object) r.record.problems().stream().filter(p -> p.severity().equals("error")).count());
    for (Part part : q.parts()) {
      part.declaration().ifPresent(d -> add(
          "Part " + part.title().orElse(part.id()) + ": " + Messages.abbreviate(d.text(), 60), d.id(),
          "yes if the respondent declared that the part applies, no if they declared it does not; empty if not answered",
          r -> r.answer(d.id()).flatMap(Answer::asBoolean).map(b -> b.value() ? "yes" : "no").orElse("")));
      for (Question question : q.questions()) {
        if (q.partOf(question) == part) {
          question.accept(new Adder(question));
        }
      }
    }
  }

  public List<Column> all() {
    return columns;
  }

  public Row row(ReturnRecord record) {
    return new Row(questionnaire, record);
  }

  /** The header texts. */
  public List<String> headers() {
    List<String> h = new ArrayList<>();
    for (Column c : columns) {
      h.add(c.header());
    }
    return h;
  }

  private void add(String header, String id, String holds, Function<Row, Object> value) {
    columns.add(new Column(header, id, holds, value));
  }

  private String head(Question question) {
    String n = questionnaire.printedNumber(question).trim();
    return (n.isEmpty() ? "" : n + " ") + Messages.abbreviate(question.text(), 80);
  }

  private static String optionName(Option o) {
    return o.label().map(l -> l + " ").orElse("") + Messages.abbreviate(o.text(), 60);
  }

  /** A cell's text: neutralised if a spreadsheet would take it for a formula (CSV injection). */
  public static String neutral(String s) {
    if (!s.isEmpty()) {
      char c = s.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + s;
      }
    }
    return s;
  }

  private final class Adder implements QuestionVisitor<Void> {
    private final Question question;

    Adder(Question question) {
      this.question = question;
    }

    private Void text() {
      add(head(question), question.id(), "the answer as written", r -> text(r));
      return null;
    }

    private String text(Row r) {
      return r.answer(question.id()).flatMap(Answer::asText).map(t -> t.value()).orElse("");
    }

    @Override
    public Void visit(ShortTextQuestion q) {
      return text();
    }

    @Override
    public Void visit(LongTextQuestion q) {
      return text();
    }

    @Override
    public Void visit(EmailQuestion q) {
      return text();
    }

    @Override
    public Void visit(CountQuestion q) {
      add(head(q), q.id(), "the number given", r -> r.answer(q.id()).flatMap(Answer::asNumber)
          .<Object>map(n -> n.value()).orElse(""));
      return null;
    }

    @Override
    public Void visit(TickBoxQuestion q) {
      add(head(q), q.id(), "yes if ticked, no if answered not ticked; empty if not answered",
          r -> r.answer(q.id()).flatMap(Answer::asBoolean).map(b -> b.value() ? "yes" : "no").orElse(""));
      return null;
    }

    @Override
    public Void visit(SingleChoiceQuestion q) {
      add(head(q), q.id(), "the option chosen", r -> choice(r, q).map(c -> {
        List<String> names = new ArrayList<>();
        for (Option o : q.options()) {
          if (c.isSelected(o.id())) {
            names.add(optionName(o));
          }
        }
        return String.join("; ", names);
      }).orElse(""));
      specified(q);
      return null;
    }

    @Override
    public Void visit(MultipleChoiceQuestion q) {
      String n = questionnaire.printedNumber(q).trim();
      for (Option o : q.options()) {
        add((n.isEmpty() ? "" : n + " ") + optionName(o), q.id() + ":" + o.id(),
            "yes if the option was chosen in " + Messages.referenceTo(questionnaire, q) + " ("
                + Messages.abbreviate(q.text(), 80) + "); empty if not",
            r -> choice(r, q).filter(c -> c.isSelected(o.id())).map(c -> "yes").orElse(""));
      }
      specified(q);
      return null;
    }

    private void specified(ChoiceQuestion q) {
      String n = questionnaire.printedNumber(q).trim();
      for (Option o : q.options()) {
        if (o.specify()) {
          add((n.isEmpty() ? "" : n + " ") + optionName(o) + " (text)", q.id() + ":" + o.id() + ":text",
              "the text given with the option", r -> choice(r, q).map(c -> c.specified().getOrDefault(o.id(), ""))
                  .orElse(""));
        }
      }
    }

    private Optional<ChoiceAnswer> choice(Row r, ChoiceQuestion q) {
      return r.answer(q.id()).flatMap(Answer::asChoice);
    }

    @Override
    public Void visit(QuestionGroup group) {
      return null; // its sub-questions have their own columns
    }
  }

  /** A value as a number, if it is one. */
  static Optional<BigDecimal> number(Object v) {
    return v instanceof BigDecimal b ? Optional.of(b) : v instanceof Long l ? Optional.of(BigDecimal.valueOf(l))
        : Optional.empty();
  }
}
