package org.evidencekit.render.docx.internal;

/**
 * The blank forms a reader compares documents with, made once for the last few questionnaires
 * read (by identity, {@link ByQuestionnaire}). A model is never changed once made, so
 * readers on many threads share it. Thread-safe.
 */
public final class BlankModels {
  private final ByQuestionnaire<DocModel> forms = new ByQuestionnaire<>(8);
  private final ByQuestionnaire<DocModel> printed = new ByQuestionnaire<>(8);

  /** An empty cache. */
  public BlankModels() {}

  DocModel get(SlotTable table, boolean printedLayout) {
    return (printedLayout ? printed : forms).get(table.questionnaire(), () -> FormReading.blankModel(table, printedLayout));
  }
}
