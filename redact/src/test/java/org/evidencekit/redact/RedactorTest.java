package org.evidencekit.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.evidencekit.redact.internal.DocxCheck;
import org.evidencekit.redact.internal.PdfCheck;
import org.evidencekit.redact.internal.Protection;
import org.evidencekit.redact.internal.Values;
import org.junit.jupiter.api.Test;

/** The redactor on small documents made here: positions kept, areas, scans, passwords, the self-check. */
class RedactorTest {
  private static final Redactor REDACTOR = Redactor.standard();
  private static final String LINE = "Our worker met Mrs Rosalind Haverford at the school on Tuesday.";

  /** A PDF of lines in Helvetica (WinAnsi: the text is readable in the raw content stream). */
  static byte[] pdf(String... lines) throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      d.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(d, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 760);
        for (String l : lines) {
          cs.showText(l);
          cs.newLineAtOffset(0, -20);
        }
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      return out.toByteArray();
    }
  }

  /** Where each word of the first page starts (x), as PDFBox's text extraction sees it. */
  static Map<String, Float> wordStarts(byte[] pdf) throws IOException {
    Map<String, Float> out = new java.util.HashMap<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          int start = 0;
          for (String w : text.split(" ", -1)) {
            if (!w.isEmpty() && start < positions.size()) {
              out.putIfAbsent(w, positions.get(start).getXDirAdj());
            }
            start += w.length() + 1;
          }
        }
      };
      s.getText(d);
    }
    return out;
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }

  @Test
  void pdfTextIsTakenOutAndWhatFollowsStaysWhereItWas() throws IOException {
    byte[] in = pdf(LINE, "The project ran for two years.");
    RedactedDocument out = REDACTOR.redact(in);
    String text = text(out.bytes());
    assertFalse(text.contains("Haverford") || text.contains("Rosalind"), text);
    assertTrue(text.contains("The project ran for two years."), text);
    assertFalse(new String(out.bytes(), StandardCharsets.ISO_8859_1).contains("Haverford"));
    Map<String, Float> before = wordStarts(in);
    Map<String, Float> after = wordStarts(out.bytes());
    for (String w : List.of("at", "school", "Tuesday.")) {
      assertEquals(before.get(w), after.get(w), 0.05f, "'" + w + "' stays where it was");
    }
    assertEquals(List.of(new Finding("NAME", "page 1", 1)), out.report().removed());
  }

  @Test
  void aReviewHighlightsAndRemovesNothing() throws IOException {
    byte[] in = pdf(LINE);
    RedactedDocument review = REDACTOR.review(in, ReviewList.none());
    assertTrue(review.review());
    assertTrue(text(review.bytes()).contains("Rosalind Haverford"));
    assertTrue(text(review.bytes()).contains("[NAME]"), "labelled with its type");
    assertEquals(List.of(new Finding("NAME", "page 1", 1)), review.report().removed());
  }

  @Test
  void aPersonsDecisionsAreApplied() throws IOException {
    byte[] in = pdf(LINE, "Call the Blue Lagoon Cafe about the sessions.");
    ReviewList list = ReviewList.parse("# checked\n- Rosalind Haverford\n+ Blue Lagoon Cafe\n");
    String text = text(REDACTOR.redact(in, list).bytes());
    assertTrue(text.contains("Rosalind Haverford"), "kept: " + text);
    assertFalse(text.contains("Lagoon"), "added: " + text);
    assertTrue(text.contains("about the sessions."), text);
  }

  @Test
  void anAreaOfAPageIsRedacted() throws IOException {
    byte[] in = pdf("The project ran for two years.", "Signed by the project lead on its last day.");
    // the second line: baseline at 740 from the bottom of an 842-point page; points from the top
    RedactedDocument out = REDACTOR.redact(in, ReviewList.parse("+ page 1: 60 90 500 16"));
    String text = text(out.bytes());
    assertTrue(text.contains("The project ran for two years."), text);
    assertFalse(text.contains("Signed"), text);
    assertTrue(out.report().removed().contains(new Finding("AREA", "page 1", 1)));
  }

  @Test
  void aScannedPageNeedsAPerson() throws IOException {
    RedactedDocument out = REDACTOR.redact(Fixtures.withScannedPage());
    assertFalse(out.report().clean());
    assertEquals("page 2", out.report().needsPerson().get(0).where());
    assertFalse(text(out.bytes()).contains("Haverford"));
  }

  @Test
  void aProtectedPdfNeedsItsPasswordAndStaysProtected() throws IOException {
    char[] pw = "invented password".toCharArray();
    byte[] locked = Protection.encryptPdf(pdf(LINE), pw);
    RedactionException e = assertThrows(RedactionException.class, () -> REDACTOR.redact(locked));
    assertTrue(e.getMessage().contains("password"), e.getMessage());
    byte[] out = REDACTOR.redact(locked, ReviewList.none(), pw).bytes();
    assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(out).close());
    try (PDDocument d = Loader.loadPDF(out, new String(pw))) {
      assertFalse(new PDFTextStripper().getText(d).contains("Haverford"));
    }
  }

  @Test
  void notADocumentIsRefusedWithoutItsText() {
    RedactionException e = assertThrows(RedactionException.class,
        () -> REDACTOR.redact("Mrs Rosalind Haverford".getBytes(StandardCharsets.UTF_8)));
    assertFalse(e.getMessage().contains("Haverford"));
    assertThrows(RedactionException.class, () -> REDACTOR.redact(new byte[] {'P', 'K', 3, 4, 0, 0}));
  }

  @Test
  void theSelfCheckFindsLeftoversInAnyPartOrRevision() throws Exception {
    Values values = new Values();
    values.add("Rosalind Haverford", "NAME");
    assertEquals(List.of(), PdfCheck.leftovers(REDACTOR.redact(pdf(LINE)).bytes(), values, List.of()));
    List<String> left = PdfCheck.leftovers(pdf(LINE), values, List.of());
    assertTrue(left.stream().anyMatch(p -> p.contains("redacted value")), left.toString());
    assertEquals(List.of(), PdfCheck.leftovers(pdf(LINE), values, List.of("Rosalind Haverford")), "kept text is no leftover");

    byte[] withScript;
    try (PDDocument d = Loader.loadPDF(pdf("The project ran for two years."))) {
      d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      withScript = out.toByteArray();
    }
    List<String> script = PdfCheck.leftovers(withScript, values, List.of());
    assertTrue(script.stream().anyMatch(p -> p.contains("/OpenAction") || p.contains("/JavaScript") || p.contains("/JS")), script.toString());
    byte[] twoRevisions = new byte[withScript.length * 2];
    System.arraycopy(withScript, 0, twoRevisions, 0, withScript.length);
    System.arraycopy(withScript, 0, twoRevisions, withScript.length, withScript.length);
    assertTrue(PdfCheck.leftovers(twoRevisions, values, List.of()).get(0).contains("revisions"));

    byte[] docx = RedactProofTest.class.getResourceAsStream("planted.fodt") != null
        ? java.nio.file.Files.readAllBytes(Fixtures.converted("docx")) : null;
    Values planted = new Values();
    planted.add("Tyrone Whitfield", "NAME");
    List<String> docxLeft = new ArrayList<>(DocxCheck.leftovers(docx, planted, List.of()));
    assertTrue(docxLeft.stream().anyMatch(p -> p.startsWith("word/document.xml: a redacted value")), docxLeft.toString());
    assertTrue(docxLeft.stream().anyMatch(p -> p.contains("comments are still there")), docxLeft.toString());
    assertTrue(docxLeft.stream().anyMatch(p -> p.contains("tracked changes")), docxLeft.toString());
    assertTrue(docxLeft.stream().anyMatch(p -> p.contains("hidden text")), docxLeft.toString());
    assertTrue(docxLeft.stream().anyMatch(p -> p.contains("creator")), docxLeft.toString());
  }

  @Test
  void aProtectedDocxNeedsItsPasswordAndStaysProtected() throws Exception {
    char[] pw = "invented password".toCharArray();
    byte[] docx = java.nio.file.Files.readAllBytes(Fixtures.converted("docx"));
    byte[] locked = Protection.encryptDocx(docx, pw);
    assertEquals(DocumentType.DOCX, Redactor.typeOf(locked).orElseThrow());
    assertThrows(RedactionException.class, () -> REDACTOR.redact(locked));
    byte[] out = REDACTOR.redact(locked, ReviewList.none(), pw).bytes();
    assertTrue(Protection.isEncryptedOffice(out));
    byte[] open = Protection.decryptDocx(out, pw);
    String all = new String(open, StandardCharsets.ISO_8859_1);
    assertTrue(all.startsWith("PK"));
    Values planted = new Values();
    planted.add("Tyrone Whitfield", "NAME");
    assertEquals(List.of(), DocxCheck.leftovers(open, planted, List.of()));
  }

  @Test
  void theReportNeverShowsTheTextAndTheListNeverShowsItsText() {
    ReviewList list = ReviewList.parse("- Rosalind Haverford\n+ page 2: 1 2 3 4\n");
    assertFalse(list.toString().contains("Haverford"));
    RedactionException e = assertThrows(RedactionException.class, () -> ReviewList.parse("\n\nRosalind Haverford"));
    assertEquals("line 3: start a decision with + (redact) or - (keep)", e.getMessage());
    assertEquals(List.of(new ReviewList.Area(2, 1, 2, 3, 4)), list.addAreas());
    assertThrows(RedactionException.class, () -> ReviewList.parse("+ page 0: 1 2 3 4"));
  }
}
