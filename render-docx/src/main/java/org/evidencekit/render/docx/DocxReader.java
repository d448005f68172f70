package org.evidencekit.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.spi.DocumentReader;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.ReadResult;
import org.evidencekit.render.docx.internal.BlankModels;
import org.evidencekit.render.docx.internal.FormReading;
import org.evidencekit.render.docx.internal.PackageReader;
import org.evidencekit.render.docx.internal.Parts;
import org.evidencekit.render.docx.internal.SlotTable;
import org.evidencekit.render.docx.internal.ByQuestionnaire;

/**
 * Reads a Word form made by {@link DocxRenderer}, filled in and saved by Word or LibreOffice, back
 * into a {@link Response}: answers, respondent, consent and oral evidence from the form's
 * controls, and the response's id, date and attachments from the record a filled document keeps.
 * Validate what it returns: a form can be filled in wrongly.
 *
 * <p>Every document is untrusted: it is read in one pass, in memory bounded by {@link
 * ReadOptions#maxBytes()}, refusing zip bombs, oversized parts, DTDs and external entities with a
 * {@link DocumentException} ({@link Reason#UNSAFE}). Thread-safe.
 */
public final class DocxReader implements DocumentReader {
  private final BlankModels blanks = new BlankModels();
  /** The slot tables of the last few questionnaires read (a table is immutable: readers share it). */
  private final ByQuestionnaire<SlotTable> tables = new ByQuestionnaire<>(8);

  private DocxReader(Builder b) {}

  /** A reader with the default settings. */
  public static DocxReader standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public QuestionnaireRef identify(InputStream document, ReadOptions options) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(options, "options");
    return identify(PackageReader.read(document, options, null));
  }

  private static QuestionnaireRef identify(PackageReader.Contents contents) {
    if (!contents.hasDocument()) {
      throw new DocumentException(
          Reason.MALFORMED,
          "The document has no main part (word/document.xml, or content.xml for OpenDocument): it is not a"
              + " Word or OpenDocument text");
    }
    Map<String, String> p = contents.properties();
    Optional<String> id = Optional.ofNullable(p.get(Parts.PROPERTY_QUESTIONNAIRE));
    Optional<String> version = Optional.ofNullable(p.get(Parts.PROPERTY_VERSION));
    if (id.isEmpty() || version.isEmpty()) {
      Optional<QuestionnaireRef> fromRecord = contents.record().flatMap(FormReading::questionnaireOf);
      if (fromRecord.isPresent()) {
        return fromRecord.get();
      }
      throw new DocumentException(
          Reason.NOT_OUR_FORM,
          "The document is a " + (contents.isOdt() ? "OpenDocument text" : "Word document")
              + " but not a form made by EvidenceKit: it names no questionnaire");
    }
    String format = p.get(Parts.PROPERTY_FORMAT);
    if (format != null && !Parts.FORMAT.equals(format.trim())) {
      throw new DocumentException(
          Reason.NOT_OUR_FORM,
          "The form was made by a later version of EvidenceKit (form format " + printable(format)
              + "): read it with that version");
    }
    return QuestionnaireRef.of(id.get().trim(), version.get().trim());
  }

  private static String printable(String s) {
    String t = s.length() > 20 ? s.substring(0, 20) : s;
    return t.replaceAll("[^A-Za-z0-9._-]", "?");
  }

  @Override
  public Response read(Questionnaire questionnaire, InputStream document, ReadOptions options)
      throws IOException {
    return readWithWarnings(questionnaire, document, options).response();
  }

  /**
   * The response, and a warning naming the questions whose answers were read from the document's
   * visible layout (their fields were gone: LibreOffice removes a field whose whole content a
   * respondent replaces) and one if the response record the document carried was damaged.
   */
  @Override
  public ReadResult readWithWarnings(Questionnaire questionnaire, InputStream document, ReadOptions options)
      throws IOException {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(options, "options");
    SlotTable table = tables.get(questionnaire, () -> SlotTable.of(questionnaire));
    PackageReader.Contents contents = PackageReader.read(document, options, table);
    QuestionnaireRef found = identify(contents);
    QuestionnaireRef wanted = QuestionnaireRef.of(questionnaire);
    if (!found.equals(wanted)) {
      throw new DocumentException(
          Reason.OTHER_QUESTIONNAIRE,
          "The document is a form of questionnaire '" + printable(found.id()) + "' version '"
              + printable(found.version()) + "', not of '" + wanted.id() + "' version '" + wanted.version()
              + "'");
    }
    FormReading.Outcome outcome = FormReading.read(table, contents, blanks);
    return ReadResult.builder()
        .response(FormReading.response(questionnaire, outcome.answers(), contents.record().orElse(null)))
        .addAllWarnings(outcome.warnings())
        .build();
  }

  /** Builds a {@link DocxReader}. */
  public static final class Builder {
    private Builder() {}

    public DocxReader build() {
      return new DocxReader(this);
    }
  }
}
