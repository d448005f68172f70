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
}
