package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.junit.jupiter.api.Test;

/** Same input, same bytes: no dates, no random ids, fixed zip entry times, whichever renderer. */
class SameBytesTest {
  private final Questionnaire q = Fixtures.everyKind();
  private final Response r = ExampleResponses.random(q, 42);

  private static byte[] render(DocxRenderer renderer, Questionnaire q, Response r, Layout layout) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(q, Optional.ofNullable(r), RenderOptions.of(layout), out);
    return out.toByteArray();
  }

  @Test
  void renderingTwiceGivesTheSameBytesForEveryLayout() throws IOException {
    for (Layout layout : Layout.values()) {
      byte[] first = render(DocxRenderer.standard(), q, r, layout);
      byte[] again = render(DocxRenderer.standard(), q, r, layout);
      byte[] sameRenderer = render(Docs.RENDERER, q, r, layout);
      assertArrayEquals(first, again, layout.toString());
      assertArrayEquals(first, sameRenderer, layout.toString());
    }
    assertArrayEquals(render(DocxRenderer.standard(), q, null, Layout.FORM), Docs.blank(q));
  }

  @Test
  void anEqualQuestionnaireThatIsAnotherInstanceGivesTheSameBytes() throws IOException {
    Questionnaire copy = Fixtures.everyKindVersion2();
    Questionnaire copyAgain = Fixtures.everyKindVersion2();
    assertArrayEquals(render(Docs.RENDERER, copy, null, Layout.FORM), render(Docs.RENDERER, copyAgain, null, Layout.FORM));
  }

  @Test
  void everyEntryIsDatedTheFirstOfJanuary1980() throws IOException {
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(Docs.filled(q, r)))) {
      int n = 0;
      for (ZipEntry e; (e = in.getNextEntry()) != null; n++) {
        assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
        assertEquals(null, e.getExtra(), e.getName());
      }
      assertEquals(14, n); // header and footer included
    }
    String core = Packages.part(Docs.filled(q, r), "docProps/core.xml");
    assertFalse(core.contains("dcterms:created") || core.contains("dcterms:modified"), "no dates");
  }

  @Test
  void differentResponsesGiveDifferentDocuments() {
    Response other = ExampleResponses.random(q, 43);
    assertFalse(Arrays.equals(Docs.filled(q, r), Docs.filled(q, other)));
  }

  @Test
  void anyCompressionLevelReadsBack() throws IOException {
    for (int level : new int[] {1, 9}) {
      DocxRenderer renderer = DocxRenderer.builder().compressionLevel(level).build();
      assertEquals(r, Docs.read(q, render(renderer, q, r, Layout.FORM)));
    }
  }
}
