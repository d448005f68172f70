package org.evidencekit.render.pdf.internal;

import java.util.HashMap;
import java.util.Map;
import org.evidencekit.model.Answer;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
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
                if (a instanceof BooleanAnswer && ((BooleanAnswer) a).value()) {
                  out.put(FieldNames.of(d), Boolean.TRUE);
                }
              });
    }
    for (Question question : q.questions()) {
      Answer a = answers.get(question.id());
      if (a == null || question instanceof QuestionGroup) {
        continue;
      }
      if (question instanceof TickBoxQuestion) {
        if (a instanceof BooleanAnswer && ((BooleanAnswer) a).value()) {
          out.put(FieldNames.of(question), Boolean.TRUE);
        }
      } else if (question instanceof ChoiceQuestion) {
        ChoiceQuestion cq = (ChoiceQuestion) question;
        if (a instanceof ChoiceAnswer) {
          ChoiceAnswer ca = (ChoiceAnswer) a;
          for (Option o : cq.options()) {
            if (ca.isSelected(o.id())) {
              out.put(FieldNames.of(cq, o), Boolean.TRUE);
            }
            String text = ca.specified().get(o.id());
            if (text != null && o.specify()) {
              out.put(FieldNames.specifyOf(cq, o), text);
            }
          }
        }
      } else if (a instanceof TextAnswer) {
        out.put(FieldNames.of(question), ((TextAnswer) a).value());
      } else if (a instanceof NumberAnswer) {
        out.put(FieldNames.of(question), ((NumberAnswer) a).value().toPlainString());
      }
    }
    return out;
  }
}
