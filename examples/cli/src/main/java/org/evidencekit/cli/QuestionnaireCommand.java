package org.evidencekit.cli;

import java.io.PrintWriter;
import java.util.TreeSet;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.Questionnaires;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints a questionnaire's definition, or lists the bundled ones. */
@Command(
    name = "questionnaire",
    mixinStandardHelpOptions = true,
    description = "Print a questionnaire's definition as JSON (default: the 2012 call for evidence).")
final class QuestionnaireCommand extends Cmd {
  @Mixin QuestionnaireChoice choice;

  @Option(names = "--list", description = "List the bundled questionnaires: id, version and title.")
  boolean list;

  @Option(names = "--yaml", description = "Print YAML instead of JSON.")
  boolean yaml;

  @Override
  public Integer call() {
    PrintWriter out = out();
    if (list) {
      for (String id : new TreeSet<>(Questionnaires.ids())) {
        Questionnaire q = Questionnaires.byId(id).orElseThrow();
        out.println(q.id() + "\t" + q.version() + "\t" + q.title());
      }
      return Exit.OK;
    }
    Questionnaire q = choice.resolve();
    out.println(EvidenceJson.standard().write(q, yaml ? Format.YAML : Format.JSON).stripTrailing());
    return Exit.OK;
  }
}
