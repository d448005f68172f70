package org.evidencekit.model.spi;

import java.io.IOException;
import java.io.InputStream;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;

/**
 * Reads a filled form of one {@link DocumentFormat} back into a {@link Response}.
 * Implementations are thread-safe and treat every document as untrusted: a malformed, oversized
 * or hostile document is a {@link DocumentException}, read in bounded memory.
 */
public interface DocumentReader {
  /**
   * Which questionnaire and version the document is a form of.
   *
   * @throws DocumentException if it is not one of our forms, or cannot be opened
   */
  QuestionnaireRef identify(InputStream document, ReadOptions options) throws IOException;

  /**
   * The response the form holds. Validate it with {@link
   * org.evidencekit.model.validation.ResponseValidator}: a form can be filled in wrongly.
   *
   * @throws DocumentException if it is not one of our forms, is a form of another questionnaire
   *     or version, is protected by a password not given or not right, or cannot be read safely
   */
  Response read(Questionnaire questionnaire, InputStream document, ReadOptions options)
      throws IOException;

  /**
   * The response the form holds, with the reader's warnings about how it was read. Formats whose
   * reader has nothing to warn about return {@link #read}'s response with no warnings.
   *
   * @throws DocumentException as {@link #read} does
   */
  default ReadResult readWithWarnings(Questionnaire questionnaire, InputStream document, ReadOptions options)
      throws IOException {
    return ReadResult.of(read(questionnaire, document, options));
  }
}
