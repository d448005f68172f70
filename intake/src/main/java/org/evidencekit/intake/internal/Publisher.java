package org.evidencekit.intake.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;

/**
 * publish/: for each valid return kept that may be published, its anonymised response as JSON
 * ({@code R-….json}) and as a document in each format that makes archival documents (PDF/A with
 * the formats that ship), rendered on the pool. The folder is made beside the old one and swapped
 * in when complete; a document whose name (its content's reference) the previous publish/ already
 * holds is taken from there rather than rendered again, when the previous run's records are valid.
 */
public final class Publisher {
  private final Questionnaire q;
  private final List<DocumentFormat> formats;
  private final Path out;
  private final Path fresh;
  private final Optional<Path> previous;
  private final ExecutorService pool;
  private final Semaphore inFlight;
  private final List<Future<?>> pending = new ArrayList<>();
  private final EvidenceJson json = EvidenceJson.standard();
  private int count;

  public Publisher(Questionnaire q, List<DocumentFormat> formats, Path out, boolean reuse, ExecutorService pool,
      int threads) throws IOException {
    this.q = q;
    this.formats = formats;
    this.out = out;
    this.pool = pool;
    this.inFlight = new Semaphore(threads * 2);
    this.fresh = out.resolve(".publish-" + UUID.randomUUID());
    Files.createDirectories(fresh);
    Path old = out.resolve("publish");
    this.previous = reuse && Files.isDirectory(old) ? Optional.of(old) : Optional.empty();
  }

  public void accept(ReturnRecord r) throws IOException {
    if (r.status() != ReturnStatus.READ_VALID || !r.publishable() || r.anonymised().isEmpty()) {
      return;
    }
    count++;
    String name = r.reference();
    Response a = r.anonymised().get();
    Files.writeString(fresh.resolve(name + ".json"), json.write(a), StandardCharsets.UTF_8);
    for (DocumentFormat f : formats) {
      String file = name + "." + f.fileExtension();
      Path target = fresh.resolve(file);
      if (previous.isPresent() && Files.isRegularFile(previous.get().resolve(file))) {
        try {
          Files.createLink(target, previous.get().resolve(file));
        } catch (IOException | UnsupportedOperationException e) {
          Files.copy(previous.get().resolve(file), target);
        }
        continue;
      }
      inFlight.acquireUninterruptibly();
      pending.add(pool.submit(() -> {
        try (OutputStream o = Files.newOutputStream(target)) {
          Layout layout = f.layouts().contains(Layout.PRINTED) ? Layout.PRINTED : f.defaultResponseLayout();
          // anonymised: the document says "Withheld" where the respondent's details were taken out
          f.renderer().render(q, Optional.of(a), RenderOptions.builder().layout(layout).archival(true).anonymised(true)
              .build(), o);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } finally {
          inFlight.release();
        }
      }));
    }
  }

  /** Waits for the documents to be made. */
  public void finish() throws IOException {
    for (Future<?> f : pending) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted");
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException("a document for publication could not be made", e.getCause());
      }
    }
  }

  /** Waits for the documents ({@link #finish}), then swaps the new folder in. */
  public Path commit() throws IOException {
    finish();
    Path target = out.resolve("publish");
    Path old = out.resolve(".publish-old-" + UUID.randomUUID());
    if (Files.exists(target)) {
      Files.move(target, old);
    }
    Files.move(fresh, target);
    deleteTree(old);
    return target;
  }

  public int count() {
    return count;
  }

  /** Removes what an interrupted run left behind in OUT. */
  public static void clean(Path out) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(out, ".publish-*")) {
      for (Path p : ds) {
        deleteTree(p);
      }
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }
}
