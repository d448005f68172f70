package org.evidencekit.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.validation.Messages;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which questionnaire a command works on: a bundled one by id (default: the 2012 call for
 * evidence), or a partner organisation's own definition file with {@code --definition}.
 */
final class QuestionnaireChoice {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ID",
      description = "A bundled questionnaire's id (default: the 2012 call for evidence); 'questionnaire --list'"
          + " lists them.",
      defaultValue = Questionnaires.CALL_FOR_EVIDENCE_2012)
  String id;

  @Option(
      names = "--definition",
      paramLabel = "FILE",
      description = "Your own questionnaire definition (JSON, or YAML if its name ends in yaml or yml),"
          + " instead of a bundled one.")
  Path definition;

  /** The questionnaire chosen; a clear error if the id is unknown or the file is wrong. */
  Questionnaire resolve() {
    if (definition != null) {
      return EvidenceJson.standard().readQuestionnaire(definition);
    }
    return bundled(id);
  }

  /**
   * The questionnaire of a response: the --definition given, else the bundled one the response
   * names (a clear error, pointing to --definition, if it names none that is bundled).
   */
  static Questionnaire forResponse(Path definition, Response response) {
    if (definition != null) {
      return EvidenceJson.standard().readQuestionnaire(definition);
    }
    return bundled(response.questionnaire().id());
  }

  static Questionnaire bundled(String id) {
    Optional<Questionnaire> q = Questionnaires.byId(id);
    if (q.isEmpty()) {
      throw new EvidenceKitException(
          "there is no bundled questionnaire " + (Messages.isQuotable(id) ? "'" + id + "'" : "with that id")
              + ": the bundled ones are "
              + String.join(", ", new TreeSet<>(Questionnaires.ids()))
              + "; for your own, use --definition FILE");
    }
    return q.get();
  }
}
