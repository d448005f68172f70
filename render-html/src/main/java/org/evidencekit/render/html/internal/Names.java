package org.evidencekit.render.html.internal;

import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;

/**
 * The names and element ids of a form's controls, made from stable ids (never from printed
 * labels), so that a web form can reuse the form and a reader can map what it finds back to
 * questions. Ids hold letters, digits, '-', '_' and '.', never ':', so ':' separates.
 *
 * <ul>
 *   <li>a text, email or count question, a tick box or a part's declaration: named by its id; a
 *       ticked box has the value {@value #TICKED};
 *   <li>a choice question: every option's radio button or check box is named by the question's id
 *       and has the option's id as its value, as a web form posts them;
 *   <li>the text of an option that asks for one: {@code questionId:optionId:text}.
 * </ul>
 *
 * <p>Element ids: {@code field:} and the name for a control ({@code field:questionId:optionId} for
 * an option), {@code hint:questionId} for a hint, {@code prompt:declarationId} for a declaration's
 * prompt, {@code part:partId} and {@code section:sectionId}.
 */
public final class Names {
  /** The value of a ticked tick box or declaration. */
  public static final String TICKED = "true";

  private Names() {}

  public static String of(Question question) {
    return question.id();
  }

  public static String of(Declaration declaration) {
    return declaration.id();
  }

  public static String specify(ChoiceQuestion question, Option option) {
    return question.id() + ":" + option.id() + ":text";
  }

  static String field(Question question) {
    return "field:" + of(question);
  }

  static String field(Declaration declaration) {
    return "field:" + of(declaration);
  }

  static String field(ChoiceQuestion question, Option option) {
    return "field:" + question.id() + ":" + option.id();
  }

  static String specifyField(ChoiceQuestion question, Option option) {
    return "field:" + specify(question, option);
  }

  static String hint(Question question) {
    return "hint:" + question.id();
  }

  static String prompt(Declaration declaration) {
    return "prompt:" + declaration.id();
  }
}
