package org.evidencekit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.evidencekit.render.docx.DocxFormat;

/**
 * The DOCX reader (identify and read). Kept corpus:
 * src/test/resources/org/evidencekit/fuzz/DocxReaderFuzzTestInputs/docx. Fuzz with
 * {@code ./fuzz docx MINUTES}.
 */
public class DocxReaderFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void docx(byte[] input) {
    Readers.readDocument(DocxFormat.standard(), input);
  }

  /** The entry point of ./fuzz (Jazzer's own driver, fuzzing for as long as asked). */
  public static void fuzzerTestOneInput(byte[] input) {
    new DocxReaderFuzzTest().docx(input);
  }
}
