package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.DocumentFormat.Capability;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.junit.jupiter.api.Test;

/** The Word format as a plug-in: what it says of itself, how it is found and recognised. */
class DocxFormatTest {
  private final DocxFormat format = DocxFormat.standard();

  @Test
  void saysWhatItIsAndWhatItCanDo() {
    assertEquals("docx", format.id());
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", format.mediaType());
    assertEquals("docx", format.fileExtension());
    assertEquals(EnumSet.allOf(Layout.class), format.layouts());
    assertEquals(Layout.FORM, format.defaultResponseLayout());
    assertEquals(Set.of(Capability.PASSWORD, Capability.RESTRICT_EDITING), format.capabilities());
    assertFalse(format.supports(Capability.ARCHIVAL));
    assertTrue(format.renderer() instanceof DocxRenderer);
    assertTrue(format.reader().orElseThrow() instanceof DocxReader);
  }

  @Test
  void isDiscoveredThroughItsServiceFile() {
    FormatRegistry found = FormatRegistry.discover();
    assertTrue(found.ids().contains("docx"), found.ids().toString());
    assertSame(DocxFormat.class, found.require("docx").getClass());
  }

  @Test
  void recognisesItsDocumentsPlainAndEncrypted() {
    Questionnaire q = Fixtures.everyKind();
    FormatRegistry registry = FormatRegistry.builder().add(format).build();
    assertTrue(format.recognises(Docs.blank(q)));
    try (Password password = Password.of("correct horse".toCharArray())) {
      byte[] encrypted = Docs.render(q, null, RenderOptions.builder().password(password).build());
      assertSame(format, registry.recognise(encrypted).orElseThrow());
    }
    assertFalse(format.recognises("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(format.recognises(new byte[0]));
    assertSame(format, registry.byFileName(Path.of("form.DOCX")).orElseThrow());
  }

  @Test
  void aFormatOfItsOwnRendererUsesIt() {
    DocxRenderer renderer = DocxRenderer.builder().compressionLevel(1).build();
    DocumentFormat custom = DocxFormat.of(renderer);
    assertSame(renderer, custom.renderer());
    assertEquals("docx", custom.id());
  }
}
