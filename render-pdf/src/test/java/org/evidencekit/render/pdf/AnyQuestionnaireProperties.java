package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.model.testing.RandomQuestionnaires;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Any well-formed questionnaire (core-model's random ones: awkward text, tabs and line breaks,
 * Welsh letters, groups, conditions, bound fields, declarations, any language) renders in every
 * layout, and its filled form reads back as the response; a few are checked by veraPDF too.
 */
class AnyQuestionnaireProperties {
  private static final PdfReader READER = PdfReader.standard();

  @Property(tries = 60)
  void anyQuestionnairesFormRoundTrips(@ForAll long seed) throws Exception {
    Questionnaire q = RandomQuestionnaires.make(seed);
    Response r = ExampleResponses.random(q, seed);
    byte[] pdf = Pdfs.render(q, Optional.of(r), RenderOptions.defaults());
    assertEquals(r, READER.read(q, new ByteArrayInputStream(pdf), ReadOptions.defaults()));
    assertTrue(Pdfs.render(q, r, Layout.PRINTED).length > 0);
    assertTrue(Pdfs.render(q, r, Layout.ANSWERS_ONLY).length > 0);
  }

  @Property(tries = 6)
  void anyQuestionnairesDocumentsPassPdfUa(@ForAll long seed) throws Exception {
    Questionnaire q = RandomQuestionnaires.make(seed);
    Response r = ExampleResponses.random(q, seed);
    for (byte[] pdf : List.of(
        Pdfs.blank(q),
        Pdfs.render(q, r, Layout.FORM),
        Pdfs.render(q, r, Layout.PRINTED),
        Pdfs.render(q, r, Layout.ANSWERS_ONLY))) {
      assertEquals(List.of(), VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failures, q.id());
    }
  }
}
