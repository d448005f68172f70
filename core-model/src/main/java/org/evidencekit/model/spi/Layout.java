package org.evidencekit.model.spi;

/** What kind of document a {@link DocumentRenderer} makes. */
public enum Layout {
  /**
   * The whole questionnaire as a fillable form: blank without a response, filled in (and still
   * editable) with one.
   */
  FORM,
  /**
   * The whole questionnaire with a response's answers printed as text in place of the form's
   * fields: for reading, archiving and publishing. Needs a response.
   */
  PRINTED,
  /** A compact document of the questions answered and their answers only. Needs a response. */
  ANSWERS_ONLY;

  /** The layout in words: "form", "printed", "answers-only". */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
