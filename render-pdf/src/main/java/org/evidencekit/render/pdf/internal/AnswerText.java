package org.evidencekit.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerVisitor;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.TextAnswer;

/** An answer as the text printed for it. */
final class AnswerText {
  private AnswerText() {}

  /** The lines printed for an answer: one per chosen option, the text's own lines otherwise. */
  static List<String> lines(Optional<Question> question, Answer answer) {
    return answer.accept(
        new AnswerVisitor<List<String>>() {
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
            List<String> out = new ArrayList<>();
            for (String id : a.selected()) {
              Optional<Option> o =
                  question.flatMap(Question::asChoice).flatMap(q -> q.option(id));
              String text = o.map(FieldNames::optionText).orElse(id);
              String specified = a.specified().get(id);
              out.add(specified == null ? text : text + (text.endsWith(":") ? " " : ": ") + specified);
            }
            a.specified().forEach(
                (id, text) -> {
                  if (!a.selected().contains(id)) {
                    out.add("(not chosen) " + id + ": " + text);
                  }
                });
            return out;
          }
        });
  }
}
