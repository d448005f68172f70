package org.evidencekit.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a redaction did: what was removed (or, in a review copy, is proposed) and where; what it
 * could not check (embedded images, attached objects); and what needs a person (pages that are
 * images, with no text to check). Never the removed text itself.
 *
 * @param type the document's type
 * @param removed every redaction and every kind of hidden data removed (proposed, in a review)
 * @param notChecked what stays in the document unchecked, such as embedded images
 * @param needsPerson what a person must look at before the document is published
 */
public record RedactionReport(
    DocumentType type, List<Finding> removed, List<Finding> notChecked, List<Finding> needsPerson) {
  public RedactionReport {
    Objects.requireNonNull(type, "type");
    removed = List.copyOf(removed);
    notChecked = List.copyOf(notChecked);
    needsPerson = List.copyOf(needsPerson);
  }

  /** Whether nothing needs a person: every page or part had text that was checked. */
  public boolean clean() {
    return needsPerson.isEmpty();
  }

  /** The report as lines of text, one finding a line under three headings. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("removed:" + (removed.isEmpty() ? " nothing" : ""));
    removed.forEach(f -> out.add("  " + f.line()));
    out.add("not checked:" + (notChecked.isEmpty() ? " nothing" : ""));
    notChecked.forEach(f -> out.add("  " + f.line()));
    out.add("needs a person:" + (needsPerson.isEmpty() ? " nothing" : ""));
    needsPerson.forEach(f -> out.add("  " + f.line()));
    return out;
  }
}
