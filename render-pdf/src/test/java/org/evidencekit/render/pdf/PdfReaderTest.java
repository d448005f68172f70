package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.evidencekit.model.Answer;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.Consent;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * Reading forms back: a form filled in by a PDF library as a viewer would fill it, and every kind
 * of document that is not a readable form of this questionnaire, each a {@link
 * DocumentException} with its reason, read in bounded memory.
 */
class PdfReaderTest {
  private static final Questionnaire Q = Fixtures.allKinds();
  private static final PdfReader READER = PdfReader.standard();

  private static Response read(byte[] pdf) throws Exception {
    return READER.read(Q, new ByteArrayInputStream(pdf), ReadOptions.defaults());
  }

  private static DocumentException failure(byte[] pdf) {
    return assertThrows(DocumentException.class, () -> read(pdf));
  }

  @Test
  void readsAFormFilledInAViewerWithWelshLettersLineBreaksAndTicks() throws Exception {
    byte[] blank = Pdfs.blank(Q);
    ByteArrayOutputStream filled = new ByteArrayOutputStream();
    try (PDDocument doc = Loader.loadPDF(blank)) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      // PDFBox draws each value with the form's default font: it can only if that font is whole.
      ((PDTextField) form.getField("contact~name")).setValue("Gwenllian ap Ŵyn");
      ((PDTextField) form.getField("contact~email")).setValue("gwen@example.org");
      ((PDTextField) form.getField("service")).setValue("Gwaith ieuenctid yng Nghaerdydd\r\nŷd a ŵyr\r\n");
      ((PDTextField) form.getField("victims")).setValue(" 1,250 ");
      ((PDCheckBox) form.getField("consent:anonymised")).check();
      ((PDCheckBox) form.getField("oral-evidence")).check();
      ((PDCheckBox) form.getField("intervention~applies")).check();
      ((PDCheckBox) form.getField("referrals:police")).check();
      ((PDCheckBox) form.getField("referrals:other")).check();
      ((PDTextField) form.getField("referrals:other:text")).setValue("Neighbours");
      doc.save(filled);
    }
    Response r = read(filled.toByteArray());
    assertEquals(Optional.of("Gwenllian ap Ŵyn"), r.respondent().name());
    assertEquals(Optional.of("gwen@example.org"), r.respondent().email());
    assertEquals(Optional.of(Consent.ANONYMISED), r.consent());
    assertTrue(r.oralEvidence());
    Map<String, Answer> expected = new LinkedHashMap<>();
    expected.put("intervention.applies", BooleanAnswer.of(true));
    expected.put("service", TextAnswer.of("Gwaith ieuenctid yng Nghaerdydd\nŷd a ŵyr"));
    expected.put("victims", NumberAnswer.of(1250));
    expected.put("referrals", ChoiceAnswer.builder().select("police").select("other", "Neighbours").build());
    assertEquals(expected, r.answers());
    assertEquals(Optional.empty(), r.id(), "a blank form carries no response record");
  }

  @Test
  void theFieldsFontIsEmbeddedWholeNotSubset() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Pdfs.blank(Q))) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      var font = form.getDefaultResources().getFont(org.apache.pdfbox.cos.COSName.getPDFName("F1"));
      assertEquals("Type0", font.getSubType());
      assertFalse(font.getName().contains("+"), "a subset's name has a tag: " + font.getName());
      assertTrue(font.isEmbedded());
      var fontFile = font.getFontDescriptor().getFontFile2();
      byte[] ttf;
      try (var in = PdfRenderer.class.getResourceAsStream(
          "/org/evidencekit/render/pdf/internal/fonts/LiberationSans-Regular.ttf")) {
        ttf = in.readAllBytes();
      }
      assertEquals(ttf.length, fontFile.getCOSObject().getInt(org.apache.pdfbox.cos.COSName.LENGTH1));
      assertTrue(Arrays.equals(ttf, fontFile.toByteArray()), "the whole font file is embedded");
    }
  }

  @Test
  void identifiesTheQuestionnaireAndVersion() throws Exception {
    assertEquals(
        QuestionnaireRef.of(Q),
        READER.identify(new ByteArrayInputStream(Pdfs.blank(Q)), ReadOptions.defaults()));
  }

  @Test
  void aFormOfAnotherQuestionnaireOrVersionIsRefused() {
    DocumentException other = failure(Pdfs.blank(Fixtures.allKinds("another-form", "1")));
    assertEquals(Reason.OTHER_QUESTIONNAIRE, other.reason());
    assertTrue(other.getMessage().contains("another-form version 1"), other.getMessage());
    assertEquals(Reason.OTHER_QUESTIONNAIRE, failure(Pdfs.blank(Fixtures.allKinds(Q.id(), "2"))).reason());
  }

  @Test
  void aPdfNotMadeByEvidenceKitIsNotOurForm() throws Exception {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(plain);
    }
    DocumentException e = failure(plain.toByteArray());
    assertEquals(Reason.NOT_OUR_FORM, e.reason());
    DocumentException crafted = failure(CraftedPdf.onePage().bytes());
    assertEquals(Reason.NOT_OUR_FORM, crafted.reason());
    assertThrows(DocumentException.class,
        () -> READER.identify(new ByteArrayInputStream(plain.toByteArray()), ReadOptions.defaults()));
  }

  @Test
  void aPrintedResponseIsNotAFormToRead() {
    Response r = ExampleResponses.complete(Q);
    for (Layout layout : new Layout[] {Layout.PRINTED, Layout.ANSWERS_ONLY}) {
      DocumentException e = failure(Pdfs.render(Q, r, layout));
      assertEquals(Reason.NOT_OUR_FORM, e.reason());
      assertTrue(e.getMessage().contains("not a fillable form"), e.getMessage());
    }
    // issue 9: the article fits the word after it
    assertTrue(failure(Pdfs.render(Q, r, Layout.ANSWERS_ONLY)).getMessage()
        .startsWith("This PDF is an answers-only response, not a fillable form"));
    assertTrue(failure(Pdfs.render(Q, r, Layout.PRINTED)).getMessage()
        .startsWith("This PDF is a printed response, not a fillable form"));
  }

  @Test
  void somethingThatIsNotAPdfIsMalformed() {
    assertEquals(Reason.MALFORMED, failure("PK\u0003\u0004 a zip, not a PDF".getBytes(StandardCharsets.ISO_8859_1)).reason());
    assertEquals(Reason.MALFORMED, failure(new byte[0]).reason());
  }

  @Test
  void aTruncatedPdfIsMalformed() {
    byte[] pdf = Pdfs.render(Q, ExampleResponses.complete(Q), Layout.FORM);
    for (int length : new int[] {10, pdf.length / 3, pdf.length / 2, pdf.length - 40}) {
      DocumentException e = failure(Arrays.copyOf(pdf, length));
      assertEquals(Reason.MALFORMED, e.reason(), "cut at " + length);
    }
  }

  @Test
  void aBogusCrossReferenceTableIsRepairedOrRefusedNeverAStackTrace() throws Exception {
    byte[] pdf = CraftedPdf.onePage().object(CraftedPdf.infoNaming(Q.id(), Q.version())).trailer("/Info 4 0 R").bytes();
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    String bogus = text.replaceAll("\\d{10} 00000 n", "0000099999 00000 n").replaceAll("startxref\n\\d+", "startxref\n7");
    Response r = read(bogus.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(Responses.assemble(Q, Map.of()).build(), r, "PDFBox finds the objects by scanning");
    String garbage = text.replace("xref\n0 5", "xref\n0 99999999").replace("trailer", "trailor");
    try {
      read(garbage.getBytes(StandardCharsets.ISO_8859_1));
    } catch (DocumentException expected) {
      assertTrue(expected.reason() == Reason.MALFORMED || expected.reason() == Reason.NOT_OUR_FORM);
    }
  }

  @Test
  void deepNestingIsRefused() throws Exception {
    int depth = 200_000;
    String deep = "[".repeat(depth) + "]".repeat(depth);
    byte[] pdf = CraftedPdf.onePage()
        .object("<< /EvidenceKitQuestionnaire (" + Q.id() + ") /EvidenceKitQuestionnaireVersion ("
            + Q.version() + ") /Deep " + deep + " >>")
        .trailer("/Info 4 0 R")
        .bytes();
    // PDFBox stops at its nesting limit and drops the object: the document names no questionnaire
    assertEquals(Reason.NOT_OUR_FORM, failure(pdf).reason());
    byte[] inFields = new CraftedPdf()
        .object("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>")
        .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
        .object(CraftedPdf.infoNaming(Q.id(), Q.version()))
        .object("<< /T (service) /FT /Tx /V " + deep + " >>")
        .trailer("/Info 4 0 R")
        .bytes();
    try {
      assertEquals(Responses.assemble(Q, Map.of()).build(), read(inFields), "the damaged field is dropped");
    } catch (DocumentException e) {
      assertTrue(e.reason() == Reason.MALFORMED || e.reason() == Reason.UNSAFE, e.reason().toString());
    }
  }

  @Test
  void fieldsNestedTooDeeplyOrInACycleAreBounded() throws Exception {
    // object 5 is the root field; 6 is its kid; 6's kids point back at 5 (a cycle)
    byte[] cycle = new CraftedPdf()
        .object("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>")
        .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
        .object(CraftedPdf.infoNaming(Q.id(), Q.version()))
        .object("<< /T (a) /Kids [6 0 R] >>")
        .object("<< /T (b) /Kids [5 0 R] /Parent 5 0 R >>")
        .trailer("/Info 4 0 R")
        .bytes();
    assertEquals(Responses.assemble(Q, Map.of()).build(), read(cycle));

    CraftedPdf deep = new CraftedPdf()
        .object("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>")
        .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
        .object(CraftedPdf.infoNaming(Q.id(), Q.version()));
    for (int i = 5; i < 105; i++) {
      deep.object("<< /T (f" + i + ") /Kids [" + (i + 1) + " 0 R] >>");
    }
    deep.object("<< /T (last) /FT /Tx /V (x) >>");
    DocumentException e = failure(deep.trailer("/Info 4 0 R").bytes());
    assertEquals(Reason.UNSAFE, e.reason());
  }

  @Test
  void aHugeDeclaredStreamLengthDoesNotAllocateIt() throws Exception {
    byte[] pdf = new CraftedPdf()
        .object("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>")
        .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
        .object(CraftedPdf.infoNaming(Q.id(), Q.version()))
        .object("<< /T (service) /FT /Tx /V 6 0 R >>")
        .stream("", 999_999_999_999L, "A value kept in a stream".getBytes(StandardCharsets.ISO_8859_1))
        .trailer("/Info 4 0 R")
        .bytes();
    try {
      Response r = read(pdf);
      assertEquals(Optional.of(TextAnswer.of("A value kept in a stream")), Optional.ofNullable(r.answers().get("service")));
    } catch (DocumentException e) {
      assertEquals(Reason.MALFORMED, e.reason());
    }
  }

  /** About 200 KB of zlib data that inflates to 200 MiB of zeros. */
  private static byte[] bomb() {
    byte[] zeros = new byte[1 << 20];
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    for (int i = 0; i < 200; i++) { // 200 MiB of zeros, about 200 KB compressed
      deflater.setInput(zeros);
      while (!deflater.needsInput()) {
        bomb.write(buf, 0, deflater.deflate(buf));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      bomb.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    return bomb.toByteArray();
  }

  @Test
  void aCompressionBombIsRefusedBeforeItIsExpanded() {
    byte[] data = bomb();
    byte[] pdf = new CraftedPdf()
        .object("<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>")
        .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
        .object(CraftedPdf.infoNaming(Q.id(), Q.version()))
        .stream("/Filter /FlateDecode", data.length, data)
        .trailer("/Info 4 0 R")
        .bytes();
    assertTrue(pdf.length < 1 << 20);
    DocumentException e = failure(pdf);
    assertEquals(Reason.UNSAFE, e.reason());
    assertTrue(e.getMessage().contains("expands"), e.getMessage());
  }

  /** Encrypted, the bomb cannot be seen in the file's bytes: it is caught once decrypted. */
  @Test
  void aCompressionBombInAnEncryptedFieldValueIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      var info = doc.getDocumentInformation().getCOSObject();
      info.setString("EvidenceKitQuestionnaire", Q.id());
      info.setString("EvidenceKitQuestionnaireVersion", Q.version());
      var value = doc.getDocument().createCOSStream();
      value.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
      try (var raw = value.createRawOutputStream()) {
        raw.write(bomb());
      }
      var field = new org.apache.pdfbox.cos.COSDictionary();
      field.setString(org.apache.pdfbox.cos.COSName.T, "service");
      field.setItem(org.apache.pdfbox.cos.COSName.FT, org.apache.pdfbox.cos.COSName.TX);
      field.setItem(org.apache.pdfbox.cos.COSName.V, value);
      var fields = new org.apache.pdfbox.cos.COSArray();
      fields.add(field);
      var acro = new org.apache.pdfbox.cos.COSDictionary();
      acro.setItem(org.apache.pdfbox.cos.COSName.FIELDS, fields);
      doc.getDocumentCatalog().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.ACRO_FORM, acro);
      var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
          "owner", "", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(256);
      doc.protect(policy);
      doc.save(out);
    }
    DocumentException e = failure(out.toByteArray());
    assertEquals(Reason.UNSAFE, e.reason());
  }

  @Test
  void aDocumentLargerThanAllowedIsNotRead() {
    byte[] pdf = Pdfs.blank(Q);
    ReadOptions small = ReadOptions.builder().maxBytes(pdf.length - 1).build();
    DocumentException e = assertThrows(DocumentException.class,
        () -> READER.read(Q, new ByteArrayInputStream(pdf), small));
    assertEquals(Reason.UNSAFE, e.reason());
    assertTrue(e.getMessage().contains("larger than"), e.getMessage());
  }
}
