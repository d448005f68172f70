package org.evidencekit.cli;

import static org.evidencekit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencekit.model.Consent;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** anonymise-text, anonymise, render --anonymise and counts through the command line. */
class AnonymiseCommandsTest {
  @TempDir Path dir;

  private static final String NAME = "Jasmine Boateng";

  private Path response(Consent consent) throws Exception {
    Response r = Questionnaires.exampleResponse(Questionnaires.CALL_FOR_EVIDENCE_2012)
        .withConsent(java.util.Optional.of(consent))
        .withAnswer("service-description", TextAnswer.of(
            "We first met " + NAME + " (DOB 02/05/1998) at 5 Mill Lane, Oldham OL1 3EF; call 07700 900123."));
    Path file = dir.resolve(consent.id() + ".json");
    Files.writeString(file, EvidenceJson.standard().write(r));
    return file;
  }

  @Test
  void anonymiseTextWritesOneLineForEachLine() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(("Ella met DC Harris on 07700 900123.\n\nNo details here.\n")
          .getBytes(StandardCharsets.UTF_8)));
      CliTest.Run r = run("anonymise-text");
      assertEquals(0, r.exit());
      String[] lines = r.out().split("\n", -1);
      assertEquals(4, lines.length, r.out());
      assertFalse(lines[0].contains("Ella") || lines[0].contains("Harris") || lines[0].contains("900123"), lines[0]);
      assertEquals("", lines[1]);
      assertEquals("No details here.", lines[2]);
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void anAnonymisedResponseLosesItsRespondentAndPersonalDetails() throws Exception {
    CliTest.Run r = run("anonymise", response(Consent.ANONYMISED).toString(), "--report");
    assertEquals(0, r.exit(), r.err());
    Response published = EvidenceJson.standard().readResponse(r.out());
    assertTrue(published.respondent().isEmpty());
    String text = ((TextAnswer) published.answers().get("service-description")).value();
    for (String detail : new String[] {NAME, "Jasmine", "02/05/1998", "Mill Lane", "OL1 3EF", "07700 900123"}) {
      assertFalse(r.out().contains(detail), detail);
      assertFalse(r.err().contains(detail), "the report never holds the text: " + detail);
    }
    assertTrue(text.startsWith("We first met "), text);
    assertTrue(r.err().startsWith("consent applied: anonymised\n/respondent: removed"), r.err());
  }

  @Test
  void anAttributedResponseKeepsItsRespondentButNotOtherPeople() throws Exception {
    CliTest.Run r = run("anonymise", response(Consent.ATTRIBUTED).toString());
    assertEquals(0, r.exit(), r.err());
    Response published = EvidenceJson.standard().readResponse(r.out());
    assertEquals("Jo Marlowe", published.respondent().name().orElseThrow());
    assertFalse(r.out().contains(NAME));
  }

  @Test
  void aResponseInConfidenceIsNotPublishedUnlessAskedFor() throws Exception {
    Path file = response(Consent.IN_CONFIDENCE);
    CliTest.Run r = run("anonymise", file.toString());
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("given in confidence: not for publication"), r.err());
    assertEquals(0, run("anonymise", file.toString(), "--publish-in-confidence").exit());
    CliTest.Run render = run("render", "--format", "docx", "--response", file.toString(), "--anonymise",
        "-o", dir.resolve("x.docx").toString());
    assertEquals(1, render.exit());
    assertFalse(Files.exists(dir.resolve("x.docx")));
  }

  @Test
  void renderAnonymiseGivesAnAnonymisedProtectedDocumentInOneCommand() throws Exception {
    Path password = dir.resolve("pw.txt");
    Files.writeString(password, "long enough secret\n");
    Path out = dir.resolve("published.docx");
    CliTest.Run r = run("render", "--format", "docx", "--response", response(Consent.ANONYMISED).toString(),
        "--anonymise", "--password-file", password.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("anonymised, password-protected"), r.err());
    CliTest.Run back = run("read", out.toString(), "--password-file", password.toString());
    assertFalse(back.out().contains(NAME), back.out());
    assertFalse(back.out().contains("Jo Marlowe"), back.out());
    assertTrue(back.out().contains("We first met"), back.out());
  }

  @Test
  void publishedCountsSuppressSmallNumbers() throws Exception {
    Path a = dir.resolve("a.json");
    Files.writeString(a, run("example-response", "--seed", "1").out());
    CliTest.Run r = run("counts", "--question", "specialist-groups", "--responses", a.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("\tRespondents\n"), r.out());
    assertFalse(r.out().matches("(?s).*\\t[1-4]\\n.*"), "no count from 1 to 4 is published: " + r.out());
  }
}
