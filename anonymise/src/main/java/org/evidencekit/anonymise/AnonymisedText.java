package org.evidencekit.anonymise;

import java.util.List;
import java.util.Objects;

/** The anonymised text and the report of every span removed from it (no original text). */
public record AnonymisedText(String text, List<ReportEntry> report) {
  public AnonymisedText {
    Objects.requireNonNull(text, "text");
    report = List.copyOf(report);
  }

  /** Whether anything was removed. */
  public boolean changed() {
    return !report.isEmpty();
  }

  @Override
  public String toString() {
    return "AnonymisedText[" + text.length() + " chars, " + report.size() + " spans]";
  }
}
