package org.evidencekit.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.render.docx.DocxRenderer;

/**
 * Issue 4's memory figure: renders 10,000 different filled 2012 responses to DOCX in one process
 * and prints the peak heap in use (the JVM's heap pools' peak usage, garbage included until it is
 * collected) and the time taken; then, as a cross-check of the JMH figures on a busy machine, the
 * CPU time (of this thread alone) each render and each read takes. Run it with a small heap to show that the live set stays small:
 * {@code java -Xmx32m -cp "benchmarks/target/classes:benchmarks/target/lib/*"
 * org.evidencekit.benchmarks.DocxHeap [count]}.
 */
public final class DocxHeap {
  private DocxHeap() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Questionnaire q = Questionnaires.callForEvidence2012();
    DocxRenderer renderer = DocxRenderer.standard();
    long bytes = 0;
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpu = 0;
    for (int i = 0; i < count; i++) {
      Response r = ExampleResponses.random(q, i);
      Counting out = new Counting();
      long c0 = threads.getCurrentThreadCpuTime();
      renderer.render(q, Optional.of(r), RenderOptions.defaults(), out);
      cpu += threads.getCurrentThreadCpuTime() - c0;
      bytes += out.count;
    }
    long nanos = System.nanoTime() - start;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf(
        "rendered %d filled 2012 responses (%d bytes, %.1f KB each) in %.1f s (%.0f per second, response"
            + " generation included); peak heap in use %.1f MB (max heap %.0f MB); heap in use after a GC"
            + " %.1f MB; rendering alone took %.2f ms of CPU time each (%.0f per CPU second)%n",
        count, bytes, bytes / 1024.0 / count, nanos / 1e9, count / (nanos / 1e9), peak / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0, after / 1048576.0, cpu / 1e6 / count, count / (cpu / 1e9));

    // Reading back, timed the same way (CPU time of this thread).
    org.evidencekit.render.docx.DocxReader reader = org.evidencekit.render.docx.DocxReader.standard();
    byte[][] docs = new byte[64][];
    for (int i = 0; i < docs.length; i++) {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      renderer.render(q, Optional.of(ExampleResponses.random(q, i)), RenderOptions.defaults(), b);
      docs[i] = b.toByteArray();
    }
    int reads = Math.max(1000, count / 2);
    long readCpu = 0;
    for (int i = 0; i < reads; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      reader.read(q, new java.io.ByteArrayInputStream(docs[i % docs.length]), org.evidencekit.model.spi.ReadOptions.defaults());
      if (i >= reads / 5) {
        readCpu += threads.getCurrentThreadCpuTime() - c0;
      }
    }
    int timed = reads - reads / 5;
    System.out.printf(
        "read back %d filled forms (the last %d timed): %.2f ms of CPU time each (%.0f per CPU second)%n",
        reads, timed, readCpu / 1e6 / timed, timed / (readCpu / 1e9));
  }

  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
