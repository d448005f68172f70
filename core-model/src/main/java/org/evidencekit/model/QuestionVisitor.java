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
}
