package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.spi.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * Fields kept in an object stream are read whether the stream's header is plain (each object is
 * then parsed alone when it is used) or not (offsets out of order: PDFBox parses the whole stream,
 * as it always did).
 */
class ObjectStreamReadingTest {
  private static final Questionnaire Q = Fixtures.allKinds();

  /** A form whose field (object 5) and an unused object (6) live in object stream 7. */
  private static byte[] form(boolean plainHeader) {
    String field = "<< /T (service) /FT /Tx /V (kept in an object stream) >>";
    String other = "<< /Unused [1 2 3] >>";
    String body = field + "\n" + other + "\n";
    int otherAt = field.length() + 1;
    String pairs = plainHeader ? "5 0 6 " + otherAt + " " : "6 " + otherAt + " 5 0 ";
    byte[] header = pairs.getBytes(StandardCharsets.US_ASCII);
    byte[] content = (pairs + body).getBytes(StandardCharsets.US_ASCII);
    Deflater deflater = new Deflater();
    deflater.setInput(content);
    deflater.finish();
    byte[] buf = new byte[4096];
    int n = deflater.deflate(buf);
    deflater.end();
    byte[] data = java.util.Arrays.copyOf(buf, n);
    PdfBombTest.Raw raw = new PdfBombTest.Raw();
    raw.object("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>");
    raw.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    raw.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    raw.object(CraftedPdf.infoNaming(Q.id(), Q.version()));
    raw.inStream(7, 0);
    raw.inStream(7, 1);
    raw.stream("<< /Type /ObjStm /N 2 /First " + header.length + " /Filter /FlateDecode /Length " + data.length
        + " >>", "\n", data);
    return raw.xrefStream("/Info 4 0 R", null);
  }

  private static String service(byte[] pdf) throws Exception {
    Response r = PdfReader.standard().read(Q, new ByteArrayInputStream(pdf), ReadOptions.defaults());
    return r.answers().get("service").asText().map(TextAnswer::value).orElseThrow();
  }

  @Test
  void aFieldInAPlainObjectStreamIsRead() throws Exception {
    assertEquals("kept in an object stream", service(form(true)));
  }

  @Test
  void aFieldInAnObjectStreamWithOffsetsOutOfOrderIsRead() throws Exception {
    assertEquals("kept in an object stream", service(form(false)));
  }
}
