package org.evidencekit.anonymise;

import java.util.Objects;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * One personal detail that was removed: its type, where it was in the input, the rule and score
 * that found it, what was done to it, and where its replacement stands in the output. Holds no
 * text of the input, so a report is safe to keep and log.
 */
public record ReportEntry(
    EntityType type,
    int start,
    int end,
    String rule,
    double score,
    Operator.Action action,
    int outputStart,
    int outputEnd) {
  public ReportEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(action, "action");
  }
}
