package org.evidencekit.model.json;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each value of a JSON or YAML text is, by JSON Pointer: for tools that find a problem at a
 * pointer (a JSON Schema validator, say) and must name the line to fix.
 */
public final class SourceMap {
  /** A place in a text: line and column, from 1. */
  public static final class Position {
    private final int line;
    private final int column;

    Position(int line, int column) {
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }

    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private final LocationIndex index;

  private SourceMap(LocationIndex index) {
    this.index = index;
  }

  /** The map of a JSON or YAML text (as far as it can be read). */
  public static SourceMap of(byte[] content, Format format) {
    return new SourceMap(LocationIndex.of(format == Format.YAML ? YAML : JSON, content));
  }

  public static SourceMap of(String content, Format format) {
    return of(content.getBytes(StandardCharsets.UTF_8), format);
  }

  /**
   * Where the value at {@code pointer} starts (for a property, where its name is), or the
   * nearest enclosing value that exists in the text.
   */
  public Optional<Position> locate(String pointer) {
    TokenStreamLocation l = index.locate(pointer);
    return l == null || l.getLineNr() <= 0 ? Optional.empty() : Optional.of(new Position(l.getLineNr(), l.getColumnNr()));
  }
}
