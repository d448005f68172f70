package org.evidencekit.cli;

import static org.evidencekit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The html format through the command line, which names no format: it came with a runtime
 * dependency on render-html and nothing else. The commands the README shows.
 */
class HtmlCommandsTest {
  @TempDir Path dir;

  @Test
  void theBlankFormIsAnHtmlPage() throws Exception {
    Path out = dir.resolve("form.html");
    CliTest.Run r = run("render", "--format", "html", "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("wrote " + out + " (html, form)\n", r.err());
    String page = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), page.substring(0, 40));
    assertTrue(page.contains("<form "));
  }

  @Test
  void aResponseIsAFilledFormByDefaultAndReadsBack() throws Exception {
    Path response = dir.resolve("r.json");
    Files.writeString(response, run("example-response").out());
    Path out = dir.resolve("r.html");
    CliTest.Run r = run("render", "--response", response.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("wrote " + out + " (html, form)\n", r.err());

    CliTest.Run back = run("read", out.toString());
    assertEquals(0, back.exit(), back.err());
    assertEquals(Questionnaires.exampleResponse(Questionnaires.CALL_FOR_EVIDENCE_2012),
        EvidenceJson.standard().readResponse(back.out()));
  }

  @Test
  void aPrintedPageIsNotAFormToRead() throws Exception {
    Path response = dir.resolve("r.json");
    Files.writeString(response, run("example-response").out());
    Path out = dir.resolve("printed.htm");
    assertEquals(0, run("render", "--response", response.toString(), "--printed", "-o", out.toString()).exit());
    CliTest.Run back = run("read", out.toString());
    assertEquals(2, back.exit());
    assertTrue(back.err().contains("a printed response, not a form"), back.err());
  }

  @Test
  void aPasswordIsRefusedNamingTheFormatsThatCanEncrypt() throws Exception {
    Path password = dir.resolve("password.txt");
    Files.writeString(password, "Correct horse\n");
    Path out = dir.resolve("form.html");
    CliTest.Run r = run("render", "--password-file", password.toString(), "-o", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("evidencekit: the html format cannot make password-protected documents"), r.err());
    assertTrue(r.err().contains("docx or pdf"), r.err());
    assertFalse(Files.exists(out));
  }
}
