package org.evidencekit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.render.docx.DocxRenderer;
import org.evidencekit.render.pdf.PdfReader;
import org.evidencekit.render.pdf.PdfRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5's speed goal: filled 2012 responses rendered to PDF per second on one core (one thread,
 * one processor). Target: at least 150 per second; straightforward PDFBox code gives about 50.
 * Beside it, in the same run: printed responses, blank and password-protected forms, reading a
 * filled form back, and LibreOffice converting the equivalent DOCX (the same response as a filled
 * form, from render-docx's {@code DocxRenderer}) to PDF, one file per process ("cold") and twenty
 * files in one process ("batch"), for the ratio.
 *
 * <p>Run: {@code ./bench PdfBenchmark}. The LibreOffice benchmarks need {@code soffice}
 * (libreoffice-writer-nogui); they fail with a message saying so when it is missing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
public class PdfBenchmark {
  Questionnaire questionnaire;
  List<Response> responses;
  PdfRenderer renderer;
  PdfReader reader;
  byte[] filledForm;
  RenderOptions protectedOptions;
  ByteArrayOutputStream out;
  int next;

  @Setup
  public void setUp() throws IOException {
    questionnaire = Questionnaires.callForEvidence2012();
    responses = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      responses.add(ExampleResponses.random(questionnaire, i));
    }
    renderer = PdfRenderer.standard();
    reader = PdfReader.standard();
    protectedOptions = RenderOptions.builder()
        .password(org.evidencekit.model.Password.of("benchmark only".toCharArray())).build();
    out = new ByteArrayOutputStream(1 << 20);
    renderer.render(questionnaire, Optional.of(responses.get(0)), RenderOptions.defaults(), out);
    filledForm = out.toByteArray();
    Response back = reader.read(questionnaire, new ByteArrayInputStream(filledForm), ReadOptions.defaults());
    if (!back.equals(responses.get(0))) {
      throw new IllegalStateException("the filled form must read back as its response");
    }
  }

  private Response nextResponse() {
    return responses.get(next++ & 63);
  }

  /** The goal: a filled, still editable 2012 form. */
  @Benchmark
  public int filledForm2012() throws IOException {
    out.reset();
    renderer.render(questionnaire, Optional.of(nextResponse()), RenderOptions.defaults(), out);
    return out.size();
  }

  /**
   * The same, protected with a password (AES-256): written by PDFBox's own writer, since the fast
   * writer does not encrypt, so also the figure for plain PDFBox serialisation.
   */
  @Benchmark
  public int passwordProtectedForm2012() throws IOException {
    out.reset();
    renderer.render(questionnaire, Optional.of(nextResponse()), protectedOptions, out);
    return out.size();
  }

  @Benchmark
  public int printedResponse2012() throws IOException {
    out.reset();
    renderer.render(questionnaire, Optional.of(nextResponse()), RenderOptions.of(Layout.PRINTED), out);
    return out.size();
  }

  @Benchmark
  public int blankForm2012() throws IOException {
    out.reset();
    renderer.render(questionnaire, Optional.empty(), RenderOptions.defaults(), out);
    return out.size();
  }

  @Benchmark
  public Response readFilledForm2012() throws IOException {
    return reader.read(questionnaire, new ByteArrayInputStream(filledForm), ReadOptions.defaults());
  }

  /** LibreOffice converting the equivalent DOCX to PDF: one process per file, or 20 per process. */
  @State(Scope.Benchmark)
  public static class LibreOffice {
    static final int BATCH = 20;
    Path dir;
    Path profile;
    List<Path> docx = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      dir = Files.createTempDirectory("evidencekit-bench-lo-");
      profile = dir.resolve("profile");
      Questionnaire q = Questionnaires.callForEvidence2012();
      for (int i = 0; i < BATCH; i++) {
        Path file = dir.resolve("response-" + i + ".docx");
        try (OutputStream o = Files.newOutputStream(file)) {
          DocxRenderer.standard().render(q, Optional.of(ExampleResponses.random(q, i)), RenderOptions.defaults(), o);
        }
        docx.add(file);
      }
      convert(List.of(docx.get(0))); // creates LibreOffice's profile, fails clearly without soffice
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }

    void convert(List<Path> files) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of(
          "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
          "--convert-to", "pdf", "--outdir", dir.resolve("out").toString()));
      files.forEach(f -> command.add(f.toString()));
      Process p;
      try {
        p = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      } catch (IOException missing) {
        throw new IllegalStateException(
            "soffice is not installed: apt-get install libreoffice-writer-nogui", missing);
      }
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException("LibreOffice failed to convert " + files.size() + " file(s)");
      }
    }
  }

  /** LibreOffice started for one DOCX, converting it to PDF (seconds per document). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public void libreOfficeColdPerDocument(LibreOffice lo) throws Exception {
    lo.convert(List.of(lo.docx.get(next++ % LibreOffice.BATCH)));
  }

  /** LibreOffice converting twenty DOCX files in one process (time per document). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @OperationsPerInvocation(LibreOffice.BATCH)
  public void libreOfficeBatchPerDocument(LibreOffice lo) throws Exception {
    lo.convert(lo.docx);
  }

  /** Writes one filled 2012 form as PDF and as DOCX into a directory, for a look. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response r = ExampleResponses.random(q, 1);
    try (OutputStream o = Files.newOutputStream(dir.resolve("filled-2012.pdf"))) {
      PdfRenderer.standard().render(q, Optional.of(r), RenderOptions.defaults(), o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("filled-2012.docx"))) {
      DocxRenderer.standard().render(q, Optional.of(r), RenderOptions.defaults(), o);
    }
  }
}
