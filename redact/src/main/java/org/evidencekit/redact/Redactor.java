package org.evidencekit.redact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evidencekit.anonymise.PiiDetector;
import java.util.ArrayList;
import org.evidencekit.redact.internal.Decisions;
import org.evidencekit.redact.internal.DocxCheck;
import org.evidencekit.redact.internal.DocxRedactor;
import org.evidencekit.redact.internal.Finder;
import org.evidencekit.redact.internal.Outcome;
import org.evidencekit.redact.internal.PdfCheck;
import org.evidencekit.redact.internal.PdfRedactor;
import org.evidencekit.redact.internal.Protection;
import org.evidencekit.redact.internal.Tally;
import org.evidencekit.redact.internal.Unusable;

/**
 * Redacts the Word and PDF documents people send in. Bytes in, bytes out:
 *
 * <ul>
 *   <li>{@link #review} gives a copy with every proposed redaction highlighted and labelled with
 *       its type, for a person to check; their decisions come back as a {@link ReviewList};
 *   <li>{@link #redact} applies the redactions: in a DOCX the details are replaced in place by
 *       their type ({@code [NAME]}), in a PDF their glyphs are removed from the content streams and
 *       a black box drawn where they were; hidden data is removed (comments, tracked changes,
 *       hidden text, properties, custom XML, thumbnails; metadata, annotations, form fields,
 *       attachments, JavaScript, earlier revisions). Before it returns, the output is read back
 *       independently and any leftover throws {@link SelfCheckException}.
 * </ul>
 *
 * <p>Personal details are found with the anonymiser's {@link PiiDetector}; every other mention
 * of a value it finds is redacted too, and so are the names of the document's authors. Built
 * once with {@link #builder()}; immutable and thread-safe.
 */
public final class Redactor {
  private final Finder finder;

  private Redactor(Builder b) {
    this.finder = new Finder(b.detector);
  }

  /** A redactor with the standard detector. */
  public static Redactor standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The document's type from its first bytes, if it is one the redactor takes. */
  public static Optional<DocumentType> typeOf(byte[] document) {
    Objects.requireNonNull(document, "document");
    if (document.length >= 5 && document[0] == '%' && document[1] == 'P' && document[2] == 'D'
        && document[3] == 'F' && document[4] == '-') {
      return Optional.of(DocumentType.PDF);
    }
    for (int i = 0; i < Math.min(1024, document.length - 4); i++) {
      if (document[i] == '%' && document[i + 1] == 'P' && document[i + 2] == 'D' && document[i + 3] == 'F') {
        return Optional.of(DocumentType.PDF);
      }
    }
    if (document.length >= 4 && document[0] == 'P' && document[1] == 'K' && document[2] == 3 && document[3] == 4) {
      return Optional.of(DocumentType.DOCX);
    }
    if (Protection.isEncryptedOffice(document)) {
      return Optional.of(DocumentType.DOCX);
    }
    return Optional.empty();
  }

  /** Applies the redactions, with no decisions of a person's. */
  public RedactedDocument redact(byte[] document) {
    return redact(document, ReviewList.none(), null);
  }

  /** Applies the redactions, with a person's decisions. */
  public RedactedDocument redact(byte[] document, ReviewList decisions) {
    return redact(document, decisions, null);
  }

  /**
   * Applies the redactions. {@code password} (may be null) opens an encrypted document and then
   * protects the output with the same password; the self-check runs before the protection.
   */
  public RedactedDocument redact(byte[] document, ReviewList decisions, char[] password) {
    return run(document, decisions, password, false);
  }

  /** A review copy: every proposed redaction highlighted and labelled, nothing removed. */
  public RedactedDocument review(byte[] document, ReviewList decisions) {
    return review(document, decisions, null);
  }

  /** A review copy of a document that may be encrypted ({@code password} may be null). */
  public RedactedDocument review(byte[] document, ReviewList decisions, char[] password) {
    return run(document, decisions, password, true);
  }

  private RedactedDocument run(byte[] document, ReviewList decisions, char[] password, boolean review) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(decisions, "decisions");
    try {
      return apply(document, decisions(decisions), password, review);
    } catch (Unusable e) {
      throw new RedactionException(e.getMessage());
    }
  }

  private static Decisions decisions(ReviewList l) {
    List<Decisions.Area> keep = new ArrayList<>();
    l.keepAreas().forEach(a -> keep.add(new Decisions.Area(a.page(), a.x(), a.y(), a.width(), a.height())));
    List<Decisions.Area> add = new ArrayList<>();
    l.addAreas().forEach(a -> add.add(new Decisions.Area(a.page(), a.x(), a.y(), a.width(), a.height())));
    return new Decisions(l.keep(), l.add(), keep, add);
  }

  private static List<Finding> findings(List<Tally.Entry> entries) {
    List<Finding> out = new ArrayList<>();
    entries.forEach(e -> out.add(new Finding(e.what(), e.where(), e.count())));
    return out;
  }

  private RedactedDocument apply(byte[] document, Decisions decisions, char[] password, boolean review) {
    DocumentType type = typeOf(document).orElseThrow(
        () -> new RedactionException("not a Word (DOCX) or PDF document"));
    Outcome outcome;
    if (type == DocumentType.DOCX) {
      byte[] plain = Protection.isEncryptedOffice(document) ? Protection.decryptDocx(document, password) : document;
      outcome = new DocxRedactor(finder).run(plain, decisions, review);
      if (!review) {
        List<String> left = DocxCheck.leftovers(outcome.bytes(), outcome.values(), outcome.keep());
        if (!left.isEmpty()) {
          throw new SelfCheckException(left);
        }
      }
    } else {
      outcome = new PdfRedactor(finder).run(document, password, decisions, review);
      if (!review) {
        List<String> left = PdfCheck.leftovers(outcome.bytes(), outcome.values(), outcome.keep());
        if (!left.isEmpty()) {
          throw new SelfCheckException(left);
        }
      }
    }
    byte[] bytes = outcome.bytes();
    if (password != null && password.length > 0) {
      bytes = type == DocumentType.DOCX ? Protection.encryptDocx(bytes, password) : Protection.encryptPdf(bytes, password);
    }
    Tally t = outcome.tally();
    RedactionReport report = new RedactionReport(type, findings(t.removed()), findings(t.notChecked()), findings(t.needsPerson()));
    return new RedactedDocument(type, bytes, report, review);
  }

  /** Configures a {@link Redactor}. */
  public static final class Builder {
    private PiiDetector detector = PiiDetector.standard();

    private Builder() {}

    /** The detector that finds personal details (default: {@link PiiDetector#standard()}). */
    public Builder detector(PiiDetector detector) {
      this.detector = Objects.requireNonNull(detector, "detector");
      return this;
    }

    public Redactor build() {
      return new Redactor(this);
    }
  }
}
