package org.evidencekit.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made PDF files for the tests of untrusted input: objects given as their text (or bytes),
 * numbered from 1, with a classic cross-reference table and a trailer whose /Root is object 1.
 */
final class CraftedPdf {
  private final List<byte[]> objects = new ArrayList<>();
  private String trailerExtra = "";

  CraftedPdf object(String body) {
    objects.add(body.getBytes(StandardCharsets.ISO_8859_1));
    return this;
  }

  CraftedPdf object(byte[] body) {
    objects.add(body);
    return this;
  }

  /** A stream object: its dictionary entries (without /Length) and its raw data. */
  CraftedPdf stream(String dictEntries, long declaredLength, byte[] data) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("<< " + dictEntries + " /Length " + declaredLength + " >>\nstream\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    b.writeBytes(data);
    b.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
    objects.add(b.toByteArray());
    return this;
  }

  /** More trailer entries, such as "/Info 3 0 R". */
  CraftedPdf trailer(String entries) {
    trailerExtra = " " + entries;
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
      out.writeBytes(objects.get(i));
      out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    long xref = out.size();
    StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (long o : offsets) {
      x.append(String.format("%010d 00000 n \n", o));
    }
    x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R").append(trailerExtra)
        .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(x.toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  /** A catalog with one empty page: objects 1 to 3. */
  static CraftedPdf onePage() {
    return new CraftedPdf()
        .object("<< /Type /Catalog /Pages 2 0 R >>")
        .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
  }

  /** An information dictionary naming a questionnaire as EvidenceKit does. */
  static String infoNaming(String id, String version) {
    return "<< /EvidenceKitQuestionnaire (" + id + ") /EvidenceKitQuestionnaireVersion (" + version
        + ") /EvidenceKitLayout (form) >>";
  }
}
