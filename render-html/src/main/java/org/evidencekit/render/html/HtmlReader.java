package org.evidencekit.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Function;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.spi.DocumentReader;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.render.html.internal.FormReading;

/**
 * Reads a filled HTML form made by {@link HtmlRenderer} back into a {@link Response}: the values
 * of its controls (a text box's {@code value}, a text area's content, which boxes and buttons are
 * {@code checked}), the questionnaire and version it names, and the response's id, date and
 * attachments when the form was rendered with them. Controls are found by their names, so a page
 * that a web form has changed or filled is read too, as long as the names are kept.
 *
 * <p>Every page is untrusted: it is read up to the smaller of {@link ReadOptions#maxBytes()} and
 * {@link Builder#maxBytes(long)}, a page with too many tags or nested too deeply is refused, it
 * is parsed as HTML (no external entities, nothing fetched). A page that cannot be read is a
 * {@link DocumentException} saying why (not one of our forms, a form of another questionnaire or
 * version, a printed response rather than a form, unsafe); its message never holds the page's
 * text. A password in the options is not needed, and ignored: an HTML page is not encrypted.
 * Validate what is read with {@link org.evidencekit.model.validation.ResponseValidator}: a form
 * can be filled in wrongly. Thread-safe.
 */
public final class HtmlReader implements DocumentReader {
  private final long maxBytes;

  private HtmlReader(Builder b) {
    this.maxBytes = b.maxBytes;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A reader with the default settings. */
  public static HtmlReader standard() {
    return builder().build();
  }

  @Override
  public QuestionnaireRef identify(InputStream document, ReadOptions options) throws IOException {
    return withPage(document, options, FormReading::identify);
  }

  @Override
  public Response read(Questionnaire questionnaire, InputStream document, ReadOptions options)
      throws IOException {
    Objects.requireNonNull(questionnaire, "questionnaire");
    return withPage(document, options, page -> page.read(questionnaire));
  }

  private <T> T withPage(InputStream document, ReadOptions options, Function<FormReading, T> work)
      throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(options, "options");
    FormReading page = FormReading.read(document, Math.min(maxBytes, options.maxBytes()));
    try {
      return work.apply(page);
    } catch (DocumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DocumentException(
          DocumentException.Reason.MALFORMED, "The HTML page is damaged and cannot be read", e);
    }
  }

  /** Configures an {@link HtmlReader}. */
  public static final class Builder {
    private long maxBytes = 16L * 1024 * 1024;

    private Builder() {}

    /**
     * The largest page read, in bytes (default 16 MiB; a filled form of the 2012 questionnaire
     * with every answer as long as allowed is under 2 MiB). {@link ReadOptions#maxBytes()} lowers
     * it further.
     */
    public Builder maxBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBytes must be 1 or more");
      }
      this.maxBytes = bytes;
      return this;
    }

    public HtmlReader build() {
      return new HtmlReader(this);
    }
  }
}
