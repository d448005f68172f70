package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;

/** Rendering for the tests, and the real PDF clients (poppler, qpdf) they open documents in. */
final class Pdfs {
  static final PdfRenderer RENDERER = PdfRenderer.standard();

  private Pdfs() {}

  static byte[] render(Questionnaire q, Optional<Response> r, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      RENDERER.render(q, r, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] blank(Questionnaire q) {
    return render(q, Optional.empty(), RenderOptions.defaults());
  }

  static byte[] render(Questionnaire q, Response r, Layout layout) {
    return render(q, Optional.of(r), RenderOptions.of(layout));
  }

  /** The output of a command-line tool given the PDF as its file argument (before {@code after}). */
  static String tool(byte[] pdf, List<String> before, List<String> after) {
    return new String(toolBytes(pdf, before, after), StandardCharsets.UTF_8);
  }

  /** The raw output of a command-line tool given the PDF as its file argument. */
  static byte[] toolBytes(byte[] pdf, List<String> before, List<String> after) {
    try {
      Path file = Files.createTempFile("evidencekit-test-", ".pdf");
      try {
        Files.write(file, pdf);
        List<String> command = new ArrayList<>(before);
        command.add(file.toString());
        command.addAll(after);
        Process p;
        try {
          p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
          throw new AssertionError(
              command.get(0) + " is not installed: install poppler-utils and qpdf"
                  + " (apt-get install poppler-utils qpdf; ./run-tests does it)", missing);
        }
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command.get(0) + " did not finish");
        assertEquals(0, p.exitValue(),
            command.get(0) + " failed: " + new String(output, StandardCharsets.UTF_8));
        return output;
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String pdftotext(byte[] pdf) {
    return tool(pdf, List.of("pdftotext", "-enc", "UTF-8"), List.of("-"));
  }

  /** pdftotext's text keeping the physical layout: a printed number stays on its question's line. */
  static String pdftotextLayout(byte[] pdf) {
    return tool(pdf, List.of("pdftotext", "-layout", "-enc", "UTF-8"), List.of("-"));
  }

  static String pdfinfo(byte[] pdf) {
    return tool(pdf, List.of("pdfinfo"), List.of());
  }

  static String qpdfCheck(byte[] pdf) {
    return tool(pdf, List.of("qpdf", "--check"), List.of());
  }

  /** The text with all white space removed, so that line breaks cannot hide a match. */
  static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }
}
