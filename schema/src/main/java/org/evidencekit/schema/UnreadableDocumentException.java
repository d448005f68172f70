package org.evidencekit.schema;

import java.util.OptionalInt;
import org.evidencekit.model.EvidenceKitException;

/**
 * A document that could not be validated because it is not JSON (or YAML) at all: missing,
 * empty, malformed, or with a property given twice. The message names the source and, where
 * known, the line and column.
 */
public final class UnreadableDocumentException extends EvidenceKitException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;

  UnreadableDocumentException(String source, int line, int column, String problem) {
    super(source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /** The file name, or a description such as "(text)". */
  public String source() {
    return source;
  }

  /** The line of the problem (from 1), if known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The column of the problem (from 1), if known. */
  public OptionalInt column() {
    return line > 0 && column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
