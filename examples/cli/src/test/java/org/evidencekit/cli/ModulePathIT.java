package org.evidencekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.FormatRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built command line started on the module path, in a JVM of its own, as the README shows:
 * {@code java --module-path target/evidencekit.jar:target/lib --module
 * org.evidencekit.cli/org.evidencekit.cli.Main}. Every format renders a blank and a filled form,
 * and reads the filled one back to the response it was filled with; nothing is printed but what
 * the command says. Runs after packaging (failsafe), since it needs the jar and lib/.
 */
class ModulePathIT {
  private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target").toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir static Path dir;
  private static Path response;

  record Run(int exit, String out, String err) {}

  static Run cli(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-Dfile.encoding=UTF-8",
        "--module-path", TARGET.resolve("evidencekit.jar") + java.io.File.pathSeparator + TARGET.resolve("lib"),
        "--module", "org.evidencekit.cli/org.evidencekit.cli.Main"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the command line did not finish: " + command);
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void theBuiltCommandLineIsThere() throws Exception {
    assertTrue(Files.isRegularFile(TARGET.resolve("evidencekit.jar")), "run after packaging: " + TARGET);
    assertTrue(Files.isDirectory(TARGET.resolve("lib")), "lib/ beside the jar");
    Run example = cli("example-response");
    assertEquals(0, example.exit(), example.err());
    response = dir.resolve("response.json");
    Files.writeString(response, example.out(), StandardCharsets.UTF_8);
  }

  @Test
  void itRunsAsAModule() throws Exception {
    Run r = cli("--version");
    assertEquals(0, r.exit(), r.err());
    Run formats = cli("render", "--help");
    assertEquals(0, formats.exit(), formats.err());
    assertTrue(formats.out().contains("docx, html, pdf"), "discovery on the module path finds every format: " + formats.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "pdf", "html"})
  void eachFormatRendersBlankAndFilledAndReadsBack(String format) throws Exception {
    Path blank = dir.resolve("blank." + format);
    Run b = cli("render", "--format", format, "-o", blank.toString());
    assertEquals(0, b.exit(), b.err());
    assertEquals("wrote " + blank + " (" + format + ", form)\n", b.err(), "nothing but what the command says");
    assertEquals(format, FormatRegistry.discover().recognise(Files.readAllBytes(blank)).orElseThrow().id());

    Path filled = dir.resolve("filled." + format);
    Run f = cli("render", "--response", response.toString(), "--fillable", "-o", filled.toString());
    assertEquals(0, f.exit(), f.err());
    assertEquals("wrote " + filled + " (" + format + ", form)\n", f.err());

    Run read = cli("read", filled.toString());
    assertEquals(0, read.exit(), read.err());
    assertEquals("", read.err(), "a valid response, nothing to say");
    Response back = EvidenceJson.standard().readResponse(read.out());
    assertEquals(EvidenceJson.standard().readResponse(response), back);
    assertEquals(Questionnaires.exampleResponse(Questionnaires.CALL_FOR_EVIDENCE_2012), back);

    Run blankRead = cli("read", blank.toString());
    assertEquals(1, blankRead.exit(), "a blank form reads back as an empty, invalid response: " + blankRead.err());
  }

  @Test
  void theDefaultLayoutsAndAPasswordWorkToo() throws Exception {
    Path printed = dir.resolve("printed.pdf");
    Run p = cli("render", "--response", response.toString(), "-o", printed.toString());
    assertEquals(0, p.exit(), p.err());
    assertEquals("wrote " + printed + " (pdf, printed)\n", p.err());

    Path password = dir.resolve("password.txt");
    Files.writeString(password, "Correct horse battery\n");
    Path secret = dir.resolve("secret.docx");
    Run s = cli("render", "--response", response.toString(), "--password-file", password.toString(), "-o", secret.toString());
    assertEquals(0, s.exit(), s.err());
    Run read = cli("read", secret.toString(), "--password-file", password.toString());
    assertEquals(0, read.exit(), read.err());
  }

  @Test
  void theDemoRunsOnTheModulePath() throws Exception {
    Run demo = cli("demo", "-o", dir.resolve("demo").toString());
    assertEquals(0, demo.exit(), demo.err());
    assertEquals("", demo.err());
    for (String name : List.of("blank-form.docx", "blank-form.pdf", "blank-form.html", "example-response-form.html",
        "example-response-archival.pdf")) {
      assertTrue(Files.size(dir.resolve("demo").resolve(name)) > 0, name);
    }
  }
}
