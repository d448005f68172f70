package org.evidencekit.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.spi.DocumentRenderer;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.render.docx.internal.DocumentMaker;
import org.evidencekit.render.docx.internal.ByQuestionnaire;
import org.evidencekit.render.docx.internal.Prepared;

/**
 * Renders a questionnaire as a Word document (.docx): the blank fillable form, a filled form, a
 * printed (locked) response or the answers only; optionally encrypted with a password (ECMA-376
 * Agile encryption, AES-256, SHA-512) and restricted to filling in forms. See the {@linkplain
 * org.evidencekit.render.docx package} for what the document holds.
 *
 * <p>Configured once with {@link #builder()}, thread-safe. It keeps the last few questionnaires it
 * rendered, each compiled once, so rendering many responses to one questionnaire is fast.
 */
public final class DocxRenderer implements DocumentRenderer {
  private final ByQuestionnaire<Prepared> cache;
  private final int compressionLevel;

  private DocxRenderer(Builder b) {
    this.cache = new ByQuestionnaire<>(b.cacheSize);
    this.compressionLevel = b.compressionLevel;
  }

  /** A renderer with the default settings. */
  public static DocxRenderer standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the document to {@code out} (not closed).
   *
   * @throws EvidenceKitException before anything is written if the response answers another
   *     questionnaire or version, a printed or answers-only document is asked for without a
   *     response, or an archival (PDF/A) document is asked for
   */
  @Override
  public void render(
      Questionnaire questionnaire, Optional<Response> response, RenderOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    if (options.archival()) {
      throw new EvidenceKitException(
          "An archival document (PDF/A) is a PDF: render it with the PDF renderer, or leave archival off for Word");
    }
    options.checkFor(questionnaire, response);
    DocumentMaker.make(
        cache.get(questionnaire, () -> new Prepared(questionnaire, compressionLevel)),
        response,
        options.layout(),
        options.restrictEditing(),
        options.password(),
        response.map(r -> options.withheldIn(questionnaire, r)).orElse(java.util.Set.of()),
        out);
  }

  /** Builds a {@link DocxRenderer}. */
  public static final class Builder {
    private int compressionLevel = 6;
    private int cacheSize = 8;

    private Builder() {}

    /**
     * How hard to compress the document's parts, 1 (fastest) to 9 (smallest); 6 by default, as
     * Word does.
     */
    public Builder compressionLevel(int level) {
      if (level < Deflater.BEST_SPEED || level > Deflater.BEST_COMPRESSION) {
        throw new IllegalArgumentException("compressionLevel is 1 to 9, not " + level);
      }
      this.compressionLevel = level;
      return this;
    }

    /** How many questionnaires to keep compiled (8 by default). */
    public Builder cacheSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("cacheSize is 1 or more, not " + size);
      }
      this.cacheSize = size;
      return this;
    }

    public DocxRenderer build() {
      return new DocxRenderer(this);
    }
  }
}
