package org.evidencekit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.evidencekit.intake.Intake;
import org.evidencekit.intake.records.IntakeResult;
import org.evidencekit.intake.InventedReturns;
import org.evidencekit.intake.records.Progress;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.model.spi.RenderOptions;

/**
 * Issue 13's figures: intake over N generated returns, DOCX, PDF and JSON in equal parts, on every
 * core; prints the returns per second of the reading (the per-return step, in parallel) and of the
 * whole run (outputs included), the CPU time per return, the peak heap in use, and the heap still
 * in use after a full collection once every file is read (what the run keeps: a small index entry
 * a file, never the responses).
 *
 * <p>The corpus (made once in DIR/returns, kept for the next run): by default every return is a
 * response of its own, from a respondent of its own (as real intake has it), rendered to its
 * format; 5 % are invalid, and 2 % are deliberate duplicates, half a copy of another file's bytes
 * and half the same respondent sending a new return later (the earlier one is then the
 * duplicate). {@code --old-corpus} makes the first corpus instead (Word and PDF forms rendered
 * from 100 responses each, made distinct by a zip or PDF comment, so about 65 % of the returns are
 * the same respondent again), so that figures compare with the earlier ones.
 *
 * <p>{@code java -Xmx512m -cp "benchmarks/target/classes:benchmarks/target/lib/*"
 * org.evidencekit.benchmarks.IntakeBench 10000 [DIR] [--old-corpus] [--out=OUT] [--rerun=N] [--warm]}: OUT is
 * a new folder in DIR unless given (one a run wrote before holds its cache); {@code --rerun=N} runs
 * intake again N times on the same OUT, every file from the cache, so that the writing of the
 * outputs is measured on its own. {@code --warm} first runs intake once on the same corpus into a
 * throwaway folder (no cache shared: a fresh one, deleted after), then measures a second run into
 * a fresh OUT in the same JVM, with a new {@code Intake}: what carries over is what a long-running
 * service keeps (the JIT's compiled code, the renderers' and readers' prepared forms by
 * questionnaire), never a record of a file. Both runs' figures are printed, labelled.
 */
public final class IntakeBench {
  private IntakeBench() {}

  public static void main(String[] args) throws IOException {
    List<String> plain = new ArrayList<>();
    boolean oldCorpus = false;
    int reruns = 0;
    boolean warm = false;
    Path outArg = null;
    for (String a : args) {
      if (a.equals("--old-corpus")) {
        oldCorpus = true;
      } else if (a.equals("--warm")) {
        warm = true;
      } else if (a.startsWith("--out=")) {
        outArg = Path.of(a.substring("--out=".length()));
      } else if (a.startsWith("--rerun=")) {
        reruns = Integer.parseInt(a.substring("--rerun=".length()));
      } else {
        plain.add(a);
      }
    }
    int count = plain.size() > 0 ? Integer.parseInt(plain.get(0)) : 10_000;
    Path dir = plain.size() > 1 ? Path.of(plain.get(1)) : Files.createTempDirectory("intake-bench");
    Questionnaire q = Questionnaires.callForEvidence2012();
    FormatRegistry formats = FormatRegistry.discover();
    InventedReturns gen = InventedReturns.builder().questionnaire(q).formats(formats).count(count).invalidShare(0.05)
        .build();
    List<DocumentFormat> docs = gen.documentFormats();
    Path in = dir.resolve("returns");
    long g0 = System.nanoTime();
    long gcpu0 = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    boolean made = !Files.isDirectory(in);
    if (made) {
      if (oldCorpus) {
        generateOld(gen, q, docs, in, count);
      } else {
        generate(gen, q, docs, in, count);
      }
    }
    System.out.printf("corpus: %d returns in %s (%s)%n", count, in, made ? String.format(
        "%s, made now in %.1f s, %.1f s of CPU", oldCorpus ? "the old corpus" : "every return its own",
        (System.nanoTime() - g0) / 1e9, (((com.sun.management.OperatingSystemMXBean) ManagementFactory
            .getOperatingSystemMXBean()).getProcessCpuTime() - gcpu0) / 1e9) : "made before");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadCpu threads = new ThreadCpu();
    Path out = outArg != null ? outArg : dir.resolve("out-" + System.nanoTime());
    Measured m;
    if (warm) {
      Path throwaway = out.toAbsolutePath().getParent().resolve("warm-up-" + System.nanoTime());
      measure("COLD (first run in this JVM, into a throwaway folder)", q, formats, in, throwaway, os, threads, true);
      deleteTree(throwaway);
      m = measure("WARM (second run, same JVM, a new Intake, a fresh OUT: no cache shared)", q, formats, in, out, os,
          threads, false);
    } else {
      m = measure("run", q, formats, in, out, os, threads, true);
    }
    for (int k = 1; k <= reruns; k++) {
      rerun(m.intake(), in, out, m.files(), k, os, threads);
    }
    threads.close();
  }

  private record Measured(Intake intake, int files) {}

  /** One measured run of intake into {@code out}: its figures printed under {@code label}. */
  private static Measured measure(String label, Questionnaire q, FormatRegistry formats, Path in, Path out,
      com.sun.management.OperatingSystemMXBean os, ThreadCpu threads, boolean processThreads) throws IOException {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    AtomicLong readDone = new AtomicLong();
    AtomicLong readCpu = new AtomicLong();
    AtomicLong liveAfterReading = new AtomicLong();
    java.util.concurrent.atomic.AtomicReference<Map<String, Long>> atReadEnd = new java.util.concurrent.atomic
        .AtomicReference<>();
    Map<String, Long> atStart = threads.snapshot();
    long cpu0 = os.getProcessCpuTime();
    long start = System.nanoTime();
    Intake intake = Intake.builder().questionnaire(q).formats(formats).publishDocuments(false).build();
    IntakeResult r = intake.run(List.of(in), out, new Progress() {
      @Override
      public void advanced(int done, int files, int fromCache) {
        if (done == files) {
          readDone.set(System.nanoTime());
          readCpu.set(os.getProcessCpuTime());
          atReadEnd.set(threads.snapshot());
          // What the run keeps at its fullest (every file read, nothing written yet), garbage aside.
          System.gc();
          liveAfterReading.set(heapUsed());
        }
      }
    });
    long end = System.nanoTime();
    long cpuEnd = os.getProcessCpuTime();
    Map<String, Long> atEnd = threads.snapshot();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    int cores = Runtime.getRuntime().availableProcessors();
    double read = (readDone.get() - start) / 1e9;
    double total = (end - start) / 1e9;
    System.out.printf("== %s%n", label);
    System.out.printf("%s%nread %d returns in %.1f s: %.0f returns/s (%d cores); whole run with every output %.1f s:"
        + " %.0f returns/s; peak heap in use %.0f MB (max heap %.0f MB)%n", r.summary(), r.files(), read,
        r.files() / read, cores, total, r.files() / total, peak / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0);
    System.out.printf("heap in use after a full GC at the end of the reading (what the run keeps): %.1f MB,"
        + " %.0f bytes a return%n", liveAfterReading.get() / 1048576.0, (double) liveAfterReading.get() / r.files());
    double readCpuSecs = (readCpu.get() - cpu0) / 1e9;
    double totalCpuSecs = (cpuEnd - cpu0) / 1e9;
    System.out.printf("CPU time (all threads; on a shared machine the wall-clock figures above depend on the load,"
        + " these do not): reading %.1f s, %.1f ms a return, %.0f returns per CPU-second, so %.0f returns/s on %d"
        + " idle cores; whole run %.1f s, %.1f ms a return, %.0f returns/s on %d idle cores; load average %.1f%n",
        readCpuSecs, readCpuSecs * 1000 / r.files(), r.files() / readCpuSecs, r.files() / readCpuSecs * cores, cores,
        totalCpuSecs, totalCpuSecs * 1000 / r.files(), r.files() / totalCpuSecs * cores, cores,
        os.getSystemLoadAverage());
    System.out.println("Java threads' CPU time, reading: " + ThreadCpu.delta(atStart, atReadEnd.get()));
    System.out.println("Java threads' CPU time, writing the outputs: " + writePhase(atReadEnd.get(), atEnd,
        (cpuEnd - readCpu.get()) / 1e9, cores));
    long javaThreads = ThreadCpu.diff(atStart, atEnd).values().stream().mapToLong(Long::longValue).sum();
    System.out.printf("the run's CPU time outside Java threads (the JIT compilers, GC): %.1f s%n",
        totalCpuSecs - javaThreads / 1e9);
    if (processThreads) {
      System.out.println("CPU time by thread since the JVM started (Linux /proc; the JIT compilers' share is spent"
          + " once a JVM): " + threadCpu(os.getProcessCpuTime()));
    }
    return new Measured(intake, r.files());
  }

  /**
   * The write phase's CPU time by thread, and what it makes on idle cores: the busiest thread's
   * time or the whole divided among the cores, whichever is longer (a lower bound of the wall
   * clock on an idle machine, not disturbed by the load).
   */
  private static String writePhase(Map<String, Long> from, Map<String, Long> to, double processCpu, int cores) {
    Map<String, Long> d = ThreadCpu.diff(from, to);
    Map.Entry<String, Long> busiest = d.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("-",
        0L));
    double floor = Math.max(busiest.getValue() / 1e9, processCpu / cores);
    return String.format("%s; the process %.1f s in all (JIT and GC included); busiest thread %s %.1f s, so at least"
        + " %.1f s on %d idle cores", ThreadCpu.format(d), processCpu, busiest.getKey(), busiest.getValue() / 1e9,
        floor, cores);
  }

  private static void deleteTree(Path p) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }

  /**
   * The CPU time of each Java thread, sampled every 100 ms (so that threads that end keep their
   * last figure), by thread name with trailing digits dropped (a pool's threads add up).
   */
  static final class ThreadCpu implements AutoCloseable {
    private final java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> cpu = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    ThreadCpu() {
      sample();
      sampler = new Thread(() -> {
        while (running) {
          sample();
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }

    private synchronized void sample() {
      long[] ids = mx.getAllThreadIds();
      for (java.lang.management.ThreadInfo ti : mx.getThreadInfo(ids)) {
        if (ti == null) {
          continue;
        }
        long t = mx.getThreadCpuTime(ti.getThreadId());
        if (t >= 0) {
          cpu.put(ti.getThreadId(), t);
          names.putIfAbsent(ti.getThreadId(), ti.getThreadName().replaceAll("[-#0-9]+$", ""));
        }
      }
    }

    /** CPU nanoseconds by thread name, now (threads that ended: their last sample). */
    synchronized Map<String, Long> snapshot() {
      sample();
      Map<String, Long> m = new java.util.TreeMap<>();
      cpu.forEach((id, t) -> m.merge(id + "\t" + names.get(id), t, Long::sum));
      return m;
    }

    /** Per thread name, what was spent between two snapshots. */
    static Map<String, Long> diff(Map<String, Long> from, Map<String, Long> to) {
      Map<String, Long> out = new java.util.TreeMap<>();
      to.forEach((k, v) -> {
        long d = v - from.getOrDefault(k, 0L);
        if (d > 0) {
          out.merge(k.substring(k.indexOf('\t') + 1), d, Long::sum);
        }
      });
      out.remove("bench-sampler");
      return out;
    }

    static String delta(Map<String, Long> from, Map<String, Long> to) {
      return format(diff(from, to));
    }

    static String format(Map<String, Long> d) {
      StringBuilder sb = new StringBuilder();
      d.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).filter(e -> e.getValue()
          >= 50_000_000L).forEach(e -> sb.append(sb.length() > 0 ? ", " : "").append(String.format("%s %.1f s",
              e.getKey(), e.getValue() / 1e9)));
      return sb.toString();
    }

    @Override
    public void close() {
      running = false;
      sampler.interrupt();
    }
  }

  /**
   * Runs intake again on the same OUT, so that every file's record comes from the cache: what is
   * left is the writing of every output, measured on its own and warm.
   */
  private static void rerun(Intake intake, Path in, Path out, int files, int k,
      com.sun.management.OperatingSystemMXBean os, ThreadCpu threads) throws IOException {
    Map<String, Long> before = threads.snapshot();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    IntakeResult again = intake.run(List.of(in), out, new Progress() {});
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf("re-run %d (%d of %d files from the cache: the outputs written again): %.1f s of CPU, %.2f ms"
        + " a return, %.1f s; load average %.1f%n  by thread: %s%n", k, again.fromCache(), files, cpu,
        cpu * 1000 / files, (System.nanoTime() - t0) / 1e9, os.getSystemLoadAverage(),
        writePhase(before, threads.snapshot(), cpu, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * CPU seconds by thread name (digits dropped: "C2 CompilerThread0" and "1" add up), from /proc
   * (clock ticks of 10 ms); what threads that ended used is the process's CPU time less the rest.
   */
  private static String threadCpu(long processCpuNanos) {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return "not known here";
    }
    java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> ts = Files.list(tasks)) {
      for (Path t : (Iterable<Path>) ts::iterator) {
        try {
          String name = Files.readString(t.resolve("comm")).trim().replaceAll("[#0-9]+$", "");
          String stat = Files.readString(t.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
        } catch (IOException | RuntimeException e) {
          // a thread that ended meanwhile
        }
      }
    } catch (IOException e) {
      return "not known here";
    }
    long live = ticks.values().stream().mapToLong(Long::longValue).sum();
    ticks.put("threads ended (intake's workers)", Math.max(0, processCpuNanos / 10_000_000 - live));
    StringBuilder sb = new StringBuilder();
    ticks.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(6)
        .forEach(e -> sb.append(sb.length() > 0 ? ", " : "").append(String.format("%s %.1f s", e.getKey(),
            e.getValue() / 100.0)));
    return sb.toString();
  }

  private static long heapUsed() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  /** One in this many returns is a deliberate duplicate (2 %). */
  private static final int DUPLICATE_EVERY = 50;

  /**
   * Every return a response of its own, rendered to its format (in parallel); return i with
   * {@code i % 50 == 25} is a duplicate: for even {@code i / 50}, a copy of the bytes of return
   * {@code i - 3} (the same format; the copy comes later in path order, so it is the duplicate);
   * for odd, a new response from the respondent of return {@code i - 7}, submitted five days
   * later (so return {@code i - 7} is the duplicate). The invalid ones ({@code i % 20 == 1}) are
   * never a duplicate's source.
   */
  private static void generate(InventedReturns gen, Questionnaire q, List<DocumentFormat> docs, Path in, int count)
      throws IOException {
    Files.createDirectories(in);
    int kinds = docs.size() + 1;
    EvidenceJson json = EvidenceJson.standard();
    for (int d = 0; d * 1000 < count; d++) {
      Files.createDirectories(in.resolve(String.format("%03d", d)));
    }
    java.util.stream.IntStream.range(0, count).parallel().forEach(i -> {
      try {
        int kind = i % kinds;
        String stem = String.format("%03d/return-%06d", i / 1000, i);
        if (i % DUPLICATE_EVERY == 25 && (i / DUPLICATE_EVERY) % 2 == 0) {
          int source = i - 3; // the same kind, so the same extension
          String ext = kind == 0 ? "json" : docs.get(kind - 1).fileExtension();
          Files.write(in.resolve(stem + "." + ext), bytes(gen, q, docs, source, gen.response(source), json));
          return;
        }
        Response r = gen.response(i);
        if (i % DUPLICATE_EVERY == 25) {
          Response earlier = gen.response(i - 7);
          r = resent(r, earlier);
        }
        String ext = kind == 0 ? "json" : docs.get(kind - 1).fileExtension();
        Files.write(in.resolve(stem + "." + ext), bytes(gen, q, docs, i, r, json));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static byte[] bytes(InventedReturns gen, Questionnaire q, List<DocumentFormat> docs, int i, Response r,
      EvidenceJson json) throws IOException {
    int kind = i % (docs.size() + 1);
    if (kind == 0) {
      return json.write(r).getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    docs.get(kind - 1).renderer().render(q, Optional.of(r), RenderOptions.defaults(), o);
    return o.toByteArray();
  }

  /** A new return from the respondent of {@code earlier}, submitted five days after it. */
  private static Response resent(Response fresh, Response earlier) {
    Response.Builder b = Response.builder().questionnaire(fresh.questionnaire()).respondent(earlier.respondent())
        .oralEvidence(fresh.oralEvidence()).putAllAnswers(fresh.answers()).addAllAttachments(fresh.attachments())
        .submitted(earlier.submitted().orElse(java.time.LocalDate.of(2012, 11, 1)).plusDays(5));
    fresh.id().ifPresent(b::id);
    fresh.consent().ifPresent(b::consent);
    return b.build();
  }

  /** The first corpus: Word and PDF forms rendered from 100 responses each, made distinct. */
  private static void generateOld(InventedReturns gen, Questionnaire q, List<DocumentFormat> docs, Path in,
      int count) throws IOException {
    Files.createDirectories(in);
    int kinds = docs.size() + 1;
    List<List<byte[]>> pools = new ArrayList<>();
    for (DocumentFormat f : docs) {
      List<byte[]> pool = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        f.renderer().render(q, Optional.of(gen.response(i + 100 * pools.size())), RenderOptions.defaults(), o);
        pool.add(o.toByteArray());
      }
      pools.add(pool);
    }
    EvidenceJson json = EvidenceJson.standard();
    for (int i = 0; i < count; i++) {
      int kind = i % kinds;
      String stem = String.format("%03d/return-%06d", i / 1000, i);
      Files.createDirectories(in.resolve(stem).getParent());
      if (kind == 0) {
        Files.writeString(in.resolve(stem + ".json"), json.write(gen.response(i)), StandardCharsets.UTF_8);
      } else {
        DocumentFormat f = docs.get(kind - 1);
        byte[] b = pools.get(kind - 1).get(i % 100);
        Files.write(in.resolve(stem + "." + f.fileExtension()), distinct(b, i));
      }
    }
  }

  /** The same document with bytes of its own: a zip comment, or a PDF comment after %%EOF. */
  static byte[] distinct(byte[] b, int i) {
    byte[] tag = (" " + i).getBytes(StandardCharsets.US_ASCII);
    if (b.length > 22 && b[0] == 'P' && b[1] == 'K' && b[b.length - 22] == 0x50 && b[b.length - 21] == 0x4b) {
      byte[] out = Arrays.copyOf(b, b.length + tag.length);
      out[b.length - 2] = (byte) tag.length; // the end record's comment length (it had none)
      out[b.length - 1] = 0;
      System.arraycopy(tag, 0, out, b.length, tag.length);
      return out;
    }
    if (b[0] == 'P') {
      return b; // a zip whose end record has a comment already: left as it is
    }
    byte[] c = ("%" + i + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] out = Arrays.copyOf(b, b.length + c.length);
    System.arraycopy(c, 0, out, b.length, c.length);
    return out;
  }
}
