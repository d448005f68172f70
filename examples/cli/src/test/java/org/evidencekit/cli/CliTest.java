package org.evidencekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.validation.ResponseValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: output, messages and exit codes. */
class CliTest {
  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void listsTheBundledQuestionnaires() {
    Run r = run("questionnaire", "--list");
    assertEquals(0, r.exit());
    assertEquals(
        "occ-csegg-call-for-evidence-2012\t1.0\tInquiry into child sexual exploitation in gangs and groups: call for evidence\n"
            + "westvale-cse-referral-screening\t2.2\tChild sexual exploitation: referral screening\n",
        r.out());
  }

  @Test
  void printsTheDefinitionThatReadsBackEqual() {
    Run r = run("questionnaire");
    assertEquals(0, r.exit());
    assertEquals(Questionnaires.callForEvidence2012(), EvidenceJson.standard().readQuestionnaire(r.out(), Format.JSON));
    Run yaml = run("questionnaire", Questionnaires.REFERRAL_SCREENING, "--yaml");
    assertEquals(Questionnaires.referralScreening(), EvidenceJson.standard().readQuestionnaire(yaml.out(), Format.YAML));
  }

  @Test
  void anUnknownQuestionnaireIsAClearErrorListingTheKnownOnes() {
    Run r = run("questionnaire", "nope");
    assertEquals(2, r.exit());
    assertEquals("evidencekit: there is no bundled questionnaire 'nope': the bundled ones are"
        + " occ-csegg-call-for-evidence-2012, westvale-cse-referral-screening; for your own, use --definition FILE\n", r.err());
  }

  @Test
  void aPartnersOwnDefinitionFileWorksWithEveryCommand() throws Exception {
    Path def = dir.resolve("own.yaml");
    Files.writeString(def, EvidenceJson.standard().write(Questionnaires.referralScreening(), Format.YAML)
        .replace("westvale-cse-referral-screening", "partner-own-form"));
    Run q = run("questionnaire", "--definition", def.toString());
    assertEquals(0, q.exit(), q.err());
    assertTrue(q.out().contains("\"id\" : \"partner-own-form\""));
    Run example = run("example-response", "--definition", def.toString());
    assertEquals(0, example.exit(), example.err());
    Path response = dir.resolve("r.json");
    Files.writeString(response, example.out());
    Run valid = run("validate", response.toString(), "--definition", def.toString());
    assertEquals(0, valid.exit(), valid.out() + valid.err());
  }

  @Test
  void aBrokenDefinitionNamesItsLine() throws Exception {
    Path def = dir.resolve("broken.yaml");
    Files.writeString(def, "id: x\nversion: \"1\"\ntitle: X\nparts:\n  - id: p\n    sections:\n      - id: s\n        items:\n"
        + "          - type: count\n            id: n\n            txt: How many?\n");
    Run r = run("questionnaire", "--definition", def.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(def + ":11:13: /parts/0/sections/0/items/0/txt: unknown property 'txt'"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void theExampleResponseIsCompleteAndValid() {
    Run r = run("example-response");
    assertEquals(0, r.exit());
    Response response = EvidenceJson.standard().readResponse(r.out());
    assertTrue(ResponseValidator.standard().validate(Questionnaires.callForEvidence2012(), response).problems().isEmpty());
    assertEquals(Questionnaires.exampleResponse(Questionnaires.CALL_FOR_EVIDENCE_2012), response);
    Run seeded = run("example-response", "--seed", "7");
    assertEquals(0, seeded.exit());
    assertFalse(seeded.out().equals(r.out()));
  }

  @Test
  void validateExitsZeroForAValidResponse() throws Exception {
    Path file = dir.resolve("ok.json");
    Files.writeString(file, run("example-response").out());
    Run r = run("validate", file.toString());
    assertEquals(0, r.exit(), r.out());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith(file + ": valid"), r.err());
  }

  @Test
  void validatePrintsEveryProblemOnItsOwnLineAndExitsOne() throws Exception {
    String ok = run("example-response").out();
    Path file = dir.resolve("bad.json");
    Files.writeString(file, ok.replace("\"cse-victims-per-year\" : 64", "\"cse-victims-per-year\" : -3")
        .replace("\"answers\" : {", "\"answers\" : {\n    \"no-such-question\" : 1,")
        .replace("\"oralEvidence\" : true,", "\"oralEvidence\" : true,\n  \"colour\" : \"blue\","));
    Run r = run("validate", file.toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length, r.out());
    assertTrue(lines[0].startsWith("error " + file + ":"), lines[0]);
    assertTrue(lines[0].endsWith("/colour: unknown property 'colour': use answers, attachments, consent, id, oralEvidence,"
        + " questionnaire, respondent, submitted"), lines[0]);
    assertTrue(lines[1].startsWith("error /answers/no-such-question: There is no question 'no-such-question'"), lines[1]);
    assertEquals("error /answers/cse-victims-per-year: Question 1: Enter the number of CSE victims you work with each year"
        + " as a number of 0 or more, like 12", lines[2]);
  }

  @Test
  void validateExitsTwoForUnusableInput() throws Exception {
    Path file = dir.resolve("malformed.json");
    Files.writeString(file, "{\n  \"questionnaire\": {\"id\": \"x\",\n}\n");
    Run r = run("validate", file.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith(file + ":3:1: malformed JSON:"), r.err());
    Run missing = run("validate", dir.resolve("nope.json").toString());
    assertEquals(2, missing.exit());
    assertEquals(dir.resolve("nope.json") + ": no such file\n", missing.err());
    Run unknown = run("validate", write("{\"questionnaire\": {\"id\": \"mystery\", \"version\": \"1\"}}"));
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("there is no bundled questionnaire 'mystery'"), unknown.err());
  }

  private String write(String json) throws Exception {
    Path f = Files.createTempFile(dir, "r", ".json");
    Files.writeString(f, json);
    return f.toString();
  }

  @Test
  void demoSaysWhatItWroteWhere() {
    Path out = dir.resolve("demo");
    Run r = run("demo", "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    for (String name : new String[] {"questionnaire.json", "questionnaire.yaml", "example-response.json",
        "broken-response.json", "broken-response.problems.txt", "partner-form.yaml"}) {
      assertTrue(Files.isRegularFile(out.resolve(name)), name);
      assertTrue(r.out().contains("wrote " + out.resolve(name)), name);
    }
  }
}
