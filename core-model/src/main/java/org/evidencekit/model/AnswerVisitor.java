package org.evidencekit.model;

/**
 * A visitor over every kind of {@link Answer}.
 *
 * @param <R> what each visit returns
 */
public interface AnswerVisitor<R> {
  R visit(TextAnswer answer);

  R visit(NumberAnswer answer);

  R visit(BooleanAnswer answer);

  R visit(ChoiceAnswer answer);
}
