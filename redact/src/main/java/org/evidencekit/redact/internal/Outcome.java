package org.evidencekit.redact.internal;

import java.util.List;

/** What one format's redaction made: the bytes, the tally, and what the self-check looks for. */
public record Outcome(byte[] bytes, Tally tally, Values values, List<String> keep) {
  @Override
  public String toString() {
    return "Outcome[" + bytes.length + " bytes]";
  }
}
