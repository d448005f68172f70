package org.evidencekit.model;

/**
 * A visitor over every kind of {@link Item}: content blocks and questions.
 *
 * @param <R> what each visit returns
 */
public interface ItemVisitor<R> extends QuestionVisitor<R> {
  R visit(Heading heading);

  R visit(Paragraph paragraph);

  R visit(ListBlock list);

  R visit(Quotation quotation);

  R visit(CaseStudy caseStudy);

  R visit(DefinitionsBlock definitions);

  /**
   * A visitor that treats a few kinds of item on their own and every other kind alike, in {@link
   * #otherwise}. Code that treats every kind differently implements {@link ItemVisitor} itself,
   * so that a new kind is a compile error there.
   *
   * @param <R> what each visit returns
   */
  abstract class Default<R> extends QuestionVisitor.Default<R> implements ItemVisitor<R> {
    /** For subclasses. */
    protected Default() {}

    /** What every kind of item not treated on its own gives (questions included). */
    protected abstract R otherwise(Item item);

    @Override
    protected final R otherwise(Question question) {
      return otherwise((Item) question);
    }

    @Override
    public R visit(Heading heading) {
      return otherwise(heading);
    }

    @Override
    public R visit(Paragraph paragraph) {
      return otherwise(paragraph);
    }

    @Override
    public R visit(ListBlock list) {
      return otherwise(list);
    }

    @Override
    public R visit(Quotation quotation) {
      return otherwise(quotation);
    }

    @Override
    public R visit(CaseStudy caseStudy) {
      return otherwise(caseStudy);
    }

    @Override
    public R visit(DefinitionsBlock definitions) {
      return otherwise(definitions);
    }
  }
}
