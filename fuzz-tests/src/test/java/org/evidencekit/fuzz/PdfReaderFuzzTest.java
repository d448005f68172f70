package org.evidencekit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidencekit.render.pdf.PdfFormat;

/**
 * The PDF reader (identify and read). Kept corpus:
 * src/test/resources/org/evidencekit/fuzz/PdfReaderFuzzTestInputs/pdf. Fuzz with
 * {@code ./fuzz pdf MINUTES}.
 */
public class PdfReaderFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void pdf(byte[] input) {
    Readers.readDocument(PdfFormat.standard(), input);
  }

  /** The entry point of ./fuzz (Jazzer's own driver, fuzzing for as long as asked). */
  public static void fuzzerTestOneInput(byte[] input) {
    new PdfReaderFuzzTest().pdf(input);
  }
}
