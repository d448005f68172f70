package org.evidencekit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evidencekit.anonymise.counts.CountTable;
import org.evidencekit.anonymise.counts.DisclosureControl;
import org.evidencekit.anonymise.response.ResponseCounts;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Counts across responses, safe to publish: small numbers suppressed, totals that would give them away too. */
@Command(
    name = "counts",
    mixinStandardHelpOptions = true,
    description = {
      "Count the responses choosing each option of a choice question (or cross-tabulate two) and print",
      "the table safe to publish, as tab-separated text: counts from 1 to threshold-1 shown as \"fewer than N\",",
      "and further cells suppressed so that no suppressed count can be worked out from the totals."
    })
final class CountsCommand extends Cmd {
  @Mixin QuestionnaireChoice choice;

  @Option(names = "--question", required = true, paramLabel = "ID", description = "The choice question counted.")
  String question;

  @Option(names = "--by", paramLabel = "ID", description = "A second choice question: cross-tabulate the two.")
  String by;

  @Option(names = "--threshold", paramLabel = "N", defaultValue = "5",
      description = "Counts below N (and above 0) are suppressed (default: ${DEFAULT-VALUE}).")
  int threshold;

  @Option(names = "--round-to", paramLabel = "BASE", description = "Round published counts to this base, such as 5.")
  Integer roundTo;

  @Option(names = "--responses", arity = "1..*", required = true, paramLabel = "FILE.json", description = "The responses.")
  List<Path> files;

  @Override
  public Integer call() {
    Questionnaire q = choice.resolve();
    List<Response> responses = new ArrayList<>();
    for (Path f : files) {
      responses.add(EvidenceJson.standard().readResponse(f));
    }
    CountTable table = by == null
        ? ResponseCounts.optionCounts(q, responses, question)
        : ResponseCounts.crossTab(q, responses, question, by);
    DisclosureControl.Builder control = DisclosureControl.builder().threshold(threshold);
    if (roundTo != null) {
      control.roundTo(roundTo);
    }
    out().print(control.build().publish(table).toTsv());
    out().flush();
    return Exit.OK;
  }
}
