package org.evidencekit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.render.docx.DocxReader;
import org.evidencekit.render.docx.DocxRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's speed goals, on one core (one thread): filled 2012 responses rendered to DOCX per
 * second (target at least 500; straightforward POI code gives about 100), and filled forms read
 * back per second (target at least 300). The responses are 64 different random ones, taken in
 * turn. Run with {@code ./bench Docx}; add {@code -prof gc} for allocation figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DocxBenchmark {
  private static final int RESPONSES = 64;

  Questionnaire questionnaire;
  DocxRenderer renderer;
  DocxReader reader;
  Response[] responses;
  byte[][] filled;
  byte[] encrypted;
  Password password;
  ByteArrayOutputStream out;
  int next;

  @Setup
  public void setUp() throws IOException {
    questionnaire = Questionnaires.callForEvidence2012();
    renderer = DocxRenderer.standard();
    reader = DocxReader.standard();
    responses = new Response[RESPONSES];
    filled = new byte[RESPONSES][];
    for (int i = 0; i < RESPONSES; i++) {
      responses[i] = ExampleResponses.random(questionnaire, i);
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      renderer.render(questionnaire, Optional.of(responses[i]), RenderOptions.defaults(), b);
      filled[i] = b.toByteArray();
      Response back = reader.read(questionnaire, new ByteArrayInputStream(filled[i]), ReadOptions.defaults());
      if (!back.equals(responses[i])) {
        throw new IllegalStateException("response " + i + " does not read back");
      }
    }
    password = Password.of("bench-password".toCharArray());
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    renderer.render(
        questionnaire, Optional.of(responses[0]), RenderOptions.builder().password(password).build(), b);
    encrypted = b.toByteArray();
    out = new ByteArrayOutputStream(1 << 16);
  }

  private int next() {
    int i = next;
    next = (i + 1) % RESPONSES;
    return i;
  }

  @Benchmark
  public int renderFilledForm() throws IOException {
    out.reset();
    renderer.render(questionnaire, Optional.of(responses[next()]), RenderOptions.defaults(), out);
    return out.size();
  }

  @Benchmark
  public int renderBlankForm() throws IOException {
    out.reset();
    renderer.render(questionnaire, Optional.empty(), RenderOptions.defaults(), out);
    return out.size();
  }

  @Benchmark
  public int renderAnswersOnly() throws IOException {
    out.reset();
    renderer.render(questionnaire, Optional.of(responses[next()]), RenderOptions.of(Layout.ANSWERS_ONLY), out);
    return out.size();
  }

  @Benchmark
  public Response readFilledForm() throws IOException {
    return reader.read(questionnaire, new ByteArrayInputStream(filled[next()]), ReadOptions.defaults());
  }

  /** Dominated by the 100,000 rounds of SHA-512 that derive the key from the password. */
  @Benchmark
  public int renderEncrypted() throws IOException {
    out.reset();
    renderer.render(
        questionnaire, Optional.of(responses[next()]), RenderOptions.builder().password(password).build(), out);
    return out.size();
  }

  @Benchmark
  public Response readEncrypted() throws IOException {
    return reader.read(questionnaire, new ByteArrayInputStream(encrypted), ReadOptions.withPassword(password));
  }
}
