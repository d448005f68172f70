package org.evidencekit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;

/**
 * The questionnaire definition reader, YAML and JSON (the first byte of the input chooses). Kept
 * corpus: src/test/resources/org/evidencekit/fuzz/DefinitionFuzzTestInputs/definition. Fuzz with
 * {@code ./fuzz definition MINUTES}.
 */
public class DefinitionFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void definition(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Format format = (input[0] & 1) == 0 ? Format.YAML : Format.JSON;
    byte[] text = java.util.Arrays.copyOfRange(input, 1, input.length);
    try {
      EvidenceJson.standard().readQuestionnaire(new ByteArrayInputStream(text), format, "fuzz");
    } catch (EvidenceKitException expected) {
      Readers.checkMessage(expected);
    }
  }

  /** The entry point of ./fuzz (Jazzer's own driver, fuzzing for as long as asked). */
  public static void fuzzerTestOneInput(byte[] input) {
    new DefinitionFuzzTest().definition(input);
  }
}
