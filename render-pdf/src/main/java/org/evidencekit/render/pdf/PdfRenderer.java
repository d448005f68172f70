package org.evidencekit.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.spi.DocumentRenderer;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.render.pdf.internal.Assembler;
import org.evidencekit.render.pdf.internal.Composition;
import org.evidencekit.render.pdf.internal.DocumentMeta;
import org.evidencekit.render.pdf.internal.FieldValues;
import org.evidencekit.render.pdf.internal.Layouter;
import org.evidencekit.render.pdf.internal.Prepared;

/**
 * Renders a questionnaire as an accessible PDF (PDF/UA-1, tagged; PDF/A-2a as well when {@link
 * RenderOptions#archival()}):
 *
 * <ul>
 *   <li>{@link Layout#FORM}: the whole document as a fillable form (AcroForm check boxes, text
 *       and multi-line fields, each with an accessible name made of its printed number and
 *       text), blank, or filled with a response and still editable;
 *   <li>{@link Layout#PRINTED}: the whole document with the response's answers drawn as text;
 *   <li>{@link Layout#ANSWERS_ONLY}: the questions answered and their answers.
 * </ul>
 *
 * <p>Fonts (Liberation Sans, SIL Open Font License) ship with the library and are embedded; the
 * fields' font is embedded whole, so a respondent can type any character it has (Welsh ŵ and ŷ
 * among them). A form names its questionnaire and version in its metadata, so that {@link
 * PdfReader} can read it back.
 *
 * <p>Same input, same bytes: the document id is a digest of the input, and its date is the one
 * set on the builder, else the response's date, else none. An encrypted document differs each
 * time (its keys are random). Each questionnaire is laid out once and the layout reused, so filling
 * many responses of one questionnaire is fast. Thread-safe.
 */
public final class PdfRenderer implements DocumentRenderer {
  private final Optional<ZonedDateTime> date;
  private final Prepared.Cache cache;

  private PdfRenderer(Builder b) {
    this.date = b.date;
    this.cache = new Prepared.Cache(b.cacheSize);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A renderer with the default settings. */
  public static PdfRenderer standard() {
    return builder().build();
  }

  @Override
  public void render(
      Questionnaire questionnaire, Optional<Response> response, RenderOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    check(questionnaire, response, options);

    Prepared prepared = cache.get(questionnaire);
    Composition composition;
    Map<String, Object> values = Map.of();
    Optional<Layouter.RecordPage> recordPage = Optional.empty();
    switch (options.layout()) {
      case FORM:
        // a response with a record beyond its answers gets a form that shows the record on a last
        // page (issue 10): laid out alone and written into the form made once when it fits a page
        if (response.filter(Layouter::hasRecord).isPresent()) {
          int pages = prepared.recordForm().pageCount();
          recordPage = Layouter.recordPage(questionnaire, prepared.fonts(), response.get(), pages);
          composition = recordPage.isPresent()
              ? prepared.recordForm()
              : Layouter.composeForm(questionnaire, prepared.fonts(), response.get());
        } else {
          composition = prepared.form();
        }
        if (response.isPresent()) {
          values = FieldValues.of(questionnaire, Responses.answersOf(questionnaire, response.get()));
        }
        break;
      case PRINTED:
        composition =
            Layouter.compose(questionnaire, prepared.fonts(), Layouter.Mode.PRINTED, response,
                response.map(r -> options.withheldIn(questionnaire, r)).orElse(options.withheld()));
        break;
      case ANSWERS_ONLY:
        composition =
            Layouter.compose(questionnaire, prepared.fonts(), Layouter.Mode.ANSWERS_ONLY, response,
                response.map(r -> options.withheldIn(questionnaire, r)).orElse(options.withheld()));
        break;
      default:
        throw new AssertionError(options.layout());
    }
    Optional<String> json = response.map(r -> EvidenceJson.standard().write(r));
    DocumentMeta meta =
        new DocumentMeta(
            questionnaire.title(),
            questionnaire.language(),
            questionnaire.id(),
            questionnaire.version(),
            options.layout().id(),
            options.archival(),
            documentDate(response),
            documentId(prepared, options, json),
            response.flatMap(PdfRenderer::record));
    Assembler.Protection protection =
        new Assembler.Protection(options.password(), options.restrictEditing());
    if (protection.any() && recordPage.isPresent()) {
      // encrypted: PDFBox writes it, from the whole layout
      Assembler.write(Layouter.composeForm(questionnaire, prepared.fonts(), response.get()), values, meta,
          protection, out);
    } else if (protection.any()) {
      Assembler.write(composition, values, meta, protection, out);
    } else if (recordPage.isPresent()) {
      prepared.fastRecordForm(options.archival()).write(values, meta, recordPage, out);
    } else if (options.layout() == Layout.FORM && composition == prepared.form()) {
      prepared.fastForm(options.archival()).write(values, meta, out);
    } else {
      Assembler.write(composition, values, meta, protection, out);
    }
  }

  private static void check(Questionnaire q, Optional<Response> response, RenderOptions options) {
    options.checkFor(q, response);
    if (options.archival() && options.password().isPresent()) {
      throw new EvidenceKitException(
          "An archival PDF (PDF/A) cannot be encrypted: leave out the password, or ask for a"
              + " non-archival PDF");
    }
    if (options.archival() && options.restrictEditing()) {
      throw new EvidenceKitException(
          "An archival PDF (PDF/A) cannot restrict editing, which needs encryption: leave out one"
              + " of the two");
    }
  }



  private Optional<ZonedDateTime> documentDate(Optional<Response> response) {
    if (date.isPresent()) {
      return date;
    }
    return response
        .flatMap(Response::submitted)
        .map(d -> d.atStartOfDay(ZoneOffset.UTC));
  }

  /** The response's own record beyond its answers (id, date, attachments), as JSON. */
  private static Optional<String> record(Response r) {
    if (!Layouter.hasRecord(r)) {
      return Optional.empty();
    }
    Response.Builder b = Response.builder().questionnaire(r.questionnaire()).addAllAttachments(r.attachments());
    r.id().ifPresent(b::id);
    r.submitted().ifPresent(b::submitted);
    return Optional.of(EvidenceJson.standard().write(b.build()));
  }

  private static byte[] documentId(Prepared prepared, RenderOptions options, Optional<String> responseJson) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update("evidencekit-pdf/1".getBytes(StandardCharsets.US_ASCII));
      md.update(prepared.digest());
      md.update((options.layout().id() + "|" + options.archival() + "|").getBytes(StandardCharsets.US_ASCII));
      responseJson.ifPresent(j -> md.update(j.getBytes(StandardCharsets.UTF_8)));
      return Arrays.copyOf(md.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Configures a {@link PdfRenderer}. */
  public static final class Builder {
    private Optional<ZonedDateTime> date = Optional.empty();
    private int cacheSize = 8;

    private Builder() {}

    /**
     * The creation and modification date written into every document (default: the response's
     * date at midnight UTC, and none for a blank form), so that output stays reproducible.
     */
    public Builder documentDate(ZonedDateTime date) {
      this.date = Optional.of(date);
      return this;
    }

    /** How many questionnaires' layouts are kept for reuse (default 8). */
    public Builder cacheSize(int questionnaires) {
      if (questionnaires < 1) {
        throw new IllegalArgumentException("cacheSize must be 1 or more");
      }
      this.cacheSize = questionnaires;
      return this;
    }

    public PdfRenderer build() {
      return new PdfRenderer(this);
    }
  }
}
