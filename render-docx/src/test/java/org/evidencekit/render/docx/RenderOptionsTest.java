package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.junit.jupiter.api.Test;

/** What the renderer refuses, before writing anything, and that one renderer serves many threads. */
class RenderOptionsTest {
  private final Questionnaire q = Fixtures.everyKind();

  @Test
  void aPrintedOrAnswersOnlyDocumentNeedsAResponse() {
    for (Layout layout : List.of(Layout.PRINTED, Layout.ANSWERS_ONLY)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      EvidenceKitException e =
          assertThrows(
              EvidenceKitException.class,
              () -> Docs.RENDERER.render(q, Optional.empty(), RenderOptions.of(layout), out));
      assertEquals(0, out.size(), "nothing written");
      assertEquals(true, e.getMessage().contains("shows a response's answers: give a response"), e.getMessage());
    }
  }

  @Test
  void aResponseToAnotherQuestionnaireOrVersionIsRefused() {
    Response other = ExampleResponses.random(Fixtures.everyKindVersion2(), 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> Docs.RENDERER.render(q, Optional.of(other), RenderOptions.defaults(), out));
    assertEquals(DocumentException.Reason.OTHER_QUESTIONNAIRE, e.reason());
    assertEquals(0, out.size());
  }

  @Test
  void anArchivalDocumentIsAPdfMatter() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(
        EvidenceKitException.class,
        () -> Docs.RENDERER.render(q, Optional.empty(), RenderOptions.builder().archival(true).build(), out));
    assertEquals(0, out.size());
  }

  @Test
  void badBuilderSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> DocxRenderer.builder().compressionLevel(0));
    assertThrows(IllegalArgumentException.class, () -> DocxRenderer.builder().compressionLevel(10));
    assertThrows(IllegalArgumentException.class, () -> DocxRenderer.builder().cacheSize(0));
  }

  @Test
  void oneRendererServesManyThreadsWithTheSameBytes() throws Exception {
    DocxRenderer shared = DocxRenderer.builder().cacheSize(1).build();
    List<Questionnaire> questionnaires = new ArrayList<>(List.of(q, Fixtures.unbound()));
    questionnaires.addAll(Fixtures.bundled());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      List<byte[]> expected = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Questionnaire qi = questionnaires.get(i % questionnaires.size());
        Response r = ExampleResponses.random(qi, i);
        Layout layout = Layout.values()[i % 3];
        expected.add(Docs.render(qi, r, layout));
        futures.add(
            pool.submit(
                () -> {
                  ByteArrayOutputStream out = new ByteArrayOutputStream();
                  shared.render(qi, Optional.of(r), RenderOptions.of(layout), out);
                  return out.toByteArray();
                }));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertArrayEquals(expected.get(i), futures.get(i).get(), "render " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
