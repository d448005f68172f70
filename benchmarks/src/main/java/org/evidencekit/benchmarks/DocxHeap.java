package org.evidencekit.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;
import org.evidencekit.model.ExampleResponses;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Questionnaires;
import org.evidencekit.model.RenderOptions;
import org.evidencekit.model.Response;
import org.evidencekit.render.docx.DocxRenderer;

/**
 * Issue 4's memory figure: renders 10,000 different filled 2012 responses to DOCX in one process
 * and prints the peak heap in use (the JVM's heap pools' peak usage, garbage included until it is
 * collected) and the time taken. Run it with a small heap to show that the live set stays small:
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
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Response r = ExampleResponses.random(q, i);
      Counting out = new Counting();
      renderer.render(q, Optional.of(r), RenderOptions.defaults(), out);
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
            + " %.1f MB%n",
        count, bytes, bytes / 1024.0 / count, nanos / 1e9, count / (nanos / 1e9), peak / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0, after / 1048576.0);
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
