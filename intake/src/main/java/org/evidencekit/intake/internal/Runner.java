package org.evidencekit.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.evidencekit.anonymise.counts.DisclosureControl;
import org.evidencekit.intake.records.IntakeResult;
import org.evidencekit.intake.records.Progress;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.FormatRegistry;

/** One run of intake over folders: read (in parallel, from the cache where unchanged), then write. */
public final class Runner {
  private static final String VERSION = "intake-records-2"; // 2: fractions kept as written

  private final Examiner examiner;
  private final Questionnaire q;
  private final FormatRegistry formats;
  private final DisclosureControl control;
  private final int threads;
  private final boolean publishDocuments;

  public Runner(Examiner examiner, Questionnaire q, FormatRegistry formats, DisclosureControl control, int threads,
      boolean publishDocuments) {
    this.examiner = examiner;
    this.q = q;
    this.formats = formats;
    this.control = control;
    this.threads = threads;
    this.publishDocuments = publishDocuments;
  }

  /** A file found: only its name and stat are kept (one per file, for the whole run). */
  private record Found(String path, long size, long mtime) {
    Path file() {
      return Path.of(path);
    }
  }

  public IntakeResult run(List<Path> folders, Path out, Progress progress) throws IOException {
    Files.createDirectories(out);
    cleanLeftovers(out);
    List<Found> files = walk(folders, out);
    progress.started(files.size());
    Path cacheDir = out.resolve(".intake");
    String fingerprint = fingerprint();
    List<Thread> workers = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "intake");
      t.setDaemon(true);
      workers.add(t);
      return t;
    });
    Store store = Store.create(cacheDir);
    boolean committed = false;
    try (Store.Previous previous = Store.Previous.open(cacheDir, fingerprint)) {
      AtomicInteger done = new AtomicInteger();
      AtomicInteger fromCache = new AtomicInteger();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Semaphore inFlight = new Semaphore(threads * 2);
      for (Found f : files) {
        inFlight.acquireUninterruptibly();
        if (failure.get() != null) {
          break;
        }
        pool.execute(() -> {
          try {
            // A record of the last run is taken only if it reads back: a damaged cache line (a
            // disk fault, a hand edit) is no cache, and the file is read again.
            String cached = previous.unchanged(f.path(), f.size(), f.mtime());
            if (cached != null && Codec.tryDecode(cached) != null) {
              Store.Entry e = previous.entry(f.path());
              store.append(f.path(), f.size(), f.mtime(), e.sha256(), e.status(), cached);
              progress.advanced(done.incrementAndGet(), files.size(), fromCache.incrementAndGet());
              return;
            }
            ReturnRecord r = read(f, previous);
            store.append(f.path(), f.size(), f.mtime(), r.sha256(), r.status().id(), Codec.encode(r, true));
            progress.advanced(done.incrementAndGet(), files.size(), fromCache.get());
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          } finally {
            inFlight.release();
          }
        });
      }
      inFlight.acquireUninterruptibly(threads * 2);
      inFlight.release(threads * 2);
      if (failure.get() != null) {
        throw new IOException("intake failed: " + failure.get().getClass().getSimpleName(), failure.get());
      }
      IntakeResult result = write(store, out, folders, pool, previous, progress, files.size(), fromCache.get());
      // The outputs are in place: the cache is committed to match them, even if interrupted now
      // (the interrupt is kept for the caller).
      boolean interrupted = Thread.interrupted();
      try {
        store.commit(fingerprint);
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      committed = true;
      return result;
    } finally {
      pool.shutdownNow();
      // Interrupted or not, the workers are let end before the run returns.
      boolean interrupted = Thread.interrupted();
      boolean terminated;
      while (true) {
        try {
          terminated = pool.awaitTermination(10, TimeUnit.SECONDS);
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (terminated) {
        // The pool terminates when its last worker leaves it, a moment before that thread ends.
        interrupted |= Lanes.joinAll(List.copyOf(workers));
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (!committed) {
        try {
          Publisher.clean(out); // a publish/ being made, now that nothing writes in it
        } catch (IOException e) {
          // left for the next run, which cleans it up before anything else
        }
      }
      if (committed) {
        store.close();
      } else {
        store.discard();
      }
    }
  }

  /** One file's record: from the cache if the same bytes were read before, else examined. */
  private ReturnRecord read(Found f, Store.Previous previous) throws IOException {
    if (f.size() > examiner.maxBytes()) {
      return examiner.tooLarge(f.path(), f.size(), streamedSha(f.file()));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f.file());
    } catch (IOException e) {
      return new ReturnRecord(f.path(), f.size(), "", ReturnStatus.UNREADABLE, "", java.util.Optional.empty(),
          List.of(org.evidencekit.intake.records.ReturnProblem.ofFile("could not be read from the disk ("
              + e.getClass().getSimpleName() + ")")), java.util.Optional.empty(), java.util.Optional.empty(), false,
          java.util.Optional.empty());
    }
    String sha = Examiner.sha256(bytes);
    String same = previous.sameBytes(sha);
    ReturnRecord known = same == null ? null : Codec.tryDecode(same);
    if (known != null) {
      return known.at(f.path());
    }
    return examiner.examine(f.path(), bytes);
  }

  private static String streamedSha(Path file) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private IntakeResult write(Store store, Path out, List<Path> folders, ExecutorService pool,
      Store.Previous previous, Progress progress, int fileCount, int fromCache) throws IOException {
    progress.writing("finding duplicates");
    List<Store.Entry> entries = store.entries();
    entries.sort(Comparator.comparing(Store.Entry::path));
    Dedupe dedupe = new Dedupe();
    // Records are parsed on the pool a window ahead and seen here in path order.
    inOrder(entries, pool, e -> Codec.who(store.bytes(e)), (e, w) -> dedupe.see(e.path(), e.sha256(), w));
    progress.writing("writing the spreadsheets, the summary and the evidence pack");
    Path scratch = Files.createTempDirectory(out, ".intake-scratch-");
    List<Path> written = new ArrayList<>();
    Map<ReturnStatus, Integer> byStatus = new EnumMap<>(ReturnStatus.class);
    List<DocumentFormat> publishFormats = new ArrayList<>();
    if (publishDocuments) {
      for (DocumentFormat f : formats.all()) {
        if (f.supports(DocumentFormat.Capability.ARCHIVAL)) {
          publishFormats.add(f);
        }
      }
    }
    String source = folders.size() == 1 ? "the folder " + folders.get(0) : folders.size() + " folders";
    String lang = q.language();
    // Files written whole beside their targets, deleted at the end unless renamed into place.
    List<AtomicFiles.Staged> staged = java.util.Collections.synchronizedList(new ArrayList<>());
    try (Tables tables = new Tables(out, q);
        Analysis analysis = new Analysis(q, control);
        EvidencePack pack = new EvidencePack(q, scratch)) {
      Publisher publisher = new Publisher(q, publishFormats, out, previous.valid(), pool, threads);
      // Each output takes every record in path order on a thread of its own (three lanes, so the
      // writing uses every core), then writes its files whole beside their targets; they are
      // renamed into place only once every lane has finished.
      AtomicFiles.Staged[] summary = new AtomicFiles.Staged[2];
      AtomicFiles.Staged[] packDocx = new AtomicFiles.Staged[1];
      List<AtomicFiles.Staged> tableFiles = new ArrayList<>();
      Map<String, Lanes.Lane<Decoded>> outputs = new java.util.LinkedHashMap<>();
      outputs.put("intake-tables", new Lanes.Lane<>() {
        @Override
        public void accept(Decoded d) throws IOException {
          tables.accept(d.record(), d.line());
        }

        @Override
        public void finish() throws IOException {
          tableFiles.addAll(tables.finish());
          staged.addAll(tableFiles);
        }
      });
      outputs.put("intake-summary", new Lanes.Lane<>() {
        @Override
        public void accept(Decoded d) throws IOException {
          analysis.accept(d.record());
        }

        @Override
        public void finish() throws IOException {
          SummaryModel model = analysis.finish(source);
          summary[0] = AtomicFiles.stage(out.resolve("summary.html"),
              o -> o.write(SummaryHtml.render(model, lang).getBytes(StandardCharsets.UTF_8)));
          staged.add(summary[0]);
          summary[1] = AtomicFiles.stage(out.resolve("summary.pdf"), o -> SummaryPdf.write(model, lang, o));
          staged.add(summary[1]);
        }
      });
      outputs.put("intake-pack", new Lanes.Lane<>() {
        @Override
        public void accept(Decoded d) throws IOException {
          pack.accept(d.record());
          publisher.accept(d.record());
        }

        @Override
        public void finish() throws IOException {
          packDocx[0] = pack.finish(out.resolve("evidence-pack.docx"), "Evidence pack: " + q.title());
          staged.add(packDocx[0]);
        }
      });
      try (Lanes<Decoded> lanes = new Lanes<>(outputs, LANE_QUEUE)) {
        // Decoding a record and encoding its line of returns.jsonl are done on the pool, a window
        // ahead; the lanes take the records here, one at a time in path order.
        inOrder(entries, pool, e -> {
          ReturnRecord r = Codec.decode(store.bytes(e));
          Dedupe.Verdict v = dedupe.verdict(e.path());
          if (v != null) {
            r = r.asDuplicateOf(v.kept(), v.why());
          }
          return new Decoded(r, Codec.encode(r, false));
        }, (e, d) -> {
          byStatus.merge(d.record().status(), 1, Integer::sum);
          lanes.put(d);
        });
        lanes.finish();
      }
      progress.writing("writing publish/");
      publisher.finish();
      // Every file is whole beside its target: only renames from here on.
      for (AtomicFiles.Staged x : tableFiles) {
        written.add(x.commit());
      }
      written.add(summary[0].commit());
      written.add(summary[1].commit());
      written.add(packDocx[0].commit());
      written.add(publisher.commit());
      return new IntakeResult(fileCount, byStatus, fromCache, publisher.count(), written);
    } finally {
      synchronized (staged) {
        for (AtomicFiles.Staged x : staged) {
          x.discard();
        }
      }
      Publisher.deleteTree(scratch);
    }
  }

  /** How many records each output lane may have waiting: with {@link #WINDOW}, bounds the memory. */
  private static final int LANE_QUEUE = 64;

  private record Decoded(ReturnRecord record, String line) {}

  private interface Work<T> {
    T apply(Store.Entry e) throws IOException;
  }

  private interface Sink<T> {
    void accept(Store.Entry e, T value) throws IOException;
  }

  /** How many records are worked on ahead of the one being written: bounds the memory. */
  private static final int WINDOW = 64;

  /**
   * {@code work} on each entry on the pool, at most {@link #WINDOW} ahead; {@code sink} takes the
   * results on this thread, in the entries' order.
   */
  private static <T> void inOrder(List<Store.Entry> entries, ExecutorService pool, Work<T> work, Sink<T> sink)
      throws IOException {
    java.util.ArrayDeque<java.util.concurrent.Future<T>> ahead = new java.util.ArrayDeque<>();
    int next = 0;
    try {
      for (Store.Entry e : entries) {
        while (next < entries.size() && ahead.size() < WINDOW) {
          Store.Entry x = entries.get(next++);
          ahead.add(pool.submit(() -> work.apply(x)));
        }
        T value;
        try {
          value = ahead.poll().get();
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("intake was interrupted");
        } catch (java.util.concurrent.ExecutionException ee) {
          throw Lanes.asIOException(ee.getCause());
        }
        sink.accept(e, value);
      }
    } finally {
      for (java.util.concurrent.Future<T> f : ahead) {
        f.cancel(true);
      }
    }
  }

  private String fingerprint() {
    StringBuilder sb = new StringBuilder(VERSION).append('\n').append(examiner.maxBytes()).append('\n');
    for (DocumentFormat f : formats.all()) {
      sb.append(f.id()).append(f.reader().isPresent() ? "+r" : "").append(f.supports(DocumentFormat.Capability.ARCHIVAL)
          ? "+a" : "").append('\n');
    }
    sb.append(EvidenceJson.standard().write(q, Format.JSON));
    return Examiner.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void cleanLeftovers(Path out) throws IOException {
    Publisher.clean(out);
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(out, ".*")) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (n.endsWith(".tmp") || n.startsWith(".intake-scratch-")) {
          Publisher.deleteTree(p);
        }
      }
    }
  }

  private static List<Found> walk(List<Path> folders, Path out) throws IOException {
    Path outAbs = out.toAbsolutePath().normalize();
    List<Found> found = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new EvidenceKitException(folder + ": no such folder");
      }
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (dir.toAbsolutePath().normalize().equals(outAbs)
              || (!dir.equals(folder) && dir.getFileName().toString().startsWith("."))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
            found.add(new Found(file.toString().replace('\\', '/'), attrs.size(),
                attrs.lastModifiedTime().toMillis()));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          found.add(new Found(file.toString().replace('\\', '/'), -1, -1));
          return FileVisitResult.CONTINUE;
        }
      });
    }
    found.sort(Comparator.comparing(Found::path));
    List<Found> unique = new ArrayList<>();
    for (Found f : found) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).path().equals(f.path())) {
        unique.add(f);
      }
    }
    return unique;
  }
}
