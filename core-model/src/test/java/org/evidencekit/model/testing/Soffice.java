package org.evidencekit.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice run from the tests: one {@code soffice --headless --convert-to} call for many
 * files (each start costs over a second), with a private user profile. Shared by every module whose
 * tests open documents in LibreOffice (render-docx, redact …).
 */
public final class Soffice {
  private Soffice() {}

  /** The soffice command; fails (does not skip) when LibreOffice is not installed. */
  public static String executable() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : new String[] {"soffice", "libreoffice"}) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return fail(
        "LibreOffice is needed by these tests and was not found: run ./run-tests (it installs it),"
            + " or apt-get install libreoffice-writer-nogui");
  }

  /** Converts the files into {@code outDir} with the given target ("html", "docx", "txt:Text"). */
  public static void convert(String target, Path outDir, Path profile, List<Path> files) throws IOException, InterruptedException {
    convert(target, null, outDir, profile, files);
  }

  /** As {@link #convert(String, Path, Path, List)}, reading the files with {@code inFilter} (null: by their type). */
  public static void convert(String target, String inFilter, Path outDir, Path profile, List<Path> files)
      throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    List<String> command = new ArrayList<>();
    command.add(executable());
    command.add("-env:UserInstallation=" + profile.toUri());
    command.add("--headless");
    command.add("--norestore");
    if (inFilter != null) {
      command.add("--infilter=" + inFilter);
    }
    command.add("--convert-to");
    command.add(target);
    command.add("--outdir");
    command.add(outDir.toString());
    for (Path f : files) {
      command.add(f.toString());
    }
    Path log = outDir.resolve("soffice.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("soffice did not finish converting " + files.size() + " files in 10 minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "soffice failed: " + output);
    String extension = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
    for (Path f : files) {
      String base = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      assertTrue(Files.exists(outDir.resolve(base + "." + extension)), "soffice made no " + base + "." + extension + ": " + output);
    }
  }
}
