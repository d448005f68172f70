package org.evidencekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.InputException;
import org.evidencekit.model.InputProblem;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;
import org.evidencekit.schema.ResponseSchemas;
import org.evidencekit.schema.SchemaProblem;
import org.evidencekit.schema.SchemaValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Validates a response file against its questionnaire. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a response (JSON) against its questionnaire and print every problem.",
      "Problems are printed one a line: those against the questionnaire first, then those the questionnaire's"
          + " response schema (see 'schema') finds at other places, marked 'schema'.",
      "Exit 0 valid (warnings allowed), 1 invalid, 2 unusable input (missing file, malformed JSON)."
    })
final class ValidateCommand extends Cmd {
  @Parameters(index = "0", paramLabel = "FILE.json", description = "The response to check.")
  Path file;

  @Option(
      names = "--definition",
      paramLabel = "FILE",
      description = "The questionnaire definition to check against (JSON, or YAML if its name ends in yaml or"
          + " yml), instead of the bundled questionnaire the response names.")
  Path definition;

  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    List<String> lines = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    Response response;
    try {
      response = EvidenceJson.standard().readResponse(file);
    } catch (InputException e) {
      Optional<Response> partial = e.partial(Response.class);
      if (e.isUnreadable() || partial.isEmpty()) {
        for (InputProblem p : e.problems()) {
          (e.isUnreadable() ? err : out).println((e.isUnreadable() ? "" : "error ") + p);
        }
        return e.isUnreadable() ? Exit.UNUSABLE : Exit.INVALID;
      }
      e.problems().forEach(p -> {
        lines.add("error " + p);
        p.pointer().ifPresent(reported::add);
      });
      response = partial.get();
    }
    Questionnaire q = definition != null
        ? EvidenceJson.standard().readQuestionnaire(definition)
        : QuestionnaireChoice.bundled(response.questionnaire().id());
    ValidationReport report = ResponseValidator.standard().validate(q, response);
    for (Problem p : report.problems()) {
      lines.add(p.toLine());
      if (p.isError()) {
        reported.add(p.pointer());
      }
    }
    // The response schema too, as any other system would check the file: its problems at places
    // core-model has said nothing about, each once, marked "schema".
    try {
      for (SchemaProblem p : SchemaValidator.of(ResponseSchemas.standard().schemaFor(q)).validate(file)) {
        if (reported.add(p.pointer())) {
          lines.add("error schema " + p.toLine());
        }
      }
    } catch (EvidenceKitException e) {
      err.println("evidencekit: the response schema cannot be used: " + e.getMessage());
    }
    lines.forEach(out::println);
    boolean valid = report.isValid() && lines.stream().noneMatch(l -> l.startsWith("error "));
    long errors = lines.stream().filter(l -> l.startsWith("error ")).count();
    err.println(file + ": " + (valid ? "valid" : "invalid, " + errors + (errors == 1 ? " error" : " errors"))
        + (report.warnings().isEmpty() ? "" : ", " + report.warnings().size() + " warning" + (report.warnings().size() == 1 ? "" : "s"))
        + " (" + q.id() + " version " + q.version() + ")");
    return valid ? Exit.OK : Exit.INVALID;
  }
}
