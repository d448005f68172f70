package org.evidencekit.model.json;

import java.util.List;
import org.evidencekit.model.InputException;
import org.evidencekit.model.InputProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * What a YAML definition may not hold, checked before it is read into values: a line longer than
 * {@link EvidenceJson#MAX_YAML_LINE} (the YAML parser's time grows with the square of a line's
 * length), and anchors and aliases ({@code &name}, {@code *name}), which Jackson would read as
 * the alias's name, not the value it stands for. Each is refused with its line and column.
 */
final class YamlChecks {
  private YamlChecks() {}

  static void check(ObjectMapper yaml, byte[] bytes, String source) {
    int line = 1;
    int length = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        line++;
        length = 0;
      } else if ((b & 0xC0) != 0x80 && ++length > EvidenceJson.MAX_YAML_LINE) {
        throw problem(source, line, 1, "line " + line + " is longer than " + EvidenceJson.MAX_YAML_LINE
            + " characters: break long text over several lines (YAML joins them)");
      }
    }
    try (JsonParser p = yaml.createParser(bytes)) {
      while (p.nextToken() != null) {
        if (p instanceof YAMLParser) {
          YAMLParser y = (YAMLParser) p;
          if (y.isCurrentAlias() || y.getObjectId() != null) {
            TokenStreamLocation at = p.currentTokenLocation();
            throw problem(source, at.getLineNr(), at.getColumnNr(), (y.isCurrentAlias() ? "an alias (*name)"
                : "an anchor (&name)") + ": anchors and aliases are not used in definitions; write the value out"
                + " in full where it is needed");
          }
        }
      }
    } catch (JacksonException e) {
      // Malformed YAML, or beyond a limit: reported as such when it is read.
    }
  }

  private static InputException problem(String source, int line, int column, String message) {
    return new InputException(
        List.of(new InputProblem(InputProblem.Kind.UNREADABLE, source, null, line, column, message)), null);
  }
}
