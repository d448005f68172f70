package org.evidencekit.render.docx.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.evidencekit.model.Answer;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.Responses;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TickBoxQuestion;

/** Turns what a form's controls hold back into a {@link Response}. */
public final class FormReading {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

  private FormReading() {}

  /** The answers the controls hold, keyed by question or declaration id. */
  public static Map<String, Answer> answers(SlotTable table, FormParser.Found[] found) {
    Questionnaire q = table.questionnaire();
    Map<String, Answer> out = new LinkedHashMap<>();
    for (Part part : q.parts()) {
      part.declaration()
          .ifPresent(
              d -> {
                FormParser.Found f = found[table.declaration(d.id()).index];
                if (f != null && f.checked) {
                  out.put(d.id(), BooleanAnswer.of(true));
                }
              });
    }
    AnswerReader reader = new AnswerReader(table, found);
    for (Question question : q.questions()) {
      question.accept(reader).ifPresent(a -> out.put(question.id(), a));
    }
    return out;
  }

  /** The answer the controls of one question hold, if they hold one. */
  private static final class AnswerReader implements QuestionVisitor<Optional<Answer>> {
    private final SlotTable table;
    private final FormParser.Found[] found;

    AnswerReader(SlotTable table, FormParser.Found[] found) {
      this.table = table;
      this.found = found;
    }

    @Override
    public Optional<Answer> visit(ShortTextQuestion question) {
      return field(question, false);
    }

    @Override
    public Optional<Answer> visit(LongTextQuestion question) {
      return field(question, false);
    }

    @Override
    public Optional<Answer> visit(EmailQuestion question) {
      return field(question, false);
    }

    @Override
    public Optional<Answer> visit(CountQuestion question) {
      return field(question, true);
    }

    @Override
    public Optional<Answer> visit(TickBoxQuestion question) {
      return field(question, false);
    }

    @Override
    public Optional<Answer> visit(SingleChoiceQuestion question) {
      return choice(question);
    }

    @Override
    public Optional<Answer> visit(MultipleChoiceQuestion question) {
      return choice(question);
    }

    @Override
    public Optional<Answer> visit(QuestionGroup group) {
      return Optional.empty(); // its questions are read on their own
    }

    private Optional<Answer> choice(ChoiceQuestion question) {
      ChoiceAnswer.Builder b = ChoiceAnswer.builder();
      boolean any = false;
      for (Option o : question.options()) {
        FormParser.Found box = found[table.option(question.id(), o.id()).index];
        if (box != null && box.checked) {
          b.addSelected(o.id());
          any = true;
        }
        if (o.specify()) {
          FormParser.Found text = found[table.specify(question.id(), o.id()).index];
          if (text != null && !text.text.isEmpty()) {
            b.putSpecified(o.id(), text.text);
            any = true;
          }
        }
      }
      return any ? Optional.of(b.build()) : Optional.empty();
    }

    /** A tick box's or text field's answer; a count's read as a number where it is one. */
    private Optional<Answer> field(Question question, boolean count) {
      Slot slot = table.question(question.id());
      FormParser.Found f = found[slot.index];
      if (f == null) {
        return Optional.empty();
      }
      if (slot.kind == Slot.Kind.TICK) {
        return f.checked ? Optional.of(BooleanAnswer.of(true)) : Optional.empty();
      }
      if (f.text.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(count ? count(f.text) : TextAnswer.of(f.text));
    }
  }

  /** A count as a number if it reads as one ("12", "1,200"), else as the text given. */
  static Answer count(String text) {
    String t = text.strip();
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    // Length and range checked before the text is converted (NumberAnswer.parse): 4 million digits
    // stay the text given, which validation reports as not a number.
    Optional<NumberAnswer> number = NumberAnswer.parse(t);
    if (number.isPresent()) {
      return number.get();
    }
    return TextAnswer.of(text);
  }

  /** The questionnaire a record names, if it names one. */
  public static java.util.Optional<org.evidencekit.model.QuestionnaireRef> questionnaireOf(ResponseRecord r) {
    if (r.questionnaireId.isPresent() && r.version.isPresent()) {
      return java.util.Optional.of(
          org.evidencekit.model.QuestionnaireRef.of(r.questionnaireId.get(), r.version.get()));
    }
    return java.util.Optional.empty();
  }

  /** The response: the answers, then what the record keeps that no control holds. */
  public static Response response(Questionnaire q, Map<String, Answer> answers, ResponseRecord record) {
    Response base = Responses.assemble(q, answers).build();
    Response.Builder b =
        Response.builder()
            .questionnaire(base.questionnaire())
            .putAllAnswers(base.answers());
    Respondent.Builder respondent = Respondent.builder();
    for (ResponseField f : ResponseField.values()) {
      if (f.isRespondentField()) {
        String value = base.respondent().get(f).orElse(record == null ? null : record.respondent.get(f));
        if (value != null) {
          respondent.set(f, value);
        }
      }
    }
    b.respondent(respondent.build());
    if (base.consent().isPresent()) {
      b.consent(base.consent());
    } else if (record != null) {
      b.consent(record.consent);
    }
    b.oralEvidence(base.oralEvidence() || (record != null && record.oralEvidence));
    if (record != null) {
      b.id(record.id);
      b.submitted(record.submitted);
      b.addAllAttachments(record.attachments);
    }
    return b.build();
  }

}
