package org.evidencekit.cli;

import static org.evidencekit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** render and read, end to end through the command line, for every document format. */
class DocumentCommandsTest {
  @TempDir Path dir;

  private Path example() throws Exception {
    Path file = dir.resolve("example.json");
    Files.writeString(file, run("example-response").out());
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "html", "pdf"})
  void aRenderedResponseReadsBackToTheSameResponse(String format) throws Exception {
    Path out = dir.resolve("filled." + format);
    CliTest.Run r = run("render", "--format", format, "--response", example().toString(), "--fillable", "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    CliTest.Run back = run("read", out.toString());
    assertEquals(0, back.exit(), back.err());
    assertEquals(Questionnaires.exampleResponse(Questionnaires.CALL_FOR_EVIDENCE_2012),
        EvidenceJson.standard().readResponse(back.out()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "pdf"})
  void aPasswordComesFromAFileAndAWrongOneIsAClearError(String format) throws Exception {
    Path password = dir.resolve("password.txt");
    Files.writeString(password, "Correct horse ŵ 2012\n");
    Path out = dir.resolve("protected." + format);
    CliTest.Run r = run("render", "--format", format, "--response", example().toString(), "--fillable",
        "--password-file", password.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("password-protected"));

    CliTest.Run none = run("read", out.toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("protected by a password"), none.err());
    Path wrong = dir.resolve("wrong.txt");
    Files.writeString(wrong, "Correct horse\n");
    CliTest.Run bad = run("read", out.toString(), "--password-file", wrong.toString());
    assertEquals(2, bad.exit());
    assertFalse(bad.err().contains("Correct horse"), "the password never appears in a message");
    CliTest.Run ok = run("read", out.toString(), "--password-file", password.toString());
    assertEquals(0, ok.exit(), ok.err());
  }

  @Test
  void aFailedRenderLeavesAnExistingFileAlone() throws Exception {
    Path out = dir.resolve("keep.docx");
    Files.writeString(out, "precious");
    Path invalid = dir.resolve("invalid.json");
    Files.writeString(invalid, run("example-response").out().replace("\"cse-victims-per-year\" : 64", "\"cse-victims-per-year\" : -1"));
    CliTest.Run r = run("render", "--format", "docx", "--response", invalid.toString(), "-o", out.toString());
    assertEquals(1, r.exit());
    assertEquals("precious", Files.readString(out));
    CliTest.Run archival = run("render", "--format", "docx", "--archival", "-o", out.toString());
    assertEquals(2, archival.exit());
    assertEquals("precious", Files.readString(out));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left behind");
    }
  }

  @Test
  void readRefusesWhatIsNotAForm() throws Exception {
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "not a document");
    CliTest.Run r = run("read", text.toString());
    assertEquals(2, r.exit());
    assertEquals("evidencekit: " + text + ": not a document of a format that can be read back (docx, html or pdf)\n",
        r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "html", "pdf"})
  void theFormatIsTheOneTheOutputsExtensionNames(String format) throws Exception {
    Path out = dir.resolve("form." + format.toUpperCase(java.util.Locale.ROOT));
    CliTest.Run r = run("render", "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("wrote " + out + " (" + format + ", form)\n", r.err());
    CliTest.Run back = run("read", out.toString());
    assertEquals(1, back.exit(), "read back, and a blank form's response is invalid: " + back.err());
  }

  @Test
  void aFormatThatContradictsTheOutputsExtensionIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path out = dir.resolve("x.pdf");
    CliTest.Run r = run("render", "--format", "docx", "--response", example().toString(), "-o", out.toString());
    assertEquals(2, r.exit());
    assertEquals("evidencekit: --format docx does not match the output's name, x.pdf, which says pdf: end its name in"
        + " .docx for docx, or leave out --format\n", r.err());
    assertFalse(Files.exists(out));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left behind");
    }
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheRegisteredOnes() throws Exception {
    Path out = dir.resolve("form.odt");
    CliTest.Run r = run("render", "--format", "odt", "-o", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("evidencekit: There is no document format 'odt': use docx"), r.err());
    assertTrue(r.err().contains("pdf"), r.err());
    assertFalse(Files.exists(out));

    CliTest.Run none = run("render", "-o", out.toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().startsWith("evidencekit: say which format to write: end the output's name in .docx"),
        none.err());
    assertTrue(none.err().contains(", or give --format (docx"), none.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aFormatOfAnotherExtensionCanBeAskedForByName() throws Exception {
    Path out = dir.resolve("form.bin");
    CliTest.Run r = run("render", "--format", "pdf", "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, run("read", out.toString()).exit(), "recognised as a PDF whatever its name, read back");
  }

  @Test
  void anOptionTheFormatCannotHonourIsRefusedNamingFormatsThatCan() throws Exception {
    Path out = dir.resolve("form.docx");
    CliTest.Run r = run("render", "--archival", "-o", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("evidencekit: the docx format cannot make archival documents (--archival):"
        + " leave it out, or use pdf"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void theHelpListsTheRegisteredFormats() throws Exception {
    CliTest.Run r = run("render", "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("The document format: docx, html, pdf"), r.out());
  }

  @Test
  void renderingTwiceGivesTheSameBytes() throws Exception {
    Path a = dir.resolve("a.docx");
    Path b = dir.resolve("b.docx");
    assertEquals(0, run("render", "--format", "docx", "-o", a.toString()).exit());
    assertEquals(0, run("render", "--format", "docx", "-o", b.toString()).exit());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }
}
