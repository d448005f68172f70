package org.evidencekit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares builds of the anonymiser in one JVM: each build (a directory of its classes or its
 * jar) is loaded in a class loader of its own, all are warmed, then they anonymise the freeText
 * lines of {@link AnonymiseBenchmark} in turns of 500 lines for the given seconds, and the MB per
 * second of CPU time of each is printed with its ratio to the first. A shared virtual machine runs
 * at different speeds from one minute to the next (the same fixed loop takes up to twice as long),
 * which swamps a change of a few per cent between two separate runs; turns of a fraction of a
 * second share the machine's minutes. The builds are called through reflection, which costs each
 * the same.
 *
 * <p>Run: {@code java -XX:ActiveProcessorCount=1 -cp "benchmarks/target/classes:benchmarks/target/lib/*"
 * org.evidencekit.benchmarks.AnonymiseAB 30 /tmp/before/anonymise/target/classes
 * anonymise/target/classes}, where {@code /tmp/before} is a worktree of the commit to compare
 * with, built with {@code mvn -q -DskipTests -pl anonymise -am package}.
 */
public final class AnonymiseAB {
  private static final int TURN = 500;

  private AnonymiseAB() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: AnonymiseAB SECONDS BUILD [BUILD ...] (a build: its classes directory or its jar)");
      System.exit(2);
    }
    double seconds = Double.parseDouble(args[0]);
    int n = args.length - 1;
    // libphonenumber, from this class path, for every build
    URL phone = Class.forName("com.google.i18n.phonenumbers.PhoneNumberUtil")
        .getProtectionDomain().getCodeSource().getLocation();
    Object[] anonymiser = new Object[n];
    Method[] anonymise = new Method[n];
    for (int k = 0; k < n; k++) {
      Path build = Path.of(args[k + 1]);
      if (!Files.exists(build)) {
        System.err.println("AnonymiseAB: no build at " + build);
        System.exit(2);
      }
      ClassLoader loader = new URLClassLoader(new URL[] {build.toUri().toURL(), phone},
          ClassLoader.getPlatformClassLoader());
      Class<?> c = loader.loadClass("org.evidencekit.anonymise.TextAnonymiser");
      anonymiser[k] = c.getMethod("standard").invoke(null);
      anonymise[k] = c.getMethod("anonymise", String.class);
    }
    List<String> lines = AnonymiseBenchmark.lines();
    long[] bytes = new long[lines.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
    }
    long sink = 0;
    for (int round = 0; round < 4; round++) { // warm: every build compiled before any turn counts
      for (int k = 0; k < n; k++) {
        for (String l : lines) {
          sink += anonymise[k].invoke(anonymiser[k], l).hashCode();
        }
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[n];
    long[] done = new long[n];
    int from = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < end) {
      for (int k = 0; k < n; k++) {
        long c0 = mx.getCurrentThreadCpuTime();
        for (int i = from; i < from + TURN; i++) {
          sink += anonymise[k].invoke(anonymiser[k], lines.get(i)).hashCode();
          done[k] += bytes[i];
        }
        cpu[k] += mx.getCurrentThreadCpuTime() - c0;
      }
      from = (from + TURN) % (lines.size() - TURN);
    }
    double first = done[0] / 1e6 / (cpu[0] / 1e9);
    for (int k = 0; k < n; k++) {
      double mbs = done[k] / 1e6 / (cpu[k] / 1e9);
      System.out.printf("%s: %.2f MB per CPU second, x%.3f%n", args[k + 1], mbs, mbs / first);
    }
    System.out.println("(" + (sink & 1) + ")");
  }
}
