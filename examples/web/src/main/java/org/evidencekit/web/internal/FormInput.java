package org.evidencekit.web.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
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
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TickBoxQuestion;

/**
 * What a respondent posted on a page, read into the draft's answers, everything kept as typed: a
 * count that is not a number is kept as text (validation then says so, and the page shows it
 * back), blank fields are no answer. Only the questions the page showed are read; answers
 * elsewhere are left alone.
 */
final class FormInput {
  private FormInput() {}

  /** The draft with the page's posted values in place of its old answers to those questions. */
  static Response read(Flow flow, Flow.Page page, Response draft, Map<String, List<String>> form, boolean jsOn) {
    Map<String, Answer> answers = new LinkedHashMap<>(Responses.answersOf(flow.questionnaire(), draft));
    if (page.isDeclaration()) {
      Part part = page.part();
      String id = part.declaration().orElseThrow().id();
      answers.put(id, BooleanAnswer.of(first(form, FormView.DECLARATION + id).equals("true")));
      return flow.rebuild(draft, answers);
    }
    AnswerSheet sheet = AnswerSheet.of(flow.questionnaire(), draft);
    for (Question q : page.questions()) {
      if (sheet.applies(q)) {
        read(q, sheet, form, jsOn, answers);
      }
    }
    return flow.rebuild(draft, answers);
  }

  private static void read(Question question, AnswerSheet sheet, Map<String, List<String>> form, boolean jsOn,
      Map<String, Answer> answers) {
    question.accept(new QuestionVisitor<Void>() {
      void put(Question q, Answer a) {
        if (a == null) {
          answers.remove(q.id());
        } else {
          answers.put(q.id(), a);
        }
      }

      Answer text(Question q) {
        String v = normalise(first(form, FormView.QUESTION + q.id())).strip();
        return v.isEmpty() ? null : TextAnswer.of(v);
      }

      @Override
      public Void visit(ShortTextQuestion q) {
        put(q, text(q));
        return null;
      }

      @Override
      public Void visit(LongTextQuestion q) {
        put(q, text(q));
        return null;
      }

      @Override
      public Void visit(EmailQuestion q) {
        put(q, text(q));
        return null;
      }

      @Override
      public Void visit(CountQuestion q) {
        String typed = first(form, FormView.QUESTION + q.id()).strip();
        String digits = typed.replace(",", "").replace(" ", "");
        if (typed.isEmpty()) {
          put(q, null);
        } else if (digits.matches("-?[0-9]{1,18}(\\.[0-9]{1,9})?")) {
          put(q, NumberAnswer.of(new BigDecimal(digits)));
        } else {
          put(q, TextAnswer.of(typed));
        }
        return null;
      }

      @Override
      public Void visit(TickBoxQuestion q) {
        put(q, first(form, FormView.QUESTION + q.id()).equals("true") ? BooleanAnswer.of(true) : null);
        return null;
      }

      Void choice(ChoiceQuestion q) {
        List<String> selected = new ArrayList<>();
        for (String v : form.getOrDefault(FormView.QUESTION + q.id(), List.of())) {
          if (!v.isEmpty() && !selected.contains(v)) {
            selected.add(v);
          }
        }
        Map<String, String> specified = new LinkedHashMap<>();
        for (Option o : q.options()) {
          if (o.specify()) {
            String text = normalise(first(form, FormView.SPECIFY + q.id() + ":" + o.id())).strip();
            // With JavaScript on, the details of an option not chosen are hidden: drop them, as
            // GOV.UK's conditional reveal means. Without it they are on show: keep them, and
            // validation asks to tick the option or clear the text.
            if (!text.isEmpty() && (selected.contains(o.id()) || !jsOn)) {
              specified.put(o.id(), text);
            } else if (selected.contains(o.id())) {
              specified.put(o.id(), "");
            }
          }
        }
        specified.values().removeIf(String::isEmpty);
        put(q, selected.isEmpty() && specified.isEmpty() ? null : ChoiceAnswer.of(selected, specified));
        return null;
      }

      @Override
      public Void visit(SingleChoiceQuestion q) {
        return choice(q);
      }

      @Override
      public Void visit(MultipleChoiceQuestion q) {
        return choice(q);
      }

      @Override
      public Void visit(QuestionGroup group) {
        for (Question sub : group.questions()) {
          if (sheet.applies(sub)) {
            read(sub, sheet, form, jsOn, answers);
          }
        }
        return null;
      }
    });
  }

  static String first(Map<String, List<String>> form, String name) {
    List<String> v = form.get(name);
    return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
  }

  /** Line breaks as one '\n' (browsers send CR LF). */
  static String normalise(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }
}
