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

  /**
   * A visitor that treats a few kinds of answer on their own and every other kind alike, in
   * {@link #otherwise}. Code that treats every kind differently implements {@link AnswerVisitor}
   * itself, so that a new kind is a compile error there.
   *
   * @param <R> what each visit returns
   */
  abstract class Default<R> implements AnswerVisitor<R> {
    /** For subclasses. */
    protected Default() {}

    /** What every kind of answer not treated on its own gives. */
    protected abstract R otherwise(Answer answer);

    @Override
    public R visit(TextAnswer answer) {
      return otherwise(answer);
    }

    @Override
    public R visit(NumberAnswer answer) {
      return otherwise(answer);
    }

    @Override
    public R visit(BooleanAnswer answer) {
      return otherwise(answer);
    }

    @Override
    public R visit(ChoiceAnswer answer) {
      return otherwise(answer);
    }
  }
}
