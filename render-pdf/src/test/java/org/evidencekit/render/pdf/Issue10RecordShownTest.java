package org.evidencekit.render.pdf;

import static org.evidencekit.model.testing.ShownRecord.withRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.model.testing.ShownRecord;
import org.evidencekit.render.pdf.internal.Assembler;
import org.evidencekit.render.pdf.internal.Composition;
import org.evidencekit.render.pdf.internal.DocumentMeta;
import org.evidencekit.render.pdf.internal.FieldValues;
import org.evidencekit.render.pdf.internal.Layouter;
import org.evidencekit.render.pdf.internal.Prepared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Issue 10, item 6: a document's hidden record holds only what the document shows. A response
 * with a reference, a date and two described attachments is rendered; every value of the record
 * in the document information ({@code EvidenceKitResponse}, JSON) must be in what pdftotext reads
 * off the pages, and {@code read} gives the attachments back. The test goes over whatever the
 * record holds: a key it does not know fails it, so a field added to the record later must be
 * shown (and taught here) first.
 */
class Issue10RecordShownTest {

  static Stream<Questionnaire> questionnaires() {
    return Fixtures.all().stream();
  }

  @ParameterizedTest
  @MethodSource("questionnaires")
  void everyValueOfTheRecordIsShownInTheFillableForm(Questionnaire q) throws IOException {
    check(q, Layout.FORM);
  }

  @ParameterizedTest
  @MethodSource("questionnaires")
  void everyValueOfTheRecordIsShownInThePrintedAndAnswersOnlyDocuments(Questionnaire q) throws IOException {
    check(q, Layout.PRINTED);
    check(q, Layout.ANSWERS_ONLY);
  }

  @Test
  void aFormFilledWithARecordReadsBackAsItsResponse() throws IOException {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response r = withRecord(q);
    for (RenderOptions options : List.of(RenderOptions.defaults(), RenderOptions.builder().archival(true).build())) {
      byte[] pdf = Pdfs.render(q, Optional.of(r), options);
      Response back = PdfReader.standard().read(q, new ByteArrayInputStream(pdf), ReadOptions.defaults());
      assertEquals(r.attachments(), back.attachments());
      assertEquals(r, back);
    }
  }

  @Test
  void theFastWriterWritesWhatPdfBoxWritesForAFormWithItsRecord() throws IOException {
    for (Questionnaire q : Fixtures.all()) {
      Response r = withRecord(q);
      byte[] fast = Pdfs.render(q, r, Layout.FORM);
      Composition whole = Layouter.composeForm(q, new Prepared.Cache(1).get(q).fonts(), r);
      ByteArrayOutputStream viaPdfBox = new ByteArrayOutputStream();
      DocumentMeta meta = new DocumentMeta(q.title(), q.language(), q.id(), q.version(), "form", false,
          Optional.empty(), new byte[16], Optional.empty());
      Assembler.write(whole, FieldValues.of(q, Responses.answersOf(q, r)), meta,
          new Assembler.Protection(Optional.empty(), false), viaPdfBox);
      String expected = PdfDump.of(viaPdfBox.toByteArray());
      assertEquals(expected, PdfDump.of(fast), q.id());
      assertTrue(expected.contains("About this response"), expected);
      String check = Pdfs.qpdfCheck(fast);
      assertTrue(check.contains("No syntax or stream encoding errors"), check);
    }
  }

  @Test
  void aRecordLongerThanAPageFlowsOverPagesAndStillReadsBack() throws IOException {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response base = withRecord(q);
    List<Attachment> many = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      many.add(Attachment.builder().name("photo-" + i + ".jpg").mediaType("image/jpeg")
          .description("An invented photograph of a youth club noticeboard, number " + i).size(1000L + i).build());
    }
    Response r = Response.builder().questionnaire(base.questionnaire()).putAllAnswers(base.answers())
        .id("R-4243").addAllAttachments(many).build();
    byte[] pdf = Pdfs.render(q, r, Layout.FORM);
    String text = Pdfs.squeezed(Pdfs.pdftotext(pdf));
    for (Attachment a : many) {
      assertTrue(text.contains(Pdfs.squeezed(a.description().get())), a.name());
    }
    assertEquals(r, PdfReader.standard().read(q, new ByteArrayInputStream(pdf), ReadOptions.defaults()));
  }

  @Test
  void theBlockIsTaggedAndTheFormStaysPdfUa() throws Exception {
    Questionnaire q = Questionnaires.callForEvidence2012();
    byte[] pdf = Pdfs.render(q, withRecord(q), Layout.FORM);
    VeraPdf.Result ua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
    assertEquals(List.of(), ua.failures, "PDF/UA-1 failures of the form with its record shown");
    assertTrue(ua.compliant);
    String dump = PdfDump.of(pdf);
    String tree = dump.substring(dump.indexOf("=== structure ===")).replaceAll("\\s+", " ");
    // the record's page: a Sect with its heading and paragraphs, then the list as the printed one
    assertTrue(tree.endsWith(" Sect H1 P P Sect H2 L LI Lbl LBody LI Lbl LBody "), tree);
  }

  @Test
  void aBlankFormAndAResponseWithoutARecordShowNoBlock() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    assertFalse(Pdfs.pdftotext(Pdfs.blank(q)).contains("About this response"));
    Response complete = ExampleResponses.complete(q);
    Response bare = Response.builder().questionnaire(complete.questionnaire()).putAllAnswers(complete.answers())
        .respondent(complete.respondent()).consent(complete.consent()).build();
    assertFalse(Pdfs.pdftotext(Pdfs.render(q, bare, Layout.FORM)).contains("About this response"));
  }

  private static void check(Questionnaire q, Layout layout) throws IOException {
    byte[] pdf = Pdfs.render(q, withRecord(q), layout);
    String record;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      record = doc.getDocumentInformation().getCustomMetadataValue(DocumentMeta.KEY_RESPONSE);
    }
    assertNotNull(record, "the document keeps a record");
    List<Map.Entry<String, String>> values = ShownRecord.jsonValues(record);
    assertEquals(2 + 5 + 3, values.size(), "the record holds what the response gave: " + record);
    assertEquals(List.of(), ShownRecord.notShown(values, Pdfs.pdftotext(pdf)),
        "hidden in " + q.id() + "'s " + layout.id() + " document, not shown");
  }
}
