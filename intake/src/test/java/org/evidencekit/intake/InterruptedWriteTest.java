package org.evidencekit.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencekit.intake.records.Progress;
import org.evidencekit.model.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run interrupted while it writes its outputs (the spreadsheets, the summary and the evidence
 * pack are written side by side, each on a thread of its own) stops every one of its threads
 * before it returns, and leaves either every output as the previous run left it, or every output
 * as a complete run writes it: never a mix, never a part, no temporary file or scratch folder.
 */
class InterruptedWriteTest {
  private static final List<String> OUTPUTS = List.of("returns.jsonl", "returns.csv", "returns.xlsx", "problems.csv",
      "summary.html", "summary.pdf", "evidence-pack.docx");
  private static final List<String> REPRODUCIBLE = List.of("returns.jsonl", "returns.csv", "problems.csv",
      "summary.html", "evidence-pack.docx");

  @TempDir Path dir;

  private static Map<String, byte[]> snapshot(Path out) throws IOException {
    Map<String, byte[]> m = new HashMap<>();
    for (String f : OUTPUTS) {
      m.put(f, Files.readAllBytes(out.resolve(f)));
    }
    return m;
  }

  private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b, List<String> files) {
    return files.stream().allMatch(f -> Arrays.equals(a.get(f), b.get(f)));
  }

  private static Set<Thread> threads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("intake"))
        .collect(Collectors.toSet());
  }

  private static List<String> leftovers(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.startsWith(".intake-scratch-")
          || n.startsWith(".publish-")).toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  /** Interrupts the running thread {@code delayMs} after the outputs begin to be written. */
  private static Progress interruptAfter(Thread runner, long delayMs) {
    return new Progress() {
      @Override
      public void writing(String what) {
        if (!what.startsWith("writing the spreadsheets")) {
          return;
        }
        if (delayMs == 0) {
          Thread.currentThread().interrupt();
          return;
        }
        Thread t = new Thread(() -> {
          try {
            Thread.sleep(delayMs);
          } catch (InterruptedException e) {
            return;
          }
          runner.interrupt();
        }, "interrupter");
        t.setDaemon(true);
        t.start();
      }
    };
  }

  @Test
  void anInterruptWhileWritingStopsEveryThreadAndLeavesTheOutputsWholeOldOrNew() throws Exception {
    Path in = dir.resolve("returns");
    Fixture.generate(in, 40);
    Path base = dir.resolve("base");
    try (Password p = Fixture.password()) {
      Intake intake = Fixture.intake(p);
      intake.run(List.of(in), base, Progress.NONE);
      Map<String, byte[]> before = snapshot(base);
      // New returns, so that a complete run's outputs differ from the previous ones.
      InventedReturns.builder().questionnaire(Fixture.Q).formats(Fixture.FORMATS).count(30).seed(9).awkward(false)
          .build().write(in.resolve("second-batch"));
      Path fresh = dir.resolve("fresh");
      intake.run(List.of(in), fresh, Progress.NONE);
      Map<String, byte[]> complete = snapshot(fresh);
      assertFalse(same(before, complete, REPRODUCIBLE));

      Set<Thread> already = threads();
      List<String> outcomes = new ArrayList<>();
      for (long delay : new long[] {0, 0, 30, 100, 250, 600, 1200}) {
        Path out = dir.resolve("out-" + outcomes.size());
        copy(base, out);
        Thread self = Thread.currentThread();
        boolean failed;
        if (delay == 0) {
          assertThrows(InterruptedIOException.class, () -> intake.run(List.of(in), out, interruptAfter(self, 0)));
          failed = true;
        } else {
          try {
            intake.run(List.of(in), out, interruptAfter(self, delay));
            failed = false;
          } catch (IOException e) {
            failed = true;
          }
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
          if (t.getName().equals("interrupter")) {
            while (t.isAlive()) {
              try {
                t.join();
              } catch (InterruptedException e) {
                // it came late: cleared below
              }
            }
          }
        }
        Thread.interrupted(); // cleared for the next attempt
        Set<Thread> running = threads();
        running.removeAll(already);
        assertEquals(Set.of(), running.stream().filter(Thread::isAlive).map(Thread::getName).collect(
            Collectors.toSet()), "every thread of the run has ended (" + delay + " ms)");
        assertEquals(List.of(), leftovers(out), delay + " ms");
        Map<String, byte[]> now = snapshot(out);
        boolean old = same(now, before, OUTPUTS);
        boolean whole = same(now, complete, REPRODUCIBLE);
        assertTrue(old || whole, "each output the previous run's, or each a complete run's (" + delay + " ms)");
        if (failed) {
          assertTrue(old, "a run that failed left the previous outputs (" + delay + " ms)");
        }
        outcomes.add(delay + " ms: " + (failed ? "interrupted" : "completed"));
        // And the next run completes and writes what a fresh run writes.
        intake.run(List.of(in), out, Progress.NONE);
        assertTrue(same(snapshot(out), complete, REPRODUCIBLE), delay + " ms");
      }
      assertTrue(outcomes.get(0).endsWith("interrupted"), outcomes.toString());
    }
  }
}
