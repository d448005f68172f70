package org.evidencekit.schema;

import java.util.List;
import java.util.stream.Collectors;
import org.evidencekit.model.InputException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;

/** The two verdicts on a response's JSON text: core-model's (reading, then validation) and the schema's. */
final class Verdicts {
  private static final ResponseValidator CORE = ResponseValidator.standard();

  private Verdicts() {}

  /** core-model's verdict: "valid", or "invalid" with its errors. Warnings leave a response valid. */
  static String core(Questionnaire q, String json) {
    Response r;
    try {
      r = EvidenceJson.standard().readResponse(json);
    } catch (InputException e) {
      return "invalid (unreadable): " + e.getMessage();
    }
    ValidationReport report = CORE.validate(q, r);
    if (report.isValid()) {
      return "valid";
    }
    return "invalid: " + report.problems().stream().filter(Problem::isError).map(Problem::toLine)
        .collect(Collectors.joining(" | "));
  }

  /** The schema's verdict: "valid", or "invalid" with its problems. */
  static String schema(SchemaValidator validator, String json) {
    List<SchemaProblem> problems;
    try {
      problems = validator.validate(json);
    } catch (UnreadableDocumentException e) {
      return "invalid (unreadable): " + e.getMessage();
    }
    if (problems.isEmpty()) {
      return "valid";
    }
    return "invalid: " + problems.stream().map(p -> p.toLine() + " [" + p.schemaPath() + "]")
        .collect(Collectors.joining(" | "));
  }

  static boolean isValid(String verdict) {
    return verdict.equals("valid");
  }

  /** Null if the two agree; otherwise a report of the case, for the failure message. */
  static String disagreement(Questionnaire q, SchemaValidator validator, String what, String json) {
    String core = core(q, json);
    String schema = schema(validator, json);
    if (isValid(core) == isValid(schema)) {
      return null;
    }
    return "core-model and the schema disagree on " + what + " (questionnaire " + q.id() + " " + q.version() + ")\n"
        + "  core-model: " + core + "\n"
        + "  schema:     " + schema + "\n"
        + "  response:   " + json;
  }
}
