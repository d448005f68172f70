package org.evidencekit.render.pdf.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerVisitor;
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
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TickBoxQuestion;

/**
 * The values of a form's fields for a response: the inverse of what {@code FormReading} reads.
 * An answer of a kind its question cannot show in a field (a choice for a text question) is
 * left out; validation reports it on the response itself.
 */
public final class FieldValues {
  private FieldValues() {}

  /** Field name to value: a String for a text field, {@link Boolean#TRUE} for a ticked box. */
  public static Map<String, Object> of(Questionnaire q, Map<String, Answer> answers) {
    Map<String, Object> out = new HashMap<>();
    for (Part part : q.parts()) {
      part.declaration()
          .ifPresent(
              d -> {
                Answer a = answers.get(d.id());
                if (a != null && a.asBoolean().map(BooleanAnswer::value).orElse(false)) {
                  out.put(FieldNames.of(d), Boolean.TRUE);
                }
              });
    }
    for (Question question : q.questions()) {
      Answer a = answers.get(question.id());
      if (a != null) {
        question.accept(new Filler(a, out));
      }
    }
    return out;
  }

  /** Puts the values of one question's fields for its answer. */
  private static final class Filler implements QuestionVisitor<Void> {
    private final Answer a;
    private final Map<String, Object> out;

    Filler(Answer a, Map<String, Object> out) {
      this.a = a;
      this.out = out;
    }

    @Override
    public Void visit(ShortTextQuestion question) {
      return text(question);
    }

    @Override
    public Void visit(LongTextQuestion question) {
      return text(question);
    }

    @Override
    public Void visit(EmailQuestion question) {
      return text(question);
    }

    @Override
    public Void visit(CountQuestion question) {
      return text(question);
    }

    @Override
    public Void visit(TickBoxQuestion question) {
      if (a.asBoolean().map(BooleanAnswer::value).orElse(false)) {
        out.put(FieldNames.of(question), Boolean.TRUE);
      }
      return null;
    }

    @Override
    public Void visit(SingleChoiceQuestion question) {
      return choice(question);
    }

    @Override
    public Void visit(MultipleChoiceQuestion question) {
      return choice(question);
    }

    @Override
    public Void visit(QuestionGroup group) {
      return null; // a group has no field of its own
    }

    private Void choice(ChoiceQuestion cq) {
      a.asChoice().ifPresent(ca -> {
        for (Option o : cq.options()) {
          if (ca.isSelected(o.id())) {
            out.put(FieldNames.of(cq, o), Boolean.TRUE);
          }
          String text = ca.specified().get(o.id());
          if (text != null && o.specify()) {
            out.put(FieldNames.specifyOf(cq, o), text);
          }
        }
      });
      return null;
    }

    private Void text(Question question) {
      a.accept(FIELD_TEXT).ifPresent(t -> out.put(FieldNames.of(question), t));
      return null;
    }
  }

  /** What a text field shows for an answer: text as given, a number as written; else nothing. */
  private static final AnswerVisitor<Optional<String>> FIELD_TEXT =
      new AnswerVisitor<>() {
        @Override
        public Optional<String> visit(TextAnswer answer) {
          return Optional.of(answer.value());
        }

        @Override
        public Optional<String> visit(NumberAnswer answer) {
          return Optional.of(answer.value().toPlainString());
        }

        @Override
        public Optional<String> visit(BooleanAnswer answer) {
          return Optional.empty();
        }

        @Override
        public Optional<String> visit(ChoiceAnswer answer) {
          return Optional.empty();
        }
      };
}
