package org.evidencekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evidencekit.intake.InventedReturns;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An intake run killed mid-way (the built command line in a JVM of its own, killed with
 * SIGKILL) leaves every output whole: each is the previous run's or, had it got that far, the new
 * one's, never a part. The next run completes and writes what a fresh run writes.
 */
class IntakeInterruptedIT {
  private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target").toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final List<String> OUTPUTS = List.of("returns.jsonl", "returns.csv", "returns.xlsx", "problems.csv",
      "summary.html", "summary.pdf", "evidence-pack.docx");
  private static final List<String> REPRODUCIBLE = List.of("returns.jsonl", "returns.csv", "problems.csv",
      "summary.html", "evidence-pack.docx");

  @TempDir Path dir;

  private Process start(Path in, Path out) throws IOException {
    return new ProcessBuilder(JAVA, "-jar", TARGET.resolve("evidencekit.jar").toString(), "intake", in.toString(),
        "-o", out.toString(), "--threads", "1").redirectErrorStream(true)
        .redirectOutput(dir.resolve("log-" + System.nanoTime() + ".txt").toFile()).start();
  }

  private void complete(Path in, Path out) throws Exception {
    Process p = start(in, out);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue());
  }

  private static Map<String, byte[]> snapshot(Path out) throws IOException {
    Map<String, byte[]> m = new HashMap<>();
    for (String f : OUTPUTS) {
      m.put(f, Files.readAllBytes(out.resolve(f)));
    }
    return m;
  }

  @Test
  void aKilledRunLeavesThePreviousOutputsAndTheNextRunCompletes() throws Exception {
    Path in = dir.resolve("returns");
    InventedReturns.builder().questionnaire(Questionnaires.callForEvidence2012()).count(12).build().write(in);
    Path out = dir.resolve("out");
    complete(in, out);
    Map<String, byte[]> before = snapshot(out);
    // New returns, so that the next run has work to do; killed while it reads them.
    InventedReturns.builder().questionnaire(Questionnaires.callForEvidence2012()).count(60).seed(9).awkward(false)
        .build().write(in.resolve("second-batch"));
    long cached = Files.readAllLines(out.resolve("returns.jsonl")).size();
    Process p = start(in, out);
    Path cache = out.resolve(".intake");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline && records(cache) < cached + 5) {
      Thread.sleep(20);
    }
    assertTrue(records(cache) < cached + 60, "killed before it read every new return");
    p.destroyForcibly();
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    List<String> changed = new ArrayList<>();
    for (String f : OUTPUTS) {
      if (!Arrays.equals(before.get(f), Files.readAllBytes(out.resolve(f)))) {
        changed.add(f);
      }
    }
    assertEquals(List.of(), changed, "killed while reading, the outputs are the previous run's");
    complete(in, out);
    Path fresh = dir.resolve("fresh");
    complete(in, fresh);
    for (String f : REPRODUCIBLE) {
      assertTrue(Arrays.equals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(out.resolve(f))),
          f + " is what a fresh run writes");
    }
    assertEquals(Files.readAllLines(fresh.resolve("returns.jsonl")).size(), 12 + 60
        + (int) Files.walk(in.resolve("stragglers")).filter(Files::isRegularFile).count());
  }

  /** How many records this run has written (its records file is the one the index does not name). */
  private static long records(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return 0;
    }
    String committed = Files.exists(cache.resolve("index.tsv"))
        ? Files.readAllLines(cache.resolve("index.tsv")).get(0) : "";
    long most = 0;
    try (var s = Files.list(cache)) {
      for (Path p : s.filter(x -> x.getFileName().toString().startsWith("records-")).toList()) {
        if (!committed.endsWith(p.getFileName().toString())) {
          long lines = 0;
          for (byte b : Files.readAllBytes(p)) {
            lines += b == '\n' ? 1 : 0;
          }
          most = Math.max(most, lines);
        }
      }
    } catch (java.nio.file.NoSuchFileException e) {
      return 0;
    }
    return most;
  }
}
