package org.evidencekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.model.spi.RenderOptions;
import org.junit.jupiter.api.Test;

/**
 * The formats the command line ships with are found by discovery alone: docx, html and pdf, each
 * known by its file name and recognised from the documents it renders. The command line names
 * none of them: html came with one dependency line in its POM.
 */
class FormatDiscoveryTest {
  private final FormatRegistry formats = FormatRegistry.discover();

  @Test
  void discoveryFindsTheWordHtmlAndPdfFormats() {
    assertEquals(List.of("docx", "html", "pdf"), formats.ids());
    assertEquals("docx, html or pdf", formats.describeIds());
  }

  @Test
  void eachIsFoundByFileNameAndRecognisedFromItsOwnDocuments() throws Exception {
    for (DocumentFormat format : formats.all()) {
      assertEquals(format.id(), formats.byFileName(Path.of("dir", "form." + format.fileExtension())).orElseThrow().id());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      format.renderer().render(Questionnaires.referralScreening(), Optional.empty(), RenderOptions.defaults(), out);
      assertEquals(format.id(), formats.recognise(out.toByteArray()).orElseThrow().id());
      assertTrue(format.reader().isPresent(), format.id());
    }
    assertTrue(formats.recognise("{\"id\": \"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEmpty());
  }

  /** The README's "Using the library" example, as far as documents go. */
  @Test
  void theReadmesDocumentExampleWorks() throws Exception {
    Questionnaire form = Questionnaires.callForEvidence2012();
    Response r = Questionnaires.exampleResponse(form.id());
    DocumentFormat pdf = formats.byFileName(Path.of("response.pdf")).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.renderer().render(form, Optional.of(r), RenderOptions.of(pdf.defaultResponseLayout()), out);
    assertEquals("pdf", formats.recognise(out.toByteArray()).orElseThrow().id());
    assertEquals(pdf, formats.require("pdf"));
  }
}
