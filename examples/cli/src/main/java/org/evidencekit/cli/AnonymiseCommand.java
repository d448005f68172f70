package org.evidencekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.evidencekit.anonymise.ReportEntry;
import org.evidencekit.anonymise.response.AnonymisedResponse;
import org.evidencekit.anonymise.response.FieldReport;
import org.evidencekit.anonymise.response.NotForPublicationException;
import org.evidencekit.anonymise.response.ResponseAnonymiser;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints the publishable form of a response: its respondent's consent applied. */
@Command(
    name = "anonymise",
    mixinStandardHelpOptions = true,
    description = {
      "Print the publishable response: the respondent's consent applied (anonymised: respondent and",
      "anything naming them removed; attributed: respondent kept, other people's details removed;",
      "in confidence: refused). Initials and dates of birth are never published.",
      "Exit 0 done, 1 the response is in confidence, 2 unusable input."
    })
final class AnonymiseCommand extends Cmd {
  @Parameters(index = "0", paramLabel = "FILE.json", description = "The response.")
  Path file;

  @Option(names = "--report", description = "Also print, on standard error, every span removed (type, place, rule, score; never the text).")
  boolean report;

  @Option(names = "--publish-in-confidence", description = "Produce it even for a response given in confidence.")
  boolean publishInConfidence;

  @Override
  public Integer call() {
    Response response = EvidenceJson.standard().readResponse(file);
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
