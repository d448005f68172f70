package org.evidencekit.cli;

import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.ExampleResponses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints a complete, valid, invented response. */
@Command(
    name = "example-response",
    mixinStandardHelpOptions = true,
    description = {
      "Print a complete, valid, invented response to a questionnaire as JSON.",
      "The bundled questionnaires have a hand-written example; others get a generated one."
    })
final class ExampleResponseCommand extends Cmd {
  @Mixin QuestionnaireChoice choice;

  @Option(names = "--seed", paramLabel = "N", description = "Print a different valid response for each seed instead.")
  Long seed;

  @Override
  public Integer call() {
    Questionnaire q = choice.resolve();
    out().println(EvidenceJson.standard().write(
        seed != null ? ExampleResponses.random(q, seed) : Examples.complete(q)).stripTrailing());
    return Exit.OK;
  }
}
