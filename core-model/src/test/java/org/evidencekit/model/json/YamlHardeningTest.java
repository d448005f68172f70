package org.evidencekit.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.evidencekit.model.InputException;
import org.evidencekit.model.InputProblem;
import org.junit.jupiter.api.Test;

/** Issue 10: YAML definitions that are hostile or careless (items 3, 8 and 10). */
class YamlHardeningTest {
  private static final EvidenceJson JSON = EvidenceJson.standard();

  private static InputProblem refused(String yaml) {
    InputException e = assertThrows(InputException.class, () -> JSON.readQuestionnaire(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Format.YAML, "form.yaml"));
    InputProblem p = e.problems().get(0);
    assertFalse(p.message().matches("(?s).*(Exception|Feature|Constraints|snakeyaml|jackson|`).*"), p.message());
    return p;
  }

  @Test
  void issue10_item8_yamlAliasRefusedWithLineAndColumn() {
    InputProblem p = refused("id: x\nversion: \"1\"\ntitle: &t Title\nissuer: *t\nparts: []\n");
    assertTrue(p.message().contains("anchors and aliases are not used"), p.message());
    assertTrue(p.line() == 3 || p.line() == 4, p.toString());
    assertTrue(p.column() > 0, p.toString());
  }

  @Test
  void issue10_item8_yamlAnchorOnAMappingRefused() {
    InputProblem p = refused("id: x\nversion: \"1\"\ntitle: t\nissuer: t\nparts:\n  - &p {id: a, title: A, sections: []}\n  - *p\n");
    assertTrue(p.message().contains("anchors and aliases are not used"), p.message());
  }

  @Test
  void issue10_item3_yamlHugeQuotedScalarRefusedWhileReading() {
    String big = "id: x\nversion: \"1\"\ntitle: \"" + "a".repeat(30_000_000) + "\"\nissuer: t\nparts: []\n";
    InputProblem p = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> refused(big));
    assertEquals(3, p.line());
    assertTrue(p.message().contains("longer than 65536 characters"), p.message());
  }

  @Test
  void issue10_item3_yamlDocumentBeyondTheCodePointLimitRefused() {
    StringBuilder b = new StringBuilder("id: x\nversion: \"1\"\ntitle: |\n");
    String line = "  " + "a".repeat(1000) + "\n";
    while (b.length() <= EvidenceJson.MAX_YAML_CHARS) {
      b.append(line);
    }
    b.append("issuer: t\nparts: []\n");
    InputProblem p = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> refused(b.toString()));
    assertTrue(p.message().contains("longer than " + EvidenceJson.MAX_YAML_CHARS + " characters"), p.message());
  }

  @Test
  void issue10_item10_definitionSyntaxMessagesShowNoInternals() {
    String deep = "{\"unknown\": " + "[".repeat(2000);
    InputException e = assertThrows(InputException.class, () -> JSON.readQuestionnaire(deep, Format.JSON));
    String m = e.problems().stream().map(InputProblem::message).reduce("", (a, b) -> a + "\n" + b);
    assertTrue(m.contains("nested more than 64 levels deep"), m);
    assertFalse(m.matches("(?s).*(Exception|Feature|Constraints|`).*"), m);
    InputException n = assertThrows(InputException.class, () -> JSON.readQuestionnaire(
        "{\"id\": 1" + "2".repeat(5000) + "}", Format.JSON));
    String nm = n.problems().get(0).message();
    assertFalse(nm.matches("(?s).*(Exception|Feature|Constraints|`).*"), nm);
  }
}
