package org.evidencekit.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evidencekit.model.testing.Soffice;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's proof: documents made by LibreOffice with invented personal details planted in every
 * place the issue lists; after {@code redact}, no planted value is found anywhere: not in any part
 * of the DOCX package, not by pdftotext, not in qpdf's uncompressed objects; the outputs open in
 * LibreOffice and pass {@code qpdf --check}; the text that was not personal stays. Page images
 * before and after are left in target/pages/ (pdftoppm).
 */
class RedactProofTest {
  private static final Redactor REDACTOR = Redactor.standard();
  private static byte[] docx;
  private static byte[] pdf;
  private static Path dir;

  @BeforeAll
  static void documents() throws Exception {
    dir = Fixtures.dir();
    docx = Files.readAllBytes(Fixtures.converted("docx"));
    pdf = Fixtures.plantPdf(Files.readAllBytes(Fixtures.converted("pdf")));
    Files.write(dir.resolve("planted-full.pdf"), pdf);
  }

  /** Every entry of a zip package as text: the raw XML, and its text with the tags taken out. */
  static Map<String, String> parts(byte[] zip) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        out.put(e.getName(), xml + "\n" + xml.replaceAll("<[^>]*>", ""));
      }
    }
    return out;
  }

  private static List<String> found(String text, List<String> values) {
    String t = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (t.contains(v.toLowerCase(Locale.ROOT))) {
        out.add(v);
      }
    }
    return out;
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void everyValueIsPlantedInTheOriginals() throws Exception {
    StringBuilder all = new StringBuilder();
    parts(docx).values().forEach(all::append);
    assertEquals(Fixtures.PLANTED, found(all.toString(), Fixtures.PLANTED), "planted in the DOCX");
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(raw.contains("Wolstenholme"), "the earlier revision holds the name");
    assertTrue(Tools.pdftotext(dir.resolve("planted-full.pdf")).contains("Ignatius Fothergill"), "the tracked deletion shows in the PDF");
  }

  @Test
  void docxNoPlantedValueInAnyPart() throws Exception {
    RedactedDocument out = REDACTOR.redact(docx);
    Path file = dir.resolve("redacted.docx");
    Files.write(file, out.bytes());
    for (Map.Entry<String, String> part : parts(out.bytes()).entrySet()) {
      assertEquals(List.of(), found(part.getValue(), Fixtures.PLANTED), part.getKey());
    }
    Map<String, String> parts = parts(out.bytes());
    assertFalse(parts.containsKey("word/comments.xml"), "comments removed");
    assertFalse(parts.containsKey("docProps/app.xml"), "extended properties removed");
    String body = parts.get("word/document.xml");
    assertFalse(body.contains("w:del ") || body.contains("w:delText") || body.contains("w:vanish"), "no deletions or hidden text");
    assertTrue(body.contains("[NAME]"), "names replaced by their type");
    List<String> report = out.report().lines();
    String joined = String.join("\n", report);
    for (String expected : List.of("comment, comments", "tracked deletion, body", "hidden text, body",
        "document property (author)", "NAME, header 1", "NAME, footer 1", "NAME, footnotes", "image, image1.png")) {
      assertTrue(joined.contains(expected), "the report says " + expected + ":\n" + joined);
    }
    assertEquals(List.of(), found(joined, Fixtures.PLANTED), "the report never holds the text");
  }

  @Test
  void docxOpensInLibreOfficeAndKeepsItsText() throws Exception {
    Path file = dir.resolve("redacted-lo.docx");
    Files.write(file, REDACTOR.redact(docx).bytes());
    Path out = dir.resolve("lo");
    Soffice.convert("pdf", out, dir.resolve("profile"), List.of(file));
    String text = squeeze(Tools.pdftotext(out.resolve("redacted-lo.pdf")));
    assertEquals(List.of(), found(text, Fixtures.PLANTED));
    for (String kept : Fixtures.KEPT) {
      assertTrue(text.contains(kept), "kept: " + kept + "\nin: " + text);
    }
    pages(out.resolve("redacted-lo.pdf"), "docx-after");
  }

  @Test
  void pdfNoPlantedValueByPdftotextQpdfOrInTheRawFile() throws Exception {
    RedactedDocument out = REDACTOR.redact(pdf);
    Path file = dir.resolve("redacted.pdf");
    Files.write(file, out.bytes());
    List<String> all = new ArrayList<>(Fixtures.PLANTED);
    all.addAll(Fixtures.PLANTED_PDF);
    all.remove("Marchbanks"); // hidden text: LibreOffice does not print it
    assertEquals(List.of(), found(Tools.pdftotext(file), all), "pdftotext");
    assertEquals(List.of(), found(Tools.qdf(file), all), "qpdf --qdf --object-streams=disable");
    assertEquals(List.of(), found(new String(out.bytes(), StandardCharsets.ISO_8859_1), all), "raw bytes");
    Tools.Result check = Tools.run("qpdf", "--check", file.toString());
    assertEquals(0, check.exit(), check.output());
    String qdf = Tools.qdf(file);
    for (String gone : List.of("/JavaScript", "/EmbeddedFiles", "/AcroForm", "/Annots", "/Metadata", "/Author", "/OpenAction")) {
      assertFalse(qdf.contains(gone), gone + " removed");
    }
    String text = squeeze(Tools.pdftotext(file));
    for (String kept : Fixtures.KEPT) {
      assertTrue(text.contains(kept), "kept: " + kept + "\nin: " + text);
    }
    String joined = String.join("\n", out.report().lines());
    for (String expected : List.of("earlier revision, file", "JavaScript", "attached file", "form field",
        "annotation (Text), page 1", "XMP metadata", "NAME, page 1")) {
      assertTrue(joined.contains(expected), "the report says " + expected + ":\n" + joined);
    }
    assertEquals(List.of(), found(joined, all), "the report never holds the text");
    pages(dir.resolve("planted-full.pdf"), "pdf-before");
    pages(file, "pdf-after");
    Path review = dir.resolve("review.pdf");
    Files.write(review, REDACTOR.review(pdf, ReviewList.none()).bytes());
    assertTrue(Tools.pdftotext(review).contains("Tyrone Whitfield"), "a review copy keeps the text");
    pages(review, "pdf-review");
  }

  @Test
  void pdfOpensInLibreOffice() throws Exception {
    Path file = dir.resolve("redacted-open.pdf");
    Files.write(file, REDACTOR.redact(pdf).bytes());
    // Writer's PDF import (the Draw one is not in libreoffice-writer-nogui) opens it and saves it again.
    Soffice.convert("odt", "writer_pdf_import", dir.resolve("lo-pdf"), dir.resolve("profile"), List.of(file));
    assertTrue(Files.size(dir.resolve("lo-pdf").resolve("redacted-open.odt")) > 1000);
  }

  @Test
  void docxPagesBeforeAndAReviewCopy() throws Exception {
    Path before = dir.resolve("before");
    Files.createDirectories(before);
    Files.write(before.resolve("planted-docx.docx"), docx);
    RedactedDocument review = REDACTOR.review(docx, ReviewList.none());
    assertTrue(review.review());
    String body = parts(review.bytes()).get("word/document.xml");
    assertTrue(body.contains("Tyrone Whitfield") || body.contains("Tyrone"), "a review copy keeps the text");
    assertTrue(body.contains("w:highlight w:val=\"yellow\""), "highlighted");
    assertTrue(body.contains("[NAME]") && body.contains("[POSTCODE]"), "labelled with the type");
    Files.write(before.resolve("review-docx.docx"), review.bytes());
    Soffice.convert("pdf", before, dir.resolve("profile"),
        List.of(before.resolve("planted-docx.docx"), before.resolve("review-docx.docx")));
    pages(before.resolve("planted-docx.pdf"), "docx-before");
    pages(before.resolve("review-docx.pdf"), "docx-review");
  }

  private static void pages(Path pdf, String name) throws Exception {
    Path pages = Files.createDirectories(Path.of("target", "pages"));
    Tools.Result r = Tools.run("pdftoppm", "-r", "60", "-png", pdf.toString(), pages.resolve(name).toString());
    assertEquals(0, r.exit(), r.output());
  }
}
