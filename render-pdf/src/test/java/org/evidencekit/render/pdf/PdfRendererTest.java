package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.render.pdf.internal.Assembler;
import org.evidencekit.render.pdf.internal.DocumentMeta;
import org.evidencekit.render.pdf.internal.FieldValues;
import org.evidencekit.render.pdf.internal.Prepared;
import org.junit.jupiter.api.Test;

/**
 * What the renderer promises beyond validity: the same input gives the same bytes (from any
 * renderer, on any thread); every question gets its fields with accessible names made of the
 * printed number and text; each field sits alone in its own Form element; options it cannot honour
 * are refused before anything is written; the fonts' licence ships with them.
 */
class PdfRendererTest {
  private static final Questionnaire Q = Fixtures.allKinds();

  @Test
  void sameInputSameBytes() {
    Questionnaire q2012 = Questionnaires.callForEvidence2012();
    Response r = ExampleResponses.random(q2012, 99);
    for (RenderOptions options : List.of(
        RenderOptions.defaults(),
        RenderOptions.of(Layout.PRINTED),
        RenderOptions.of(Layout.ANSWERS_ONLY),
        RenderOptions.builder().archival(true).build())) {
      byte[] a = render(PdfRenderer.standard(), q2012, Optional.of(r), options);
      byte[] b = render(PdfRenderer.standard(), q2012, Optional.of(r), options);
      assertArrayEquals(a, b, options.layout() + " archival=" + options.archival());
    }
    assertArrayEquals(Pdfs.blank(q2012), render(PdfRenderer.standard(), q2012, Optional.empty(), RenderOptions.defaults()));
  }

  /**
   * A form is written by the fast writer (the blank form serialised once, the values added), an
   * encrypted one by PDFBox: both write the same document.
   */
  @Test
  void theFastWriterWritesWhatPdfBoxWrites() throws Exception {
    for (Questionnaire q : Fixtures.all()) {
      // without a reference, date or attachment: a response with a record gets its own layout,
      // which shows the record (issue 10), and is not written by the fast writer
      Response random = ExampleResponses.random(q, 5);
      Response r = Response.builder().questionnaire(random.questionnaire()).putAllAnswers(random.answers())
          .respondent(random.respondent()).consent(random.consent()).oralEvidence(random.oralEvidence()).build();
      byte[] fast = Pdfs.render(q, r, Layout.FORM);
      Prepared prepared = new Prepared.Cache(1).get(q);
      java.util.Map<String, Object> values =
          FieldValues.of(q, org.evidencekit.model.Responses.answersOf(q, r));
      ByteArrayOutputStream viaPdfBox = new ByteArrayOutputStream();
      DocumentMeta meta = new DocumentMeta(q.title(), q.language(), q.id(), q.version(), "form", false,
          Optional.empty(), new byte[16], Optional.empty());
      Assembler.write(prepared.form(), values, meta, new Assembler.Protection(Optional.empty(), false), viaPdfBox);
      assertEquals(PdfDump.of(viaPdfBox.toByteArray()), PdfDump.of(fast), q.id());
    }
  }

  @Test
  void differentInputsGetDifferentDocumentIds() throws Exception {
    Set<String> ids = new HashSet<>();
    ids.add(documentId(Pdfs.blank(Q)));
    ids.add(documentId(Pdfs.render(Q, ExampleResponses.random(Q, 1), Layout.FORM)));
    ids.add(documentId(Pdfs.render(Q, ExampleResponses.random(Q, 2), Layout.FORM)));
    ids.add(documentId(Pdfs.render(Q, ExampleResponses.random(Q, 2), Layout.PRINTED)));
    assertEquals(4, ids.size());
  }

  @Test
  void concurrentRenderingGivesTheSameBytes() throws Exception {
    PdfRenderer shared = PdfRenderer.standard();
    Questionnaire q2012 = Questionnaires.callForEvidence2012();
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      responses.add(ExampleResponses.random(i % 2 == 0 ? Q : q2012, i));
    }
    List<byte[]> expected = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      expected.add(render(PdfRenderer.standard(), i % 2 == 0 ? Q : q2012, Optional.of(responses.get(i)), RenderOptions.defaults()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < responses.size(); i++) {
          int k = i;
          futures.add(pool.submit(() ->
              render(shared, k % 2 == 0 ? Q : q2012, Optional.of(responses.get(k)), RenderOptions.defaults())));
        }
      }
      for (int j = 0; j < futures.size(); j++) {
        assertArrayEquals(expected.get(j % responses.size()), futures.get(j).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theDocumentDateIsTheBuildersOrTheResponsesOrNone() throws Exception {
    Response r = ExampleResponses.complete(Q); // sent 23 November 2012
    try (PDDocument doc = Loader.loadPDF(Pdfs.render(Q, r, Layout.FORM))) {
      assertEquals(2012, doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
      assertEquals(10, doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.MONTH));
    }
    try (PDDocument doc = Loader.loadPDF(Pdfs.blank(Q))) {
      assertEquals(null, doc.getDocumentInformation().getCreationDate());
    }
    PdfRenderer dated = PdfRenderer.builder()
        .documentDate(ZonedDateTime.of(2013, 2, 1, 9, 30, 0, 0, ZoneOffset.UTC)).build();
    byte[] pdf = render(dated, Q, Optional.empty(), RenderOptions.defaults());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(2013, doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
    }
    assertTrue(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
        .contains("<xmp:CreateDate>2013-02-01T09:30:00+00:00</xmp:CreateDate>"));
  }

  /**
   * issue 9: the layout's instanceof chain ended in an else that gave any other kind a text field
   * of 320 characters; an email address is at most {@link EmailQuestion#MAX_LENGTH} (254), which
   * is all validation accepts.
   */
  @Test
  void issue9_anEmailFieldTakesNoMoreThanAnEmailAddressMayHave() throws Exception {
    Questionnaire q = Fixtures.allKinds();
    try (PDDocument doc = Loader.loadPDF(Pdfs.blank(q))) {
      var form = doc.getDocumentCatalog().getAcroForm(null);
      PDTextField email = (PDTextField) form.getField("contact~email");
      assertNotNull(email);
      assertEquals(EmailQuestion.MAX_LENGTH, email.getMaxLen());
    }
  }

  @Test
  void everyQuestionHasItsFieldsWithAccessibleNamesAsPrinted() throws Exception {
    for (Questionnaire q : Fixtures.all()) {
      try (PDDocument doc = Loader.loadPDF(Pdfs.blank(q))) {
        var form = doc.getDocumentCatalog().getAcroForm(null);
        List<String> missing = new ArrayList<>();
        for (Question question : q.questions()) {
          if (question.asGroup().isPresent()) {
            continue;
          }
          String number = q.printedNumber(question).trim();
          String name = question.id().replace('.', '~');
          if (question.asChoice().isPresent()) {
            for (Option o : question.asChoice().get().options()) {
              check(form.getField(name + ":" + o.id().replace('.', '~')), number, o.text(), missing, question.id());
              if (o.specify()) {
                check(form.getField(name + ":" + o.id().replace('.', '~') + ":text"), number, o.text(), missing, question.id());
              }
            }
          } else {
            check(form.getField(name), number, question.text(), missing, question.id());
          }
        }
        q.parts().forEach(p -> p.declaration().ifPresent(d -> {
          if (form.getField(d.id().replace('.', '~')) == null) {
            missing.add(d.id());
          }
        }));
        assertEquals(List.of(), missing, q.id());
      }
    }
  }

  private static void check(PDField field, String number, String text, List<String> missing, String id) {
    if (field == null) {
      missing.add(id + ": no field");
      return;
    }
    String tu = field.getAlternateFieldName();
    String firstWords = text.strip().split("\\s+")[0];
    if (tu == null || !tu.startsWith(number) || !tu.contains(firstWords)) {
      missing.add(id + ": accessible name '" + tu + "'");
    }
  }

  /** Each widget is the only kid of its own Form element, and each page tabs in structure order. */
  @Test
  void eachFieldSitsAloneInItsOwnFormElement() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Pdfs.render(Q, ExampleResponses.complete(Q), Layout.FORM))) {
      COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
      List<COSDictionary> forms = new ArrayList<>();
      collect(root.getDictionaryObject(COSName.K), "Form", forms, 0);
      int widgets = 0;
      for (PDPage page : doc.getPages()) {
        assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")));
        widgets += page.getAnnotations().size();
      }
      assertEquals(widgets, forms.size());
      for (COSDictionary form : forms) {
        COSBase k = form.getDictionaryObject(COSName.K);
        COSArray kids = k instanceof COSArray ? (COSArray) k : null;
        assertNotNull(kids);
        assertEquals(1, kids.size());
        COSDictionary objr = (COSDictionary) kids.getObject(0);
        assertEquals(COSName.OBJR, objr.getCOSName(COSName.TYPE));
        COSDictionary widget = objr.getCOSDictionary(COSName.OBJ);
        assertNotNull(widget.getString(COSName.TU));
        // the widget's StructParent leads back to this Form element through the parent tree
        int key = widget.getInt(COSName.getPDFName("StructParent"));
        assertTrue(key >= doc.getNumberOfPages());
      }
    }
  }

  private static void collect(COSBase node, String type, List<COSDictionary> out, int depth) {
    if (depth > 50) {
      return;
    }
    if (node instanceof COSArray) {
      for (int i = 0; i < ((COSArray) node).size(); i++) {
        collect(((COSArray) node).getObject(i), type, out, depth + 1);
      }
    } else if (node instanceof COSDictionary) {
      COSDictionary d = (COSDictionary) node;
      if (COSName.STRUCT_ELEM.equals(d.getCOSName(COSName.TYPE))) {
        if (type.equals(d.getNameAsString(COSName.S))) {
          out.add(d);
        }
        collect(d.getDictionaryObject(COSName.K), type, out, depth + 1);
      }
    }
  }

  /** Bookmarks lead to each part (and, inside it, its sections), for finding one's way. */
  @Test
  void bookmarksLeadToThePartsAndSections() throws Exception {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response r = ExampleResponses.complete(q); // sent with an attachment
    for (byte[] pdf : List.of(Pdfs.blank(q), Pdfs.render(q, r, Layout.PRINTED))) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        var outline = doc.getDocumentCatalog().getDocumentOutline();
        assertNotNull(outline);
        List<String> titles = new ArrayList<>();
        outline.children().forEach(item -> titles.add(item.getTitle()));
        List<String> parts = new ArrayList<>();
        q.parts().forEach(p -> p.title().ifPresent(t ->
            parts.add((p.label().map(l -> l.trim() + " ").orElse("") + t).trim())));
        if (titles.size() == parts.size() + 1) {
          parts.add("Sent with this response"); // the printed response lists the attachments
        }
        assertEquals(parts, titles);
        for (var item : outline.children()) {
          assertNotNull(item.getDestination(), item.getTitle());
        }
      }
    }
  }

  @Test
  void aPrintedResponseNeedsAResponse() {
    for (Layout layout : List.of(Layout.PRINTED, Layout.ANSWERS_ONLY)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      EvidenceKitException e = assertThrows(EvidenceKitException.class,
          () -> Pdfs.RENDERER.render(Q, Optional.empty(), RenderOptions.of(layout), out));
      assertEquals(0, out.size());
      assertTrue(e.getMessage().contains("give a response"), e.getMessage());
    }
  }

  @Test
  void aResponseToAnotherQuestionnaireIsRefusedBeforeAnythingIsWritten() {
    Questionnaire other = Fixtures.allKinds(Q.id(), "2");
    Response r = ExampleResponses.complete(other);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EvidenceKitException e = assertThrows(EvidenceKitException.class,
        () -> Pdfs.RENDERER.render(Q, Optional.of(r), RenderOptions.defaults(), out));
    assertEquals(0, out.size());
    assertTrue(e.getMessage().contains("version '2'"), e.getMessage());
  }

  @Test
  void respondentTextNeverReachesAnErrorMessage() {
    Response r = ExampleResponses.complete(Fixtures.allKinds(Q.id(), "2"));
    EvidenceKitException e = assertThrows(EvidenceKitException.class,
        () -> Pdfs.RENDERER.render(Q, Optional.of(r), RenderOptions.defaults(), new ByteArrayOutputStream()));
    assertFalse(e.getMessage().contains("Example answer"));
  }

  @Test
  void theFontsLicenceShipsWithTheFonts() throws Exception {
    String dir = "/org/evidencekit/render/pdf/internal/fonts/";
    try (InputStream in = PdfRenderer.class.getResourceAsStream(dir + "LICENSE-Liberation-OFL-1.1.txt")) {
      assertNotNull(in);
      assertTrue(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("SIL OPEN FONT LICENSE"));
    }
    for (String face : List.of("Regular", "Bold", "Italic")) {
      assertNotNull(PdfRenderer.class.getResource(dir + "LiberationSans-" + face + ".ttf"));
    }
  }

  @Test
  void welshLettersNeverBecomeMissingGlyphs() throws Exception {
    // every character the text uses is mapped back to Unicode: what is extracted is what was set
    String text = Pdfs.pdftotext(Pdfs.blank(Q));
    assertTrue(text.contains("ŵyr, ŷd"), text);
    assertFalse(text.contains("?yr"), text);
  }

  private static String documentId(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
      return id.getObject(0).toString();
    }
  }

  private static byte[] render(PdfRenderer r, Questionnaire q, Optional<Response> response, RenderOptions o) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      r.render(q, response, o, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
