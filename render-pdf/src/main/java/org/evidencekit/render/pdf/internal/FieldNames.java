package org.evidencekit.render.pdf.internal;

import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;

/**
 * The names of a form's fields, from stable ids (never from printed labels), and their
 * accessible names, from what is printed. A field name cannot hold '.', which separates the parts
 * of a PDF field's full name, so '.' in an id is written '~' (ids cannot hold '~').
 *
 * <ul>
 *   <li>a text question, tick box or part declaration: its id;
 *   <li>an option of a choice question: {@code questionId:optionId};
 *   <li>the text of an option that asks for one: {@code questionId:optionId:text}.
 * </ul>
 */
public final class FieldNames {
  private FieldNames() {}

  static String escape(String id) {
    return id.replace('.', '~');
  }

  public static String of(Question question) {
    return escape(question.id());
  }

  public static String of(Declaration declaration) {
    return escape(declaration.id());
  }

  public static String of(ChoiceQuestion question, Option option) {
    return escape(question.id()) + ":" + escape(option.id());
  }

  public static String specifyOf(ChoiceQuestion question, Option option) {
    return of(question, option) + ":text";
  }

  /** "1. a) Contact name": the printed number, then the question. */
  static String accessibleName(Questionnaire questionnaire, Question question) {
    String number = questionnaire.printedNumber(question).trim();
    String text = oneLine(question.text());
    return number.isEmpty() ? text : number + " " + text;
  }

  /** "8. Which of these ...: c. Other (please specify)". */
  static String accessibleName(Questionnaire questionnaire, ChoiceQuestion question, Option option) {
    String base = accessibleName(questionnaire, question);
    boolean punctuated = !base.isEmpty() && ":.?!".indexOf(base.charAt(base.length() - 1)) >= 0;
    return base + (punctuated ? " " : ": ") + optionText(option);
  }

  static String optionText(Option option) {
    return option.label().map(l -> l.trim() + " ").orElse("") + oneLine(option.text());
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
