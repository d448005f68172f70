package org.evidencekit.benchmarks;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.render.pdf.PdfReader;

/**
 * CPU time of reading filled 2012 PDF forms on one thread, after warm-up: {@code PdfReadCpu DIR
 * [FILES] [ROUNDS]} reads up to FILES PDFs found under DIR (default 300) ROUNDS times (default 5,
 * the first two warm-up) and prints the thread's CPU milliseconds per file for each round. CPU
 * time rather than wall clock, so that other work on a shared machine disturbs it less.
 */
public final class PdfReadCpu {
  private PdfReadCpu() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/ib10k-main/returns");
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<byte[]> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".pdf")).sorted().limit(max)::iterator) {
        docs.add(Files.readAllBytes(p));
      }
    }
    Questionnaire q = Questionnaires.callForEvidence2012();
    PdfReader reader = PdfReader.standard();
    ReadOptions options = ReadOptions.defaults();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      int refused = 0;
      long cpu0 = mx.getCurrentThreadCpuTime();
      for (byte[] d : docs) {
        try {
          sink += reader.read(q, new ByteArrayInputStream(d), options).answers().size();
        } catch (DocumentException e) {
          refused++;
        }
      }
      long cpu = mx.getCurrentThreadCpuTime() - cpu0;
      System.out.printf("round %d%s: %d files (%d refused), %.2f ms CPU per file%n",
          r, r < 2 ? " (warm-up)" : "", docs.size(), refused, cpu / 1e6 / docs.size());
    }
    System.out.println("answers read: " + sink);
  }
}
