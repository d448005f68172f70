package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.evidencekit.model.Answer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TextForm;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.validation.ResponseValidator;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 7 (the PDF side): a valid response comes back from its PDF form character for
 * character: leading and trailing spaces, tabs, blank lines, text that reads like a placeholder;
 * a value longer than any answer may be is refused with a reason, never cut.
 */
class Issue10ExactTextTest {
  private final Questionnaire q = Questionnaires.callForEvidence2012();

  private Response read(byte[] pdf) throws Exception {
    return PdfReader.standard().read(q, new ByteArrayInputStream(pdf), ReadOptions.defaults());
  }

  @Test
  void issue10_awkwardButValidTextComesBackUnchanged() throws Exception {
    String[] awkward = {
      "  leading and trailing spaces  ",
      "\ttabbed\tanswer\t",
      "line one\n\n\nline four after blank lines\n",
      "\nstarts with a line feed",
      "Please give details.",
      "Enter a number.",
      "Click or tap here to enter text.",
      "ŵ ŷ Łódź \u00a0non-breaking\u00a0 😀 e\u0301",
    };
    Map<String, Answer> answers = new LinkedHashMap<>(Responses.answersOf(q, ExampleResponses.complete(q)));
    String[] texts = {"service-description", "intervention-activities", "intervention-outcomes",
        "intervention-barriers", "strategic-activities", "strategic-outcomes", "strategic-barriers",
        "societal-activities"};
    for (int i = 0; i < texts.length; i++) {
      assertTrue(answers.containsKey(texts[i]), texts[i]);
      answers.put(texts[i], TextAnswer.of(awkward[i]));
    }
    answers.put("intervention-types", ChoiceAnswer.builder().select("other", "  Please specify.\tx ").build());
    Response r = Responses.assemble(q, answers).build();
    assertTrue(ResponseValidator.standard().validate(q, r).isValid(), () -> ResponseValidator.standard().validate(q, r).toString());
    for (String t : awkward) {
      assertTrue(TextForm.isNormal(t));
    }
    byte[] pdf = Pdfs.render(q, r, Layout.FORM);
    Response back = read(pdf);
    assertEquals(Responses.answersOf(q, r), Responses.answersOf(q, back));
  }

  @Test
  void issue10_aValueOverOneMebicharacterIsRefusedNeverCut() throws Exception {
    byte[] blank = Pdfs.blank(q);
    byte[] crafted;
    try (PDDocument doc = Loader.loadPDF(blank)) {
      PDField f = doc.getDocumentCatalog().getAcroForm(null).getField("service-description");
      f.getCOSObject().setItem(COSName.V, new COSString("x".repeat(TextForm.MAX_LENGTH + 1)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      crafted = out.toByteArray();
    }
    DocumentException e = assertThrows(DocumentException.class, () -> read(crafted));
    assertEquals(Reason.UNSAFE, e.reason());
    assertTrue(e.getMessage().contains("1,048,576 characters"), e.getMessage());
    assertFalse(e.getMessage().contains("xxx"));
  }
}
