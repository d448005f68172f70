package org.evidencekit.render.docx.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerVisitor;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.Question;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.TextAnswer;

/** What each control of a form holds for one response: a text or whether it is ticked. */
public final class Values {
  final String[] text;
  final boolean[] checked;
  /** Whether the values are a response's (not a blank form's). */
  final boolean filled;
  /** Controls left empty because anonymisation removed their answer. */
  final boolean[] withheld;
  /**
   * The XML of the block that shows the response's own record (its reference, date, attachments,
   * anything else the hidden record holds), written where the form has its place; empty for a blank
   * form or a response with nothing to record (issue 10).
   */
  byte[] about = new byte[0];

  private Values(int n, boolean filled) {
    text = new String[n];
    checked = new boolean[n];
    withheld = new boolean[n];
    this.filled = filled;
  }

  /** Shows this XML where the form shows a response's record. */
  void about(String xml) {
    about = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Every control empty: a blank form. */
  public static Values blank(SlotTable table) {
    return new Values(table.size(), false);
  }

  /** The controls filled from answers keyed by question or declaration id. */
  public static Values of(SlotTable table, Map<String, Answer> answers) {
    Values v = new Values(table.size(), true);
    for (Slot s : table.slots()) {
      Answer a = answers.get(s.answerId);
      if (a == null) {
        continue;
      }
      switch (s.kind) {
        case OPTION:
          v.checked[s.index] = a.asChoice().map(c -> c.isSelected(s.optionId)).orElse(false);
          break;
        case SPECIFY:
          if (a.asChoice().isPresent()) {
            v.text[s.index] = emptyToNull(a.asChoice().get().specified().get(s.optionId));
          }
          break;
        case TICK:
          v.checked[s.index] = a.asBoolean().map(BooleanAnswer::value).orElse(false);
          break;
        default:
          v.text[s.index] = emptyToNull(textOf(a));
      }
    }
    return v;
  }

  /**
   * Marks what anonymisation removed: the empty text controls of each question whose answer's JSON
   * Pointer is in {@code pointers} ({@link org.evidencekit.model.spi.RenderOptions#withheldIn}).
   */
  void withhold(SlotTable table, java.util.Set<String> pointers) {
    for (Question question : table.questionnaire().questions()) {
      if (pointers.contains(question.responseField().map(ResponseField::pointer).orElse("/answers/" + question.id()))) {
        for (Slot s : table.slotsOf(question.id())) {
          if (!s.kind.isCheckBox() && text[s.index] == null) {
            withheld[s.index] = true;
          }
        }
      }
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** The text an answer shows in a text control, whatever its kind (a wrong kind shows as given). */
  static String textOf(Answer a) {
    return a.accept(
        new AnswerVisitor<String>() {
          @Override
          public String visit(TextAnswer answer) {
            return answer.value();
          }

          @Override
          public String visit(NumberAnswer answer) {
            return answer.value().toPlainString();
          }

          @Override
          public String visit(BooleanAnswer answer) {
            return answer.value() ? "Yes" : "No";
          }

          @Override
          public String visit(ChoiceAnswer answer) {
            return answer.selected().stream().collect(Collectors.joining(", "));
          }
        });
  }

  public boolean isChecked(Slot s) {
    return checked[s.index];
  }

  public String text(Slot s) {
    return text[s.index];
  }

  public boolean has(Slot s) {
    return s.kind.isCheckBox() ? checked[s.index] : text[s.index] != null;
  }
}
