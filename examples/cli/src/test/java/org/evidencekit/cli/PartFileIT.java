package org.evidencekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 10: a render killed by SIGTERM while it writes leaves no part file behind (the
 * built command line in its own JVM, killed as soon as its part file appears).
 */
class PartFileIT {
  private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target").toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  @Test
  void issue10_item10_noPartFileLeftAfterSigterm() throws Exception {
    String modulePath = TARGET.resolve("evidencekit.jar") + java.io.File.pathSeparator + TARGET.resolve("lib");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    int killedWhileWriting = 0;
    for (int attempt = 0; attempt < 5 && killedWhileWriting == 0; attempt++) {
      Process p = new ProcessBuilder(JAVA, "--module-path", modulePath, "--module",
          "org.evidencekit.cli/org.evidencekit.cli.Main", "render", "--format", "pdf", "-o",
          out.resolve("form.pdf").toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (p.isAlive() && System.nanoTime() < deadline && parts(out).isEmpty()) {
        Thread.sleep(5);
      }
      if (p.isAlive() && !parts(out).isEmpty()) {
        killedWhileWriting++;
        p.destroy(); // SIGTERM
      }
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped");
      assertEquals(List.of(), parts(out), "no part file left");
      Files.deleteIfExists(out.resolve("form.pdf"));
    }
    assertTrue(killedWhileWriting > 0, "the render was killed while it wrote");
  }

  private static List<Path> parts(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".part")).collect(Collectors.toList());
    }
  }
}
