package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real clients open what the renderer makes: poppler's pdftotext shows every question with its
 * printed number, every option with its letter, and the whole document's text; pdfinfo reports a
 * tagged document with a form; qpdf --check finds nothing wrong; pdftoppm draws ticked check
 * boxes (poppler draws nothing for a check box whose appearance dictionary is indirect).
 */
class PopplerAndQpdfTest {

  static Stream<Questionnaire> questionnaires() {
    return Fixtures.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questionnaires")
  void pdftotextShowsEveryQuestionAndOptionAsPrinted(Questionnaire q) {
    byte[] pdf = Pdfs.blank(q);
    // -layout keeps a printed number on its question's line; the default mode keeps an option
    // that wraps inside its column together: each is real pdftotext output.
    String text = Pdfs.squeezed(Pdfs.pdftotextLayout(pdf)) + "\n" + Pdfs.squeezed(Pdfs.pdftotext(pdf));
    List<String> missing = new ArrayList<>();
    for (Question question : q.questions()) {
      String printed = question.label().orElse("") + question.text();
      if (!text.contains(Pdfs.squeezed(printed))) {
        missing.add(question.id() + ": " + printed);
      }
      if (question.asChoice().isPresent()) {
        for (Option o : question.asChoice().get().options()) {
          String option = o.label().orElse("") + o.text();
          if (!text.contains(Pdfs.squeezed(option))) {
            missing.add(question.id() + "/" + o.id() + ": " + option);
          }
        }
      }
    }
    q.parts().forEach(p -> p.declaration().ifPresent(d -> {
      if (!text.contains(Pdfs.squeezed(d.prompt())) || !text.contains(Pdfs.squeezed(d.text()))) {
        missing.add(d.id());
      }
    }));
    assertEquals(List.of(), missing, "not in pdftotext's text of " + q.id());
    assertTrue(text.contains(Pdfs.squeezed(q.title())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questionnaires")
  void pdfinfoReportsATaggedDocumentWithAFormAndQpdfFindsNoError(Questionnaire q) {
    Response r = ExampleResponses.complete(q);
    for (byte[] pdf : List.of(Pdfs.blank(q), Pdfs.render(q, r, Layout.FORM))) {
      String info = Pdfs.pdfinfo(pdf);
      assertTrue(info.matches("(?s).*Tagged:\\s+yes.*"), info);
      assertTrue(info.matches("(?s).*Form:\\s+AcroForm.*"), info);
      assertTrue(info.contains(q.title()), info);
      assertTrue(Pdfs.qpdfCheck(pdf).contains("No syntax or stream encoding errors"));
    }
    for (Layout layout : List.of(Layout.PRINTED, Layout.ANSWERS_ONLY)) {
      byte[] pdf = Pdfs.render(q, r, layout);
      String info = Pdfs.pdfinfo(pdf);
      assertTrue(info.matches("(?s).*Tagged:\\s+yes.*"), info);
      assertTrue(info.matches("(?s).*Form:\\s+none.*"), layout + ": a printed response has no form");
      assertTrue(Pdfs.qpdfCheck(pdf).contains("No syntax or stream encoding errors"));
    }
  }

  @Test
  void pdftotextShowsWelshLettersInTextAndPrintedAnswers() {
    Questionnaire q = Fixtures.allKinds();
    Response r = ExampleResponses.complete(q);
    java.util.Map<String, org.evidencekit.model.Answer> answers =
        new java.util.LinkedHashMap<>(org.evidencekit.model.Responses.answersOf(q, r));
    answers.put("service", org.evidencekit.model.TextAnswer.of("Gwasanaeth ieuenctid yng Nghaerdydd: ŵyr ac ŷd"));
    Response welsh = org.evidencekit.model.Responses.assemble(q, answers).build();
    assertTrue(Pdfs.pdftotext(Pdfs.blank(q)).contains(Fixtures.WELSH));
    String printed = Pdfs.pdftotext(Pdfs.render(q, welsh, Layout.PRINTED));
    assertTrue(printed.contains("ŵyr ac ŷd"), printed);
  }

  @Test
  void pdftotextShowsWhichBoxesAreTickedInAPrintedResponse() {
    Questionnaire q = Fixtures.allKinds();
    Response r = ExampleResponses.complete(q);
    String text = Pdfs.squeezed(Pdfs.pdftotextLayout(Pdfs.render(q, r, Layout.PRINTED)));
    assertTrue(text.contains("Ticked:Thissectionappliestome"), text);
    assertTrue(text.contains("Ticked:a.Yes,withmynameandorganisation"), text);
    assertTrue(text.contains("b.Yes,withoutanythingthatidentifiesme"), text);
    assertTrue(!text.contains("Ticked:b.Yes,withoutanythingthatidentifiesme"), text);
  }

  /**
   * Each check box is drawn by poppler: ticked boxes have dark pixels at their centre, unticked
   * ones none. Guards the direct normal-appearance dictionary.
   */
  @Test
  void popplerDrawsTickedCheckBoxes() throws IOException {
    Questionnaire q = Fixtures.allKinds();
    Response r = ExampleResponses.complete(q);
    byte[] pdf = Pdfs.render(q, r, Layout.FORM);
    List<float[]> ticked = new ArrayList<>();
    List<float[]> unticked = new ArrayList<>();
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var form = doc.getDocumentCatalog().getAcroForm(null);
      for (var field : form.getFieldTree()) {
        if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox) {
          var box = (org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox) field;
          var widget = box.getWidgets().get(0);
          int page = doc.getPages().indexOf(widget.getPage());
          var rect = widget.getRectangle();
          float[] where = {page, rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getWidth(), rect.getHeight()};
          (box.isChecked() ? ticked : unticked).add(where);
        }
      }
    }
    assertTrue(ticked.size() > 3 && unticked.size() > 3, "the fixture has both kinds");
    for (float[] box : ticked.subList(0, 3)) {
      assertTrue(darkAtCentre(pdf, box), "a ticked box is drawn ticked");
    }
    for (float[] box : unticked.subList(0, 3)) {
      assertTrue(!darkAtCentre(pdf, box), "an unticked box is drawn empty");
    }
  }

  /** Whether pdftoppm draws dark pixels in the middle of a box (at 144 dpi, in grey). */
  private static boolean darkAtCentre(byte[] pdf, float[] box) throws IOException {
    int page = (int) box[0] + 1;
    double scale = 2.0; // 144 dpi
    int x = (int) Math.round((box[1] + box[3] * 0.3) * scale);
    int y = (int) Math.round((841.89 - box[2] - box[4] * 0.7) * scale);
    int w = (int) Math.round(box[3] * 0.4 * scale);
    int h = (int) Math.round(box[4] * 0.4 * scale);
    byte[] pgm = Pdfs.toolBytes(pdf,
        List.of("pdftoppm", "-r", "144", "-gray", "-f", "" + page, "-l", "" + page,
            "-x", "" + x, "-y", "" + y, "-W", "" + w, "-H", "" + h), List.of());
    // P5 header: magic, width, height, maxval, each followed by white space
    int pos = 0;
    for (int fields = 0; fields < 4; fields++) {
      while (Character.isWhitespace(pgm[pos])) {
        pos++;
      }
      while (!Character.isWhitespace(pgm[pos])) {
        pos++;
      }
    }
    pos++;
    assertEquals(w * h, pgm.length - pos, "a grey image of the box's centre");
    for (int i = pos; i < pgm.length; i++) {
      if ((pgm[i] & 0xff) < 100) {
        return true;
      }
    }
    return false;
  }
}
