package org.evidencekit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.render.docx.DocxReader;

/**
 * CPU time of reading one filled Word form of the 2012 questionnaire, on one thread: reads the
 * first N {@code .docx} files under DIR into memory, warms up, then reads them all in rounds and
 * prints the thread's CPU milliseconds per file (ThreadMXBean, so the machine's load matters
 * little). A measuring aid for issue 13, not a JMH benchmark.
 *
 * <p>{@code java -cp "benchmarks/target/classes:benchmarks/target/lib/*"
 * org.evidencekit.benchmarks.DocxReadCpu DIR [N] [ROUNDS]}
 */
public final class DocxReadCpu {
  private DocxReadCpu() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<byte[]> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".docx")).sorted().limit(n)::iterator) {
        files.add(Files.readAllBytes(p));
      }
    }
    Questionnaire q = Questionnaires.callForEvidence2012();
    DocxReader reader = DocxReader.standard();
    ReadOptions options = ReadOptions.builder().build();
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    int failures = 0;
    long sink = 0;
    for (int w = 0; w < 3; w++) {
      for (byte[] b : files) {
        sink += once(reader, q, b, options);
      }
    }
    double best = Double.MAX_VALUE;
    double allocated = 0;
    for (int r = 0; r < rounds; r++) {
      long a0 = mx.getThreadAllocatedBytes(self);
      long c0 = mx.getCurrentThreadCpuTime();
      for (byte[] b : files) {
        long v = once(reader, q, b, options);
        failures += v < 0 ? 1 : 0;
        sink += v;
      }
      double ms = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / files.size();
      allocated = (mx.getThreadAllocatedBytes(self) - a0) / 1024.0 / files.size();
      best = Math.min(best, ms);
      System.out.printf("round %d: %.3f ms CPU per file, %.0f KiB allocated per file%n", r, ms, allocated);
    }
    System.out.printf("%d files, best %.3f ms CPU per file, %.0f KiB allocated per file; failures %d; load %.1f (%d)%n",
        files.size(), best, allocated, failures / rounds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink % 7);
  }

  private static long once(DocxReader reader, Questionnaire q, byte[] b, ReadOptions options) throws IOException {
    try {
      return reader.readWithWarnings(q, new ByteArrayInputStream(b), options).response().answers().size();
    } catch (DocumentException e) {
      return -1;
    }
  }
}
