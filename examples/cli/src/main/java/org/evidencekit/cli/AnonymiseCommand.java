package org.evidencekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.evidencekit.anonymise.ReportEntry;
import org.evidencekit.anonymise.response.AnonymisedResponse;
import org.evidencekit.anonymise.response.FieldReport;
import org.evidencekit.anonymise.response.NotForPublicationException;
import org.evidencekit.anonymise.response.ResponseAnonymiser;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints the publishable form of a response: its respondent's consent applied. */
@Command(
    name = "anonymise",
    mixinStandardHelpOptions = true,
    description = {
      "Print the publishable form of a response (JSON), with its respondent's consent applied.",
      "Anonymised: the respondent, and anything that names them, is removed. Attributed: the respondent is"
          + " kept, and other people's details are removed. In confidence: refused. Initials and dates of birth"
          + " are never published.",
      "The response is checked against its questionnaire first, as 'validate' does: the bundled one it"
          + " names, or your own with --definition.",
      "Exit 0 done, 1 the response is invalid or given in confidence, 2 unusable input."
    })
final class AnonymiseCommand extends Cmd {
  @Parameters(index = "0", paramLabel = "FILE.json", description = "The response.")
  Path file;

  @Option(names = "--definition", paramLabel = "FILE",
      description = "Your own questionnaire definition (JSON or YAML), if the response answers it rather than a"
          + " bundled one.")
  Path definition;

  @Option(names = "--report",
      description = "Also print, on standard error, every span removed: its type, place, rule and score, never"
          + " its text.")
  boolean report;

  @Option(names = "--publish-in-confidence", description = "Produce it even for a response given in confidence.")
  boolean publishInConfidence;

  @Option(names = "--allow-invalid", description = "Produce it even if the response has errors.")
  boolean allowInvalid;

  @Override
  public Integer call() {
    Response response = EvidenceJson.standard().readResponse(file);
    Questionnaire q = QuestionnaireChoice.forResponse(definition, response);
    ValidationReport validation = ResponseValidator.standard().validate(q, response);
    if (!validation.isValid() && !allowInvalid) {
      for (Problem p : validation.problems()) {
        err().println(p.toLine());
      }
      err().println(file + ": invalid, not anonymised (use --allow-invalid to anonymise it anyway)");
      return Exit.INVALID;
    }
    AnonymisedResponse anonymised = ResponseAnonymiser.builder()
        .publishInConfidence(publishInConfidence).build().anonymise(response);
    if (report) {
      printReport(anonymised, err());
    }
    try {
      out().println(EvidenceJson.standard().write(anonymised.forPublication()).stripTrailing());
      return Exit.OK;
    } catch (NotForPublicationException e) {
      err().println(file + ": given in confidence: not for publication (use --publish-in-confidence to produce it anyway)");
      return Exit.INVALID;
    }
  }

  static void printReport(AnonymisedResponse anonymised, PrintWriter to) {
    to.println("consent applied: " + anonymised.appliedConsent().id()
        + (anonymised.publishable() ? "" : " (not for publication)"));
    for (FieldReport field : anonymised.report()) {
      to.println(field.pointer() + ": " + field.action().name().toLowerCase(Locale.ROOT));
      for (ReportEntry e : field.spans()) {
        to.println("  " + e.type() + " " + e.start() + "-" + e.end() + " " + e.rule()
            + String.format(Locale.ROOT, " %.2f ", e.score()) + e.action());
      }
    }
  }
}
