package org.evidencekit.redact;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** poppler and qpdf, run as a person runs them. */
final class Tools {
  private Tools() {}

  record Result(int exit, String output) {}

  static Result run(String... command) throws IOException, InterruptedException {
    List<String> c = new ArrayList<>(List.of(command));
    c.set(0, executable(command[0]));
    Path log = Files.createTempFile("tool", ".log");
    try {
      Process p = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail(command[0] + " did not finish in 5 minutes");
      }
      return new Result(p.exitValue(), Files.readString(log, StandardCharsets.ISO_8859_1));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  static String executable(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return fail(name + " is needed by these tests and was not found: run ./run-tests (it installs poppler-utils and qpdf)");
  }

  /** pdftotext's text of a PDF. */
  static String pdftotext(Path pdf) throws IOException, InterruptedException {
    Path txt = Files.createTempFile("text", ".txt");
    try {
      Result r = run("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString());
      if (r.exit() != 0) {
        fail("pdftotext failed on " + pdf.getFileName() + ": " + r.output());
      }
      return Files.readString(txt, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(txt);
    }
  }

  /** The PDF as qpdf writes it for people to read: every object uncompressed, no object streams. */
  static String qdf(Path pdf) throws IOException, InterruptedException {
    Path out = Files.createTempFile("qdf", ".pdf");
    try {
      Result r = run("qpdf", "--qdf", "--object-streams=disable", pdf.toString(), out.toString());
      if (r.exit() != 0 && r.exit() != 3) {
        fail("qpdf --qdf failed on " + pdf.getFileName() + ": " + r.output());
      }
      return Files.readString(out, StandardCharsets.ISO_8859_1);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
