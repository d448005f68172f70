package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.model.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The html format as a plug-in: what it says of itself, discovery, recognition, what it refuses. */
class HtmlFormatTest {
  private static final Questionnaire Q = Fixtures.kinds();
  private final HtmlFormat format = HtmlFormat.standard();

  @Test
  void itSaysWhatItIs() {
    assertEquals("html", format.id());
    assertEquals("text/html", format.mediaType());
    assertEquals(List.of("html", "htm"), format.fileExtensions());
    assertEquals(Set.of(Layout.FORM, Layout.PRINTED, Layout.ANSWERS_ONLY), format.layouts());
    assertEquals(Layout.FORM, format.defaultResponseLayout(), "a response is a filled form, which reads back");
    assertTrue(format.capabilities().isEmpty());
    assertTrue(format.reader().isPresent());
  }

  @Test
  void discoveryFindsItAndFileNamesNameIt() {
    FormatRegistry formats = FormatRegistry.discover();
    assertEquals(List.of("html"), formats.ids());
    assertTrue(formats.require("html") instanceof HtmlFormat);
    assertEquals("html", formats.byFileName(Path.of("form.HTML")).orElseThrow().id());
    assertEquals("html", formats.byFileName(Path.of("dir", "form.htm")).orElseThrow().id());
  }

  @Test
  void itRecognisesItsOwnPagesAndNoOtherHtml() throws Exception {
    Response r = ExampleResponses.random(Q, 9);
    for (Layout layout : Layout.values()) {
      byte[] page = Pages.render(Q, Optional.of(r), layout);
      assertTrue(format.recognises(head(page)), layout.id());
    }
    Questionnaire q2012 = Questionnaires.callForEvidence2012();
    assertTrue(format.recognises(head(Pages.filled(q2012, Questionnaires.exampleResponse(q2012.id())))));
    assertTrue(format.recognises(bytes("\uFEFF \n<!doctype HTML>\n<html><head><meta name=\"evidencekit-questionnaire\" content=\"x\">")));
    assertFalse(format.recognises(bytes("<!DOCTYPE html><html><head><title>Another page</title>")));
    assertFalse(format.recognises(bytes("<html><head><meta name=\"evidencekit-questionnaire\" content=\"x\">")), "no doctype");
    assertFalse(format.recognises(bytes("<!DOCTYPE htmlx><meta name=\"evidencekit-questionnaire\" content=\"x\">")));
    assertFalse(format.recognises(bytes("%PDF-1.7")));
    assertFalse(format.recognises(new byte[0]));
  }

  @Test
  void whatAPageCannotBeIsRefusedBeforeAnythingIsWritten() {
    try (Password p = Password.of("secret".toCharArray())) {
      for (RenderOptions options : List.of(RenderOptions.builder().password(p).build(),
          RenderOptions.builder().archival(true).build(), RenderOptions.builder().restrictEditing(true).build())) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceKitException e = assertThrows(EvidenceKitException.class,
            () -> format.renderer().render(Q, Optional.empty(), options, out));
        assertTrue(e.getMessage().startsWith("An HTML page cannot"), e.getMessage());
        assertEquals(0, out.size());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(EvidenceKitException.class,
        () -> format.renderer().render(Q, Optional.empty(), RenderOptions.of(Layout.PRINTED), out));
    Response other = ExampleResponses.random(Questionnaires.referralScreening(), 1);
    DocumentException e = assertThrows(DocumentException.class,
        () -> format.renderer().render(Q, Optional.of(other), RenderOptions.defaults(), out));
    assertEquals(DocumentException.Reason.OTHER_QUESTIONNAIRE, e.reason());
    assertEquals(0, out.size());
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response r = Questionnaires.exampleResponse(q.id());
    for (Layout layout : Layout.values()) {
      assertArrayEquals(Pages.render(q, Optional.of(r), layout), Pages.render(q, Optional.of(r), layout), layout.id());
    }
    assertArrayEquals(Pages.blank(q), Pages.blank(Questionnaires.callForEvidence2012()));
  }

  @Test
  void aPageIsUtf8WithItsLanguage() {
    Questionnaire q = Questionnaires.callForEvidence2012();
    String page = new String(Pages.blank(q), StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"evidencekit-questionnaire\" content=\"occ-csegg-call-for-evidence-2012\">"), page.substring(0, 200));
  }

  private static byte[] head(byte[] page) {
    return Arrays.copyOf(page, Math.min(page.length, FormatRegistry.HEAD_BYTES));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
