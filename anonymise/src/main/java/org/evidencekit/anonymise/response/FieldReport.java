package org.evidencekit.anonymise.response;

import java.util.List;
import java.util.Objects;
import org.evidencekit.anonymise.ReportEntry;

/**
 * What was done to one field of a response, named by its JSON Pointer ({@code /respondent},
 * {@code /answers/q7}, {@code /answers/q8/specified/other}, {@code /attachments/0/name}), with
 * the spans removed from its text. Holds no original text.
 */
public record FieldReport(String pointer, Action action, List<ReportEntry> spans) {
  public FieldReport {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(action, "action");
    spans = List.copyOf(spans);
  }

  /** What happened to the field. */
  public enum Action {
    /** The whole field was removed (the respondent block). */
    REMOVED,
    /** Personal details were removed from its text. */
    ANONYMISED
  }
}
