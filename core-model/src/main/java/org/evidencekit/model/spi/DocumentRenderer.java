package org.evidencekit.model.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;

/**
 * Renders a questionnaire, blank or with a response, as a document of one {@link DocumentFormat}
 * (Word, PDF), which says what the format is called and what it can do. Implementations are
 * configured once with a builder, thread-safe, and render the same input to the same bytes.
 */
public interface DocumentRenderer {
  /**
   * Writes the document to {@code out} (which is not closed). Without a response the layout must
   * be {@link Layout#FORM}: a blank form.
   *
   * @throws EvidenceKitException if the options cannot be honoured (a response for another
   *     questionnaire, PDF/A with a password) — before anything is written
   */
  void render(
      Questionnaire questionnaire,
      Optional<Response> response,
      RenderOptions options,
      OutputStream out)
      throws IOException;
}
