package org.evidencekit.anonymise.response;

import java.util.List;
import java.util.Objects;
import org.evidencekit.anonymise.counts.PublishedTable;

/**
 * A table of counts ready to publish: the responses it counts and those left out, the table
 * after disclosure control, and the notes that go under it (what a cell means, the disclosure
 * rule applied, how many responses were counted and left out). Made by {@link
 * ResponseCounts#report}. Immutable.
 */
public final class CountReport {
  private final CountedResponses responses;
  private final PublishedTable table;
  private final List<String> notes;

  CountReport(CountedResponses responses, PublishedTable table, List<String> notes) {
    this.responses = Objects.requireNonNull(responses, "responses");
    this.table = Objects.requireNonNull(table, "table");
    this.notes = List.copyOf(notes);
  }

  public CountedResponses responses() {
    return responses;
  }

  /** The table as it may be published. */
  public PublishedTable table() {
    return table;
  }

  /** The notes that go under the table, one sentence or two each. */
  public List<String> notes() {
    return notes;
  }

  /**
   * The table as tab-separated text, then a blank line and the notes, one a line: what a
   * spreadsheet opens as the table with its notes under it.
   */
  public String toText() {
    StringBuilder sb = new StringBuilder(table.toTsv()).append('\n');
    for (String n : notes) {
      sb.append(n).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "CountReport[" + table.rows().size() + " x " + table.columns().size() + ", " + responses + "]";
  }
}
