package org.evidencekit.intake.records;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;

/**
 * What intake found in one file: its path (as found under the folders given), size and SHA-256,
 * its {@link ReturnStatus}, the format it was read as ("json", or a document format's id; empty
 * when none), the questionnaire it answers when known, every problem, the response when one was
 * read, and for a valid response its anonymised form (consent applied) and whether that may be
 * published. A duplicate names the file that is kept.
 *
 * <p>Immutable. {@link #toString()} names the file and status only, never what a respondent wrote.
 */
public record ReturnRecord(
    String path,
    long size,
    String sha256,
    ReturnStatus status,
    String format,
    Optional<QuestionnaireRef> questionnaire,
    List<ReturnProblem> problems,
    Optional<Response> response,
    Optional<Response> anonymised,
    boolean publishable,
    Optional<String> duplicateOf) {

  public ReturnRecord {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(questionnaire, "questionnaire");
    problems = List.copyOf(problems);
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(anonymised, "anonymised");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }

  /**
   * The reference a return is known by in what analysts read: "R-" and the first ten hex digits
   * of its SHA-256, upper case ("R-3F9A2C1B07"). It names the content, never the respondent.
   */
  public String reference() {
    return "R-" + sha256.substring(0, Math.min(10, sha256.length())).toUpperCase(Locale.ROOT);
  }

  /** The same record marked a duplicate of the file kept, with a note saying why. */
  public ReturnRecord asDuplicateOf(String kept, String why) {
    List<ReturnProblem> p = new java.util.ArrayList<>(problems);
    p.add(0, ReturnProblem.note(why));
    return new ReturnRecord(path, size, sha256, ReturnStatus.DUPLICATE, format, questionnaire, p, response,
        anonymised, publishable, Optional.of(kept));
  }

  /** The same record found under another path (the same bytes, read before). */
  public ReturnRecord at(String otherPath) {
    return new ReturnRecord(otherPath, size, sha256, status, format, questionnaire, problems, response, anonymised,
        publishable, duplicateOf);
  }

  @Override
  public String toString() {
    return "ReturnRecord[" + path + ", " + status.id() + ", " + problems.size() + " problems]";
  }
}
