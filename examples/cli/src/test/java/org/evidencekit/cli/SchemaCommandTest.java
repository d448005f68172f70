package org.evidencekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.schema.DefinitionSchema;
import org.evidencekit.schema.ResponseSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema command, and validate's use of the response schema. */
class SchemaCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsTheResponseSchemaOfTheDefaultQuestionnaire() {
    Run r = run("schema");
    assertEquals(0, r.exit(), r.err());
    assertEquals(ResponseSchemas.standard().schemaFor(Questionnaires.callForEvidence2012()).toJson(), r.out());
    assertTrue(r.out().contains("\"$id\": \"https://evidencekit.org/schema/response/occ-csegg-call-for-evidence-2012/1.0\""));
    assertEquals("", r.err());
  }

  @Test
  void printsTheResponseSchemaOfABundledQuestionnaireByIdOrOfAnOwnDefinition() throws Exception {
    Run r = run("schema", Questionnaires.REFERRAL_SCREENING);
    assertEquals(0, r.exit(), r.err());
    assertEquals(ResponseSchemas.standard().schemaFor(Questionnaires.referralScreening()).toJson(), r.out());
    Path def = dir.resolve("own.yaml");
    Files.writeString(def, EvidenceJson.standard().write(Questionnaires.referralScreening(), Format.YAML)
        .replace("westvale-cse-referral-screening", "partner-own-form"));
    Run own = run("schema", "--definition", def.toString());
    assertEquals(0, own.exit(), own.err());
    assertTrue(own.out().contains("\"$id\": \"https://evidencekit.org/schema/response/partner-own-form/2.1\""), own.out());
  }

  @Test
  void printsTheDefinitionSchema() {
    Run r = run("schema", "--definitions");
    assertEquals(0, r.exit(), r.err());
    assertEquals(DefinitionSchema.schema().toJson(), r.out());
    Run both = run("schema", "--definitions", Questionnaires.REFERRAL_SCREENING);
    assertEquals(2, both.exit());
    assertTrue(both.err().contains("--definitions prints the schema of every definition"), both.err());
  }

  @Test
  void anUnknownQuestionnaireIsAClearErrorListingTheKnownOnes() {
    Run r = run("schema", "nope");
    assertEquals(2, r.exit());
    assertEquals("evidencekit: there is no bundled questionnaire 'nope': the bundled ones are"
        + " occ-csegg-call-for-evidence-2012, westvale-cse-referral-screening; for your own, use --definition FILE\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void validateAddsTheSchemasProblemsAtPlacesCoreModelSaysNothingAbout() throws Exception {
    String ok = run("example-response").out();
    // A second attachment with the first one's name (which only core-model can tell) and a digest
    // ending in a line break (which both find, at the same place, so it is told once).
    String bad = ok.replace("\"attachments\" : [ {", "\"attachments\" : [ {\n    \"name\" : \"westvale-drama-workshop.mp4\",\n"
        + "    \"mediaType\" : \"video/mp4\",\n    \"sha256\" : \"" + "ab".repeat(32) + "\\n\"\n  }, {");
    Path file = dir.resolve("r.json");
    Files.writeString(file, bad);
    Run r = run("validate", file.toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    assertEquals("error /attachments/0/sha256: Give the SHA-256 digest of attachment 1 as 64 lower-case hex digits\n"
        + "error /attachments/1/name: Attachment 2 has the same name as an earlier one: give each attachment its own name\n",
        r.out());
    assertTrue(r.err().startsWith(file + ": invalid, 2 errors"), r.err());
  }

  @Test
  void validateDoesNotRepeatAtOnePlaceWhatBothFind() throws Exception {
    // core-model and the response schema agree on what is wrong (an id given as a number); the
    // schema's problems are shown, marked "schema", only at places core-model said nothing about.
    String ok = run("example-response").out();
    Path file = dir.resolve("r.json");
    Files.writeString(file, ok.replaceFirst("\"id\" : \"[^\"]*\"", "\"id\" : 12"));
    Run r = run("validate", file.toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    String[] lines = r.out().split("\n");
    assertEquals(1, lines.length, r.out());
    assertEquals("error " + file + ":2:10: /id: a number is given where text is expected: write text in quotes", lines[0]);
  }

  @Test
  void validateStillExitsZeroForAValidResponse() throws Exception {
    for (String id : Questionnaires.ids()) {
      Path file = dir.resolve(id + ".json");
      Files.writeString(file, run("example-response", id).out());
      Run r = run("validate", file.toString());
      assertEquals(0, r.exit(), r.out() + r.err());
      assertEquals("", r.out());
      Run seeded = run("example-response", id, "--seed", "3");
      Files.writeString(file, seeded.out());
      assertEquals(0, run("validate", file.toString()).exit());
    }
  }

  /**
   * networknt logs through SLF4J, which prints three warning lines when it finds no provider. The
   * service is named, not imported: nothing of the command line's uses SLF4J (networknt brings it).
   */
  @Test
  void slf4jFindsAProviderSoTheCommandLineStaysQuiet() {
    assertTrue(org.evidencekit.model.testing.Services.anyProvider("org.slf4j.spi.SLF4JServiceProvider"));
  }
}
