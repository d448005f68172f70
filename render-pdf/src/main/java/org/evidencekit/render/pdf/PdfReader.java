package org.evidencekit.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.spi.DocumentReader;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.render.pdf.internal.FormReading;
import org.evidencekit.render.pdf.internal.SafeLoad;

/**
 * Reads a filled PDF form made by {@link PdfRenderer} back into a {@link Response}: the values of
 * its fields (filled in any PDF viewer), the questionnaire and version it names, and the
 * response's id, date and attachments when the form was rendered with them.
 *
 * <p>Every document is untrusted: it is read up to {@link ReadOptions#maxBytes()}, compression
 * bombs are refused before they are expanded, and nesting, field counts and values are bounded. A
 * document that cannot be read is a {@link DocumentException} saying why (damaged, not one of our
 * forms, a form of another questionnaire or version, a password missing or wrong, unsafe); its
 * message never holds the document's text or the password. Validate what is read with {@link
 * org.evidencekit.model.validation.ResponseValidator}: a form can be filled in wrongly. Thread-safe.
 */
public final class PdfReader implements DocumentReader {

  private PdfReader(Builder b) {}

  public static Builder builder() {
    return new Builder();
  }

  /** A reader with the default settings. */
  public static PdfReader standard() {
    return builder().build();
  }

  @Override
  public QuestionnaireRef identify(InputStream document, ReadOptions options) throws IOException {
    return withDocument(document, options, FormReading::identify);
  }

  @Override
  public Response read(Questionnaire questionnaire, InputStream document, ReadOptions options)
      throws IOException {
    Objects.requireNonNull(questionnaire, "questionnaire");
    return withDocument(document, options, reading -> reading.read(questionnaire));
  }

  private static <T> T withDocument(InputStream document, ReadOptions options, Function<FormReading, T> work)
      throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(options, "options");
    byte[] bytes = SafeLoad.readBounded(document, options.maxBytes());
    return SafeLoad.read(bytes, options, doc -> work.apply(new FormReading(doc)));
  }

  /** Configures a {@link PdfReader}. */
  public static final class Builder {
    private Builder() {}

    public PdfReader build() {
      return new PdfReader(this);
    }
  }
}
