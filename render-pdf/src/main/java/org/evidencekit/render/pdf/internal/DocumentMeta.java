package org.evidencekit.render.pdf.internal;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What a document says about itself: title, language, the questionnaire it is a form of, its
 * layout, whether it is archival (PDF/A), its date and id (fixed by its input, so that the same
 * input gives the same bytes), and the response's own record (id, date, attachments) as JSON.
 */
public final class DocumentMeta {
  static final String PRODUCER = "EvidenceKit with Apache PDFBox";
  static final String CREATOR = "EvidenceKit";
  static final String PDFA_CONFORMANCE = "A";

  /** Keys of the document information dictionary that EvidenceKit writes and reads. */
  public static final String KEY_QUESTIONNAIRE = "EvidenceKitQuestionnaire";

  public static final String KEY_VERSION = "EvidenceKitQuestionnaireVersion";
  public static final String KEY_LAYOUT = "EvidenceKitLayout";
  public static final String KEY_RESPONSE = "EvidenceKitResponse";

  final String title;
  final String language;
  final String questionnaireId;
  final String questionnaireVersion;
  final String layout;
  final boolean archival;
  final Optional<ZonedDateTime> date;
  final byte[] documentId;
  final Optional<String> responseRecord;

  public DocumentMeta(
      String title,
      String language,
      String questionnaireId,
      String questionnaireVersion,
      String layout,
      boolean archival,
      Optional<ZonedDateTime> date,
      byte[] documentId,
      Optional<String> responseRecord) {
    this.title = title;
    this.language = language;
    this.questionnaireId = questionnaireId;
    this.questionnaireVersion = questionnaireVersion;
    this.layout = layout;
    this.archival = archival;
    this.date = date.map(d -> d.withZoneSameInstant(ZoneOffset.UTC).withNano(0));
    this.documentId = documentId.clone();
    this.responseRecord = responseRecord;
  }

  Optional<String> xmpDate() {
    return date.map(d -> d.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")) + "+00:00");
  }

  Optional<String> pdfDate() {
    return date.map(d -> "D:" + d.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "+00'00'");
  }
}
