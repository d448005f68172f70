package org.evidencekit.intake.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evidencekit.anonymise.response.AnonymisedResponse;
import org.evidencekit.anonymise.response.ResponseAnonymiser;
import org.evidencekit.intake.records.ReturnProblem;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.InputException;
import org.evidencekit.model.InputProblem;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.DocumentReader;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.validation.Messages;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;

/**
 * The per-return step: one file's path and bytes to its {@link ReturnRecord}, depending on
 * nothing else (no file system, no clock, no shared state), so it can run anywhere, in any order,
 * on any number of threads. Thread-safe.
 */
public final class Examiner {
  /** The extensions read; every other file is accounted for as unreadable. */
  public static final List<String> EXTENSIONS = List.of("docx", "odt", "pdf", "json");

  private final Questionnaire questionnaire;
  private final QuestionnaireRef ref;
  private final FormatRegistry formats;
  private final Optional<Password> password;
  private final long maxBytes;
  private final ResponseAnonymiser anonymiser;
  private final EvidenceJson json = EvidenceJson.standard();
  private final ResponseValidator validator = ResponseValidator.standard();

  public Examiner(Questionnaire questionnaire, FormatRegistry formats, Optional<Password> password, long maxBytes,
      ResponseAnonymiser anonymiser) {
    this.questionnaire = questionnaire;
    this.ref = QuestionnaireRef.of(questionnaire);
    this.formats = formats;
    this.password = password;
    this.maxBytes = maxBytes;
    this.anonymiser = anonymiser;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The record of a file too large to read, made without reading it. */
  public ReturnRecord tooLarge(String path, long size, String sha256) {
    return failed(path, size, sha256, ReturnStatus.UNREADABLE, "", Optional.empty(),
        "larger than " + (maxBytes >> 20) + " MiB, the most a return may be: not read");
  }

  /** Examines one file. */
  public ReturnRecord examine(String path, byte[] bytes) {
    String sha = sha256(bytes);
    long size = bytes.length;
    if (size > maxBytes) {
      return tooLarge(path, size, sha);
    }
    String ext = extension(path);
    if (!EXTENSIONS.contains(ext)) {
      return failed(path, size, sha, ReturnStatus.UNREADABLE, "", Optional.empty(),
          "not a return: only .docx, .odt, .pdf and .json files are read");
    }
    try {
      if (ext.equals("json")) {
        return fromJson(path, bytes, sha);
      }
      return fromDocument(path, bytes, sha);
    } catch (DocumentException e) {
      ReturnStatus status = switch (e.reason()) {
        case PASSWORD_REQUIRED, WRONG_PASSWORD -> ReturnStatus.PROTECTED;
        case OTHER_QUESTIONNAIRE -> ReturnStatus.OTHER_QUESTIONNAIRE;
        default -> ReturnStatus.UNREADABLE;
      };
      String why = switch (e.reason()) {
        case PASSWORD_REQUIRED -> "protected by a password, and none was given (--password-file)";
        case WRONG_PASSWORD -> "protected by a password, and the password given does not open it";
        default -> e.getMessage();
      };
      return failed(path, size, sha, status, formatOf(bytes), Optional.empty(), why);
    } catch (EvidenceKitException e) {
      return failed(path, size, sha, ReturnStatus.UNREADABLE, formatOf(bytes), Optional.empty(), e.getMessage());
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A library's own message may quote the document: name the kind of failure only.
      return failed(path, size, sha, ReturnStatus.UNREADABLE, formatOf(bytes), Optional.empty(),
          "damaged: it could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private ReturnRecord fromJson(String path, byte[] bytes, String sha) {
    Response r;
    try {
      r = json.readResponse(bytes, fileName(path));
    } catch (InputException e) {
      List<ReturnProblem> problems = new ArrayList<>();
      for (InputProblem p : e.problems()) {
        problems.add(new ReturnProblem("error", p.pointer().orElse(""), "", p.toString()));
      }
      ReturnStatus status = e.isUnreadable() ? ReturnStatus.UNREADABLE : ReturnStatus.READ_INVALID;
      return new ReturnRecord(path, bytes.length, sha, status, "json", Optional.empty(), problems, Optional.empty(),
          Optional.empty(), false, Optional.empty());
    }
    return judged(path, bytes.length, sha, "json", r);
  }

  private ReturnRecord fromDocument(String path, byte[] bytes, String sha) throws IOException {
    Optional<DocumentFormat> format = formats.recognise(bytes).filter(f -> f.reader().isPresent());
    if (format.isEmpty()) {
      return failed(path, bytes.length, sha, ReturnStatus.UNREADABLE, "", Optional.empty(),
          "not a document of a format that can be read back (" + readable() + ")");
    }
    DocumentReader reader = format.get().reader().orElseThrow();
    ReadOptions options = ReadOptions.builder().password(password).maxBytes(maxBytes).build();
    Response r;
    try {
      // Read straight away (a form of another questionnaire is refused by the reader): asking
      // which questionnaire it is first would open every document twice.
      r = reader.read(questionnaire, new ByteArrayInputStream(bytes), options);
    } catch (DocumentException e) {
      if (e.reason() != DocumentException.Reason.OTHER_QUESTIONNAIRE) {
        throw e;
      }
      QuestionnaireRef found = reader.identify(new ByteArrayInputStream(bytes), options);
      return failed(path, bytes.length, sha, ReturnStatus.OTHER_QUESTIONNAIRE, format.get().id(), Optional.of(found),
          otherQuestionnaire(found));
    }
    return judged(path, bytes.length, sha, format.get().id(), r);
  }

  private ReturnRecord judged(String path, long size, String sha, String format, Response r) {
    if (!r.questionnaire().equals(ref)) {
      return failed(path, size, sha, ReturnStatus.OTHER_QUESTIONNAIRE, format, Optional.of(r.questionnaire()),
          otherQuestionnaire(r.questionnaire()));
    }
    ValidationReport report = validator.validate(questionnaire, r);
    List<ReturnProblem> problems = new ArrayList<>();
    for (Problem p : report.problems()) {
      problems.add(new ReturnProblem(p.severity().id(), p.pointer(), p.printedNumber().orElse(""), p.message()));
    }
    if (!report.isValid()) {
      return new ReturnRecord(path, size, sha, ReturnStatus.READ_INVALID, format, Optional.of(ref), problems,
          Optional.of(r), Optional.empty(), false, Optional.empty());
    }
    AnonymisedResponse a = anonymiser.anonymise(r);
    return new ReturnRecord(path, size, sha, ReturnStatus.READ_VALID, format, Optional.of(ref), problems,
        Optional.of(r), Optional.of(a.response()), a.publishable(), Optional.empty());
  }

  private String otherQuestionnaire(QuestionnaireRef found) {
    String which = Messages.isQuotable(found.id()) ? "'" + found.id() + "'" : "another questionnaire";
    String version = Messages.isQuotable(found.version()) ? " version " + found.version() : "";
    return "a return for " + which + version + ", not '" + ref.id() + "' version " + ref.version();
  }

  private String readable() {
    List<String> ids = new ArrayList<>();
    for (DocumentFormat f : formats.all()) {
      if (f.reader().isPresent()) {
        ids.add(f.id());
      }
    }
    return ids.isEmpty() ? "none is installed" : String.join(", ", ids);
  }

  private String formatOf(byte[] bytes) {
    return formats.recognise(bytes).map(DocumentFormat::id).orElse("");
  }

  private static ReturnRecord failed(String path, long size, String sha, ReturnStatus status, String format,
      Optional<QuestionnaireRef> q, String message) {
    return new ReturnRecord(path, size, sha, status, format, q, List.of(ReturnProblem.ofFile(message)),
        Optional.empty(), Optional.empty(), false, Optional.empty());
  }

  static String extension(String path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
