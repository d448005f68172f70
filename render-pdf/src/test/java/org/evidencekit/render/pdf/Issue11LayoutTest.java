package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, item 6 (PDF): a question's options stay together and with it, no last option alone
 * at the top of a page; a single choice's options are drawn round. Every layout of both bundled
 * forms is kept as pictures in {@code target/pages/LAYOUT-ID-N.png} to look at.
 */
class Issue11LayoutTest {
  static Stream<Questionnaire> questionnaires() {
    return Stream.of(Questionnaires.callForEvidence2012(), Questionnaires.referralScreening());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questionnaires")
  void optionsStayTogetherAndSingleChoicesAreRound(Questionnaire q) throws Exception {
    byte[] pdf = Pdfs.blank(q);
    List<String> split = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Map<String, Integer> pageOf = new HashMap<>();
      Map<String, PDField> fields = new HashMap<>();
      List<PDPage> pages = new ArrayList<>();
      doc.getPages().forEach(pages::add);
      for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
        PDAnnotationWidget w = f.getWidgets().get(0);
        for (int i = 0; i < pages.size(); i++) {
          if (pages.get(i).getAnnotations().stream().anyMatch(a -> a.getCOSObject() == w.getCOSObject())) {
            pageOf.put(f.getFullyQualifiedName(), i);
          }
        }
        fields.put(f.getFullyQualifiedName(), f);
      }
      for (Question question : q.questions()) {
        if (question.asChoice().isEmpty()) {
          continue;
        }
        ChoiceQuestion cq = question.asChoice().get();
        List<Integer> onPages = new ArrayList<>();
        for (Option o : cq.options()) {
          String name = fieldName(fields, question.id(), o.id());
          onPages.add(pageOf.get(name));
        }
        int n = onPages.size();
        if (n >= 2 && !onPages.get(n - 1).equals(onPages.get(n - 2))) {
          split.add(question.id() + ": its last option alone on page " + (onPages.get(n - 1) + 1));
        }
        if (n <= 12 && onPages.stream().distinct().count() > 1) {
          split.add(question.id() + ": options over pages " + onPages);
        }
      }
      // single choices are drawn round: their "on" appearance holds curves, no straight tick
      for (Question question : q.questions()) {
        question.asChoice().ifPresent(cq -> {
          boolean single = question.accept(new org.evidencekit.model.QuestionVisitor.Default<Boolean>() {
            @Override
            protected Boolean otherwise(Question other) {
              return false;
            }

            @Override
            public Boolean visit(org.evidencekit.model.SingleChoiceQuestion s) {
              return true;
            }
          });
          PDField f = fields.get(fieldName(fields, question.id(), cq.options().get(0).id()));
          String on;
          try {
            var n = f.getWidgets().get(0).getAppearance().getNormalAppearance().getSubDictionary();
            var yes = n.get(COSName.getPDFName("Yes"));
            on = new String(yes.getContentStream().toByteArray(), java.nio.charset.StandardCharsets.US_ASCII);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          assertEquals(single, on.contains(" c "), question.id() + " drawn " + (single ? "round" : "square") + ": " + on);
        });
      }
    }
    assertEquals(List.of(), split, "options split in " + q.id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questionnaires")
  void everyLayoutAsPictures(Questionnaire q) throws Exception {
    Path pages = Path.of("target", "pages");
    Files.createDirectories(pages);
    Map<String, byte[]> docs = new java.util.LinkedHashMap<>();
    docs.put("blank", Pdfs.blank(q));
    var r = ExampleResponses.random(q, 3);
    docs.put("filled", Pdfs.render(q, r, Layout.FORM));
    docs.put("printed", Pdfs.render(q, r, Layout.PRINTED));
    docs.put("answers-only", Pdfs.render(q, r, Layout.ANSWERS_ONLY));
    for (Map.Entry<String, byte[]> e : docs.entrySet()) {
      Path pdf = pages.resolve(e.getKey() + "-" + q.id() + ".pdf");
      Files.write(pdf, e.getValue());
      Process p = new ProcessBuilder("pdftoppm", "-r", "50", "-png", pdf.toString(),
          pages.resolve(e.getKey() + "-" + q.id()).toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      assertEquals(0, p.waitFor());
    }
    try (Stream<Path> s = Files.list(pages)) {
      assertTrue(s.anyMatch(f -> f.getFileName().toString().startsWith("printed-" + q.id())));
    }
  }

  /** Where anonymisation removed an answer, a printed document says "Withheld", not "Not answered". */
  @org.junit.jupiter.api.Test
  void issue11_anAnonymisedDocumentSaysWithheldWhereAnAnswerWasRemoved() throws Exception {
    Questionnaire q = Questionnaires.callForEvidence2012();
    var full = ExampleResponses.complete(q);
    var anonymised = full.withRespondent(org.evidencekit.model.Respondent.builder().build());
    var options = org.evidencekit.model.spi.RenderOptions.builder().layout(Layout.PRINTED)
        .addWithheld("/respondent/name").build();
    String printed = Pdfs.pdftotext(Pdfs.render(q, java.util.Optional.of(anonymised), options));
    assertTrue(printed.contains("Withheld"), printed);
    assertTrue(printed.contains("Not answered"), "a field the response never had is not answered, not withheld");
    String plain = Pdfs.pdftotext(Pdfs.render(q, anonymised, Layout.PRINTED));
    assertTrue(!plain.contains("Withheld"), "only where the caller says an answer was withheld");
    var answersOnly = org.evidencekit.model.spi.RenderOptions.builder().layout(Layout.ANSWERS_ONLY)
        .addWithheld("/respondent/name").build();
    assertTrue(Pdfs.pdftotext(Pdfs.render(q, java.util.Optional.of(anonymised), answersOnly)).contains("Withheld"));
    // the fillable form of the anonymised response reads back as the anonymised response
    byte[] form = Pdfs.render(q, anonymised, Layout.FORM);
    var back = PdfReader.standard().read(q, new java.io.ByteArrayInputStream(form),
        org.evidencekit.model.spi.ReadOptions.defaults());
    assertEquals(org.evidencekit.model.Responses.answersOf(q, anonymised), org.evidencekit.model.Responses.answersOf(q, back));
  }

  private static String fieldName(Map<String, PDField> fields, String question, String option) {
    for (String name : fields.keySet()) {
      if (name.equals(question + ":" + option) || name.replace('~', '.').equals(question + ":" + option)) {
        return name;
      }
    }
    throw new AssertionError("no field for " + question + ":" + option + " among " + fields.keySet());
  }
}
