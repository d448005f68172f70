package org.evidencekit.render.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.RenderOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Rendering and reading pages in tests. */
final class Pages {
  private Pages() {}

  static byte[] render(Questionnaire q, Optional<Response> response, Layout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      HtmlRenderer.standard().render(q, response, RenderOptions.of(layout), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] blank(Questionnaire q) {
    return render(q, Optional.empty(), Layout.FORM);
  }

  static byte[] filled(Questionnaire q, Response r) {
    return render(q, Optional.of(r), Layout.FORM);
  }

  /** The page as a browser would see it. */
  static Document parse(byte[] page) {
    return Jsoup.parse(new String(page, StandardCharsets.UTF_8));
  }

  static Response read(Questionnaire q, byte[] page) {
    try {
      return HtmlReader.standard().read(q, new ByteArrayInputStream(page), ReadOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
