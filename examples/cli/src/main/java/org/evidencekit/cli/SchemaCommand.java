package org.evidencekit.cli;

import org.evidencekit.model.Questionnaire;
import org.evidencekit.schema.DefinitionSchema;
import org.evidencekit.schema.JsonSchema;
import org.evidencekit.schema.ResponseSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the JSON Schema of a questionnaire's responses, or of the definition format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema of a questionnaire's responses, or of definitions.",
      "The schema (JSON Schema 2020-12) of the responses to a questionnaire (default: the 2012 call for"
          + " evidence) is generated from its definition; with --definitions, the schema of the definition format"
          + " itself is printed.",
      "Any JSON Schema 2020-12 validator can use it: it accepts exactly the responses 'validate' accepts,"
          + " but cannot check that attachments' names differ from one another."
    })
final class SchemaCommand extends Cmd {
  @Mixin QuestionnaireChoice choice;

  @Option(names = "--definitions", description = "Print the schema of questionnaire definitions instead.")
  boolean definitions;

  @Override
  public Integer call() {
    if (definitions) {
      if (choice.definition != null || spec.commandLine().getParseResult().hasMatchedPositional(0)) {
        err().println("evidencekit: --definitions prints the schema of every definition: give it no questionnaire");
        return Exit.UNUSABLE;
      }
      print(DefinitionSchema.schema());
      return Exit.OK;
    }
    Questionnaire q = choice.resolve();
    print(ResponseSchemas.standard().schemaFor(q));
    return Exit.OK;
  }

  private void print(JsonSchema schema) {
    out().print(schema.toJson());
    out().flush();
  }
}
