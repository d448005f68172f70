package org.evidencekit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.validation.ResponseValidator;

/**
 * The JSON response reader, and validation of what it reads. Kept corpus:
 * src/test/resources/org/evidencekit/fuzz/ResponseJsonFuzzTestInputs/responseJson. Fuzz with
 * {@code ./fuzz response MINUTES}.
 */
public class ResponseJsonFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void responseJson(byte[] input) {
    Response response;
    try {
      response = EvidenceJson.standard().readResponse(input, "fuzz.json");
    } catch (EvidenceKitException expected) {
      Readers.checkMessage(expected);
      return;
    }
    ResponseValidator.standard().validate(Readers.FORM, response).problems().forEach(p -> p.toLine());
    EvidenceJson.standard().write(response);
  }

  /** The entry point of ./fuzz (Jazzer's own driver, fuzzing for as long as asked). */
  public static void fuzzerTestOneInput(byte[] input) {
    new ResponseJsonFuzzTest().responseJson(input);
  }
}
