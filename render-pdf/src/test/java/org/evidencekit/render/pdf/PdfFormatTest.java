package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.DocumentFormat.Capability;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.junit.jupiter.api.Test;

/** The PDF format as a plug-in: what it says of itself, how it is found and recognised. */
class PdfFormatTest {
  private final PdfFormat format = PdfFormat.standard();

  @Test
  void saysWhatItIsAndWhatItCanDo() {
    assertEquals("pdf", format.id());
    assertEquals("application/pdf", format.mediaType());
    assertEquals("pdf", format.fileExtension());
    assertEquals(EnumSet.allOf(Layout.class), format.layouts());
    assertEquals(Layout.PRINTED, format.defaultResponseLayout());
    assertEquals(EnumSet.allOf(Capability.class), format.capabilities());
    assertTrue(format.renderer() instanceof PdfRenderer);
    assertTrue(format.reader().orElseThrow() instanceof PdfReader);
  }

  @Test
  void isDiscoveredThroughItsServiceFile() {
    FormatRegistry found = FormatRegistry.discover();
    assertTrue(found.ids().contains("pdf"), found.ids().toString());
    assertSame(PdfFormat.class, found.require("pdf").getClass());
  }

  @Test
  void recognisesItsDocuments() {
    FormatRegistry registry = FormatRegistry.builder().add(format).build();
    byte[] blank = Pdfs.render(Questionnaires.referralScreening(), Optional.empty(), RenderOptions.defaults());
    assertSame(format, registry.recognise(blank).orElseThrow());
    assertFalse(format.recognises("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)));
    assertFalse(format.recognises("%PD".getBytes(StandardCharsets.ISO_8859_1)));
    assertSame(format, registry.byFileName(Path.of("out/response.pdf")).orElseThrow());
    assertTrue(registry.byFileName(Path.of("out/response.docx")).isEmpty());
  }

  @Test
  void aFormatOfItsOwnRendererUsesIt() {
    PdfRenderer renderer = PdfRenderer.builder().cacheSize(1).build();
    assertSame(renderer, PdfFormat.of(renderer).renderer());
  }
}
