package org.evidencekit.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.render.docx.DocxFormat;
import org.evidencekit.render.pdf.PdfFormat;
import org.junit.jupiter.api.Test;

/**
 * Every reader given hostile input in this module's JVM of 256 MiB (the surefire argLine, with
 * -XX:+ExitOnOutOfMemoryError: running out of memory fails the build). Each input would take far
 * more than the heap if it were read whole.
 */
class HostileInputsTest {
  @Test
  void heapIsSmall() {
    assertTrue(Runtime.getRuntime().maxMemory() <= 300L << 20, "run with -Xmx256m");
  }

  /** {@code mib} MiB of one byte, deflated (zlib). */
  private static byte[] deflated(int mib, byte fill, boolean raw) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, raw);
    byte[] block = new byte[1 << 20];
    java.util.Arrays.fill(block, fill);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    for (int i = 0; i < mib; i++) {
      d.setInput(block);
      while (!d.needsInput()) {
        out.write(buf, 0, d.deflate(buf));
      }
    }
    d.finish();
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  private static byte[] pdfWithValueStream(String filter, String afterKeyword, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
      "<< /EvidenceKitQuestionnaire (occ-csegg-call-for-evidence-2012) /EvidenceKitQuestionnaireVersion (1.0)"
          + " /EvidenceKitLayout (form) >>",
      "<< /T (service-description) /FT /Tx /V 6 0 R >>"};
    long[] offsets = new long[6];
    out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = out.size();
      out.writeBytes(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    offsets[5] = out.size();
    out.writeBytes(("6 0 obj\n<< /Filter " + filter + " /Length " + data.length + " >>\nstream" + afterKeyword)
        .getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(data);
    out.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    long xref = out.size();
    StringBuilder x = new StringBuilder("xref\n0 7\n0000000000 65535 f \n");
    for (long o : offsets) {
      x.append(String.format("%010d 00000 n \n", o));
    }
    x.append("trailer\n<< /Size 7 /Root 1 0 R /Info 4 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(x.toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static void refused(org.evidencekit.model.spi.DocumentFormat format, byte[] doc) {
    assertThrows(DocumentException.class, () -> format.reader().orElseThrow()
        .read(Readers.FORM, new ByteArrayInputStream(doc), ReadOptions.defaults()));
  }

  @Test
  void pdfBombsInASmallHeap() {
    byte[] bomb = deflated(400, (byte) ' ', false);
    refused(PdfFormat.standard(), pdfWithValueStream("/FlateDecode", "   \r\n", bomb));
    byte[] hex = java.util.HexFormat.of().formatHex(bomb).getBytes(StandardCharsets.US_ASCII);
    refused(PdfFormat.standard(), pdfWithValueStream("[/ASCIIHexDecode /FlateDecode]", "\n", hex));
  }

  @Test
  void docxZipBombInASmallHeap() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 400; i++) {
        z.write(block);
      }
      z.closeEntry();
    }
    refused(DocxFormat.standard(), out.toByteArray());
  }

  @Test
  void jsonResponseWithManySelectionsAndUnknownAnswersInASmallHeap() {
    StringBuilder b = new StringBuilder("{\"questionnaire\": {\"id\": \"occ-csegg-call-for-evidence-2012\", \"version\": \"1.0\"},"
        + " \"answers\": {\"specialist-groups\": {\"selected\": [");
    for (int i = 0; i < 1_000_000; i++) {
      b.append(i == 0 ? "" : ",").append("\"bme\"");
    }
    b.append("]}");
    for (int i = 0; i < 300_000; i++) {
      b.append(", \"unknown-").append(i).append("\": 1");
    }
    b.append("}}");
    byte[] json = b.toString().getBytes(StandardCharsets.UTF_8);
    b.setLength(0);
    try {
      var response = EvidenceJson.standard().readResponse(json, "hostile.json");
      org.evidencekit.model.validation.ResponseValidator.standard().validate(Readers.FORM, response);
    } catch (EvidenceKitException expected) {
      // refused with our message
    }
  }

  @Test
  void yamlDefinitionsInASmallHeap() {
    String quoted = "id: x\nversion: \"1\"\ntitle: \"" + "a".repeat(30_000_000) + "\"\nissuer: t\nparts: []\n";
    assertThrows(EvidenceKitException.class, () -> EvidenceJson.standard().readQuestionnaire(quoted, Format.YAML));
    String alias = "id: &i x\nversion: \"1\"\ntitle: *i\nissuer: t\nparts: []\n";
    assertThrows(EvidenceKitException.class, () -> EvidenceJson.standard().readQuestionnaire(alias, Format.YAML));
  }
}
