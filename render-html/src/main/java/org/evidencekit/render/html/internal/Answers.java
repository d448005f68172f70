package org.evidencekit.render.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerVisitor;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TickBoxQuestion;

/**
 * Answers as a form shows them (the value of a text control, whether a box is ticked, the options
 * chosen) and as text is printed. An answer of a kind a control cannot show (a choice for a text
 * question) shows as nothing there; validation reports it on the response itself.
 */
final class Answers {
  private Answers() {}

  /** The value of a text control: a text as it is, a number as written. */
  static Optional<String> text(Optional<Answer> answer) {
    return answer.flatMap(a -> a.accept(new AnswerVisitor<Optional<String>>() {
      @Override
      public Optional<String> visit(TextAnswer t) {
        return Optional.of(t.value());
      }

      @Override
      public Optional<String> visit(NumberAnswer n) {
        return Optional.of(n.value().toPlainString());
      }

      @Override
      public Optional<String> visit(BooleanAnswer b) {
        return Optional.empty();
      }

      @Override
      public Optional<String> visit(ChoiceAnswer c) {
        return Optional.empty();
      }
    }));
  }

  /** Whether a tick box or declaration is ticked: answered {@code true}. */
  static boolean ticked(Optional<Answer> answer) {
    return answer.map(a -> a.accept(new AnswerVisitor<Boolean>() {
      @Override
      public Boolean visit(TextAnswer t) {
        return false;
      }

      @Override
      public Boolean visit(NumberAnswer n) {
        return false;
      }

      @Override
      public Boolean visit(BooleanAnswer b) {
        return b.value();
      }

      @Override
      public Boolean visit(ChoiceAnswer c) {
        return false;
      }
    })).orElse(false);
  }

  /** The options chosen, if the answer is a choice. */
  static Optional<ChoiceAnswer> choice(Optional<Answer> answer) {
    return answer.flatMap(a -> a.accept(new AnswerVisitor<Optional<ChoiceAnswer>>() {
      @Override
      public Optional<ChoiceAnswer> visit(TextAnswer t) {
        return Optional.empty();
      }

      @Override
      public Optional<ChoiceAnswer> visit(NumberAnswer n) {
        return Optional.empty();
      }

      @Override
      public Optional<ChoiceAnswer> visit(BooleanAnswer b) {
        return Optional.empty();
      }

      @Override
      public Optional<ChoiceAnswer> visit(ChoiceAnswer c) {
        return Optional.of(c);
      }
    }));
  }

  static List<String> lines(Question question, Answer answer) {
    return lines(Optional.of(question), answer);
  }

  /**
   * The text printed for an answer: one entry per chosen option ("a. Group work", with the text
   * given for it), the text or number itself, "Yes" or "No".
   */
  static List<String> lines(Optional<Question> question, Answer answer) {
    return answer.accept(new AnswerVisitor<List<String>>() {
      @Override
      public List<String> visit(TextAnswer a) {
        return List.of(a.value());
      }

      @Override
      public List<String> visit(NumberAnswer a) {
        return List.of(a.value().toPlainString());
      }

      @Override
      public List<String> visit(BooleanAnswer a) {
        return List.of(a.value() ? "Yes" : "No");
      }

      @Override
      public List<String> visit(ChoiceAnswer a) {
        List<Option> options = question.map(Answers::options).orElse(List.of());
        List<String> out = new ArrayList<>();
        for (String id : a.selected()) {
          String text = options.stream().filter(o -> o.id().equals(id)).findFirst()
              .map(Answers::optionText).orElse(id);
          String specified = a.specified().get(id);
          out.add(specified == null ? text : text + (text.endsWith(":") ? " " : ": ") + specified);
        }
        a.specified().forEach((id, text) -> {
          if (!a.selected().contains(id)) {
            out.add("(not chosen) " + id + ": " + text);
          }
        });
        return out;
      }
    });
  }

  /** "a. Other (please explain):": the printed letter and the option's text on one line. */
  static String optionText(Option option) {
    return option.label().map(l -> l.trim() + " ").orElse("") + oneLine(option.text());
  }

  /** "1. a) Contact name": the printed number, then the question, on one line. */
  static String accessibleName(Questionnaire questionnaire, Question question) {
    String number = questionnaire.printedNumber(question).trim();
    String text = oneLine(question.text());
    return number.isEmpty() ? text : number + " " + text;
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  /** The options of a choice question; none for any other kind. */
  static List<Option> options(Question question) {
    return question.accept(new QuestionVisitor<List<Option>>() {
      @Override
      public List<Option> visit(ShortTextQuestion q) {
        return List.of();
      }

      @Override
      public List<Option> visit(LongTextQuestion q) {
        return List.of();
      }

      @Override
      public List<Option> visit(EmailQuestion q) {
        return List.of();
      }

      @Override
      public List<Option> visit(CountQuestion q) {
        return List.of();
      }

      @Override
      public List<Option> visit(TickBoxQuestion q) {
        return List.of();
      }

      @Override
      public List<Option> visit(SingleChoiceQuestion q) {
        return q.options();
      }

      @Override
      public List<Option> visit(MultipleChoiceQuestion q) {
        return q.options();
      }

      @Override
      public List<Option> visit(QuestionGroup group) {
        return List.of();
      }
    });
  }

  /** Whether the question is a group, which has no answer of its own. */
  static boolean isGroup(Question question) {
    return question.accept(new QuestionVisitor<Boolean>() {
      @Override
      public Boolean visit(ShortTextQuestion q) {
        return false;
      }

      @Override
      public Boolean visit(LongTextQuestion q) {
        return false;
      }

      @Override
      public Boolean visit(EmailQuestion q) {
        return false;
      }

      @Override
      public Boolean visit(CountQuestion q) {
        return false;
      }

      @Override
      public Boolean visit(TickBoxQuestion q) {
        return false;
      }

      @Override
      public Boolean visit(SingleChoiceQuestion q) {
        return false;
      }

      @Override
      public Boolean visit(MultipleChoiceQuestion q) {
        return false;
      }

      @Override
      public Boolean visit(QuestionGroup group) {
        return true;
      }
    });
  }
}
