package org.evidencekit.model.json;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Where each value of a JSON or YAML text starts, by JSON Pointer: how a problem found after
 * reading (a duplicate id, a bad reference) is reported at its line. Built only when there is a
 * problem to place.
 */
final class LocationIndex {
  private final Map<String, TokenStreamLocation> starts = new HashMap<>();

  private LocationIndex() {}

  static LocationIndex of(ObjectMapper mapper, byte[] bytes) {
    LocationIndex index = new LocationIndex();
    try (JsonParser p = mapper.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          pointer = p.streamReadContext().getParent() == null
              ? pointer
              : p.streamReadContext().getParent().pathAsPointer().toString();
        }
        index.starts.putIfAbsent(pointer, p.currentTokenLocation());
      }
    } catch (JacksonException e) {
      // keep what was indexed before the text went wrong
    }
    return index;
  }

  /** Where the value at {@code pointer} starts, or its nearest enclosing value; null if unknown. */
  TokenStreamLocation locate(String pointer) {
    String p = pointer == null ? "" : pointer;
    while (true) {
      TokenStreamLocation l = starts.get(p);
      if (l != null || p.isEmpty()) {
        return l;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
