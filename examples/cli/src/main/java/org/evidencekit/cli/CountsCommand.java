package org.evidencekit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencekit.anonymise.counts.DisclosureControl;
import org.evidencekit.anonymise.response.CountReport;
import org.evidencekit.anonymise.response.CountedResponses;
import org.evidencekit.anonymise.response.ResponseCounts;
import org.evidencekit.intake.Intake;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Response;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.validation.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Counts across responses, safe to publish: small numbers suppressed, totals that would give them away too. */
@Command(
    name = "counts",
    mixinStandardHelpOptions = true,
    description = {
      "Count the respondents choosing each option of a choice question, or cross-tabulate two, and print"
          + " the table safe to publish.",
      "Only valid responses to the questionnaire (and version) are counted; the notes under the table say how"
          + " many were counted and how many were left out and why, and standard error names each one left out."
          + " Every count and every total counts respondents, each once.",
      "Counts from 1 to N-1 (N is --threshold) are shown as 'fewer than N', and further counts are withheld so"
          + " that none of them can be worked out from the totals. The table is tab-separated text; the notes"
          + " follow it after a blank line.",
      "Exit 0 done, 2 unusable input (no response could be counted, an unknown question)."
    })
final class CountsCommand extends Cmd {
  @Mixin QuestionnaireChoice choice;

  @Option(names = "--question", required = true, paramLabel = "ID",
      description = "The choice question counted: its id, such as specialist-groups.")
  String question;

  @Option(names = "--by", paramLabel = "ID", description = "A second choice question: cross-tabulate the two.")
  String by;

  @Option(names = "--threshold", paramLabel = "N", defaultValue = "5",
      description = "Counts from 1 to N-1 are withheld (default: ${DEFAULT-VALUE}); N is 2 or more.")
  int threshold;

  @Option(names = "--round-to", paramLabel = "BASE", description = "Round the counts shown to this base, such as 5.")
  Integer roundTo;

  @Option(names = "--responses", arity = "1..*", paramLabel = "FILE",
      description = "The responses (JSON), one file each.")
  List<Path> files;

  @Option(names = "--intake", paramLabel = "OUT",
      description = "Instead of --responses: the valid returns kept by an intake run into OUT (its returns.jsonl),"
          + " the same returns its summary counts.")
  Path intake;

  @Override
  public Integer call() {
    if (threshold < 2) {
      throw new ParameterException(spec.commandLine(), "--threshold is 2 or more: counts from 1 to N-1 are"
          + " withheld, so " + threshold + " would withhold nothing");
    }
    if (roundTo != null && roundTo < 0) {
      throw new ParameterException(spec.commandLine(), "--round-to is a base of 1 or more, such as 5");
    }
    if ((files == null) == (intake == null)) {
      throw new ParameterException(spec.commandLine(), "give the responses either with --responses FILE... or"
          + " with --intake OUT, one of the two");
    }
    Questionnaire q = choice.resolve();
    CountedResponses responses = files != null ? CountedResponses.read(q, files) : fromIntake(q);
    for (CountedResponses.LeftOut l : responses.leftOut()) {
      err().println("evidencekit: " + l);
    }
    if (responses.counted().isEmpty()) {
      throw new EvidenceKitException(nothingCounted(q, responses));
    }
    DisclosureControl.Builder control = DisclosureControl.builder().threshold(threshold);
    if (roundTo != null) {
      control.roundTo(roundTo);
    }
    CountReport report = ResponseCounts.report(responses, question, Optional.ofNullable(by), control.build());
    out().print(report.toText());
    out().flush();
    return Exit.OK;
  }

  /**
   * The valid returns an intake run kept (duplicates, invalid and unreadable files are named on
   * standard error as left out), counted by the same code as intake's summary.
   */
  private CountedResponses fromIntake(Questionnaire q) {
    List<Response> kept = new java.util.ArrayList<>();
    List<ReturnRecord> records;
    try {
      records = Intake.records(intake.resolve("returns.jsonl"));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new EvidenceKitException(intake + ": no returns.jsonl here: give the OUT folder of an intake run");
    } catch (java.io.IOException e) {
      throw new EvidenceKitException(intake.resolve("returns.jsonl") + ": cannot be read");
    }
    for (ReturnRecord r : records) {
      if (r.status() == ReturnStatus.READ_VALID && r.response().isPresent()) {
        kept.add(r.response().get());
      } else {
        err().println("evidencekit: " + r.path() + ": left out by intake, " + r.status().id());
      }
    }
    return CountedResponses.of(q, kept);
  }

  /** Why there is no table: every response was left out, and what to do about it. */
  private static String nothingCounted(Questionnaire q, CountedResponses responses) {
    String what = "no response can be counted: " + responses.summary();
    if (responses.leftOut(CountedResponses.Reason.OTHER_QUESTIONNAIRE) > 0) {
      String others = responses.otherQuestionnaires().stream()
          .map(CountsCommand::describe)
          .collect(Collectors.joining(", "));
      return what + " The responses answer " + others + ", not '" + q.id() + "' version " + q.version()
          + ": give that questionnaire's id, or its definition with --definition FILE.";
    }
    return what + " See 'evidencekit validate FILE' for what is wrong with each.";
  }

  private static String describe(QuestionnaireRef ref) {
    return (Messages.isQuotable(ref.id()) ? "'" + ref.id() + "'" : "another questionnaire")
        + (Messages.isQuotable(ref.version()) ? " version " + ref.version() : "");
  }
}
