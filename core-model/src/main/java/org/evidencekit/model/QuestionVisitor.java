package org.evidencekit.model;

/**
 * A visitor over every kind of {@link Question}. Java 17 has no pattern-matching {@code switch},
 * so code that treats each kind differently implements this and the compiler checks that no kind
 * is forgotten.
 *
 * @param <R> what each visit returns
 */
public interface QuestionVisitor<R> {
  R visit(ShortTextQuestion question);

  R visit(LongTextQuestion question);

  R visit(EmailQuestion question);

  R visit(CountQuestion question);

  R visit(TickBoxQuestion question);

  R visit(SingleChoiceQuestion question);

  R visit(MultipleChoiceQuestion question);

  R visit(QuestionGroup group);

  /**
   * A visitor that treats a few kinds of question on their own and every other kind alike, in
   * {@link #otherwise}: for a test such as "is this a tick box". Code that treats every kind
   * differently implements {@link QuestionVisitor} itself, so that a new kind is a compile error
   * there.
   *
   * @param <R> what each visit returns
   */
  abstract class Default<R> implements QuestionVisitor<R> {
    /** For subclasses. */
    protected Default() {}

    /** What every kind of question not treated on its own gives. */
    protected abstract R otherwise(Question question);

    @Override
    public R visit(ShortTextQuestion question) {
      return otherwise(question);
    }

    @Override
    public R visit(LongTextQuestion question) {
      return otherwise(question);
    }

    @Override
    public R visit(EmailQuestion question) {
      return otherwise(question);
    }

    @Override
    public R visit(CountQuestion question) {
      return otherwise(question);
    }

    @Override
    public R visit(TickBoxQuestion question) {
      return otherwise(question);
    }

    @Override
    public R visit(SingleChoiceQuestion question) {
      return otherwise(question);
    }

    @Override
    public R visit(MultipleChoiceQuestion question) {
      return otherwise(question);
    }

    @Override
    public R visit(QuestionGroup group) {
      return otherwise(group);
    }
  }
}
