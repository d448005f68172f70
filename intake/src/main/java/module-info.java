/**
 * Intake and analysis: from folders of returns (Word, PDF and JSON files) to a record of every
 * file, a spreadsheet, a summary report with charts, an evidence pack and what may be published.
 * The per-return step ({@link org.evidencekit.intake.Intake#examine}) is a pure function of one
 * file; {@link org.evidencekit.intake.Intake#run} runs it over folders, in parallel and
 * incrementally, and writes the outputs.
 */
module org.evidencekit.intake {
  requires transitive org.evidencekit.model;
  requires transitive org.evidencekit.anonymise;
  requires tools.jackson.databind;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.commons.csv;
  requires org.apache.pdfbox;

  exports org.evidencekit.intake;
  exports org.evidencekit.intake.records;
}
