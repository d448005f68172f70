package org.evidencekit.redact.internal;

import java.util.List;
import org.evidencekit.redact.RedactionReport;

/** What one format's redaction made: the bytes, the report, and what the self-check looks for. */
public record Outcome(byte[] bytes, RedactionReport report, Values values, List<String> keep) {
  @Override
  public String toString() {
    return "Outcome[" + bytes.length + " bytes]";
  }
}
