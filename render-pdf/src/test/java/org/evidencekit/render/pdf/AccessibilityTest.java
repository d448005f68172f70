package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * veraPDF, the reference validator, finds no failed rule of PDF/UA-1 in any document the renderer
 * makes (blank form, filled form, printed response, answers only, archival), and none of PDF/A-2a
 * in the archival ones, for the fixture and every bundled questionnaire.
 */
class AccessibilityTest {

  static Stream<Arguments> documents() {
    List<Arguments> out = new ArrayList<>();
    for (Questionnaire q : Fixtures.all()) {
      Response complete = ExampleResponses.complete(q);
      Response random = ExampleResponses.random(q, 20121130L);
      out.add(Arguments.of(q.id() + " blank form", Pdfs.blank(q), false));
      out.add(Arguments.of(q.id() + " filled form", Pdfs.render(q, complete, Layout.FORM), false));
      out.add(Arguments.of(q.id() + " printed", Pdfs.render(q, complete, Layout.PRINTED), false));
      out.add(Arguments.of(q.id() + " printed, random", Pdfs.render(q, random, Layout.PRINTED), false));
      out.add(Arguments.of(q.id() + " answers only", Pdfs.render(q, complete, Layout.ANSWERS_ONLY), false));
      out.add(Arguments.of(q.id() + " archival blank form",
          Pdfs.render(q, Optional.empty(), RenderOptions.builder().archival(true).build()), true));
      out.add(Arguments.of(q.id() + " archival filled form",
          Pdfs.render(q, Optional.of(random), RenderOptions.builder().archival(true).build()), true));
      out.add(Arguments.of(q.id() + " archival printed",
          Pdfs.render(q, Optional.of(complete),
              RenderOptions.builder().layout(Layout.PRINTED).archival(true).build()), true));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void veraPdfFindsNoFailedRule(String name, byte[] pdf, boolean archival) throws Exception {
    VeraPdf.Result ua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
    assertEquals(List.of(), ua.failures, "PDF/UA-1 failures of " + name);
    assertTrue(ua.compliant, "PDF/UA-1: " + name);
    if (archival) {
      VeraPdf.Result a = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
      assertEquals(List.of(), a.failures, "PDF/A-2a failures of " + name);
      assertTrue(a.compliant, "PDF/A-2a: " + name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void onlyArchivalDocumentsClaimPdfA(String name, byte[] pdf, boolean archival) throws Exception {
    String xmp = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertEquals(archival, xmp.contains("<pdfaid:part>2</pdfaid:part>"), name);
    assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), name);
  }
}
