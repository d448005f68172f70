package org.evidencekit.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.evidencekit.model.ExampleResponses;
import org.evidencekit.model.Layout;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.RenderOptions;
import org.evidencekit.model.Response;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class SpikeTest {
  @Test
  void spike() throws Exception {
    Questionnaire q = Fixtures.allKinds();
    Response r = ExampleResponses.complete(q);
    PdfRenderer renderer = PdfRenderer.create();
    Path dir = Path.of("/tmp/spike");
    Files.createDirectories(dir);
    for (Object[] c : new Object[][] {
        {"blank", Optional.empty(), RenderOptions.defaults()},
        {"filled", Optional.of(r), RenderOptions.defaults()},
        {"printed", Optional.of(r), RenderOptions.of(Layout.PRINTED)},
        {"answers", Optional.of(r), RenderOptions.of(Layout.ANSWERS_ONLY)},
        {"archival", Optional.of(r), RenderOptions.builder().archival(true).build()}}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      @SuppressWarnings("unchecked")
      Optional<Response> resp = (Optional<Response>) c[1];
      renderer.render(q, resp, (RenderOptions) c[2], out);
      Files.write(dir.resolve(c[0] + ".pdf"), out.toByteArray());
      System.out.println(c[0] + " UA: " + VeraPdf.validate(out.toByteArray(), PDFAFlavour.PDFUA_1));
      if (c[0].equals("archival")) {
        System.out.println(c[0] + " A2: " + VeraPdf.validate(out.toByteArray(), PDFAFlavour.PDFA_2_A));
        System.out.println(c[0] + " A2u: " + VeraPdf.validate(out.toByteArray(), PDFAFlavour.PDFA_2_U));
      }
    }
  }
}
