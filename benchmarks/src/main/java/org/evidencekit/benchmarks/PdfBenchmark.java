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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerVisitor;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.CaseStudy;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.ContentBlock;
import org.evidencekit.model.DefinitionsBlock;
import org.evidencekit.model.ExampleResponses;
import org.evidencekit.model.Heading;
import org.evidencekit.model.Item;
import org.evidencekit.model.Layout;
import org.evidencekit.model.ListBlock;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Paragraph;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Questionnaires;
import org.evidencekit.model.Quotation;
import org.evidencekit.model.ReadOptions;
import org.evidencekit.model.RenderOptions;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.Section;
import org.evidencekit.model.TextAnswer;
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
 * Beside it, in the same run: printed responses and blank forms, reading a filled form back, and
 * LibreOffice converting the equivalent DOCX (the same response printed, written with POI) to PDF,
 * one file per process ("cold") and twenty files in one process ("batch"), for the ratio.
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
    renderer = PdfRenderer.create();
    reader = PdfReader.create();
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
          PrintedDocx.write(q, ExampleResponses.random(q, i), o);
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

  /**
   * The response printed as a plain Word document with POI: the questionnaire's text, each
   * question with its printed number, and each answer under it. It stands in for render-docx's
   * document so that LibreOffice's conversion can be timed beside the PDF renderer.
   */
  static final class PrintedDocx {
    private PrintedDocx() {}

    static void write(Questionnaire q, Response r, OutputStream out) throws IOException {
      Map<String, Answer> answers = Responses.answersOf(q, r);
      try (XWPFDocument doc = new XWPFDocument()) {
        text(doc, q.title(), 20, true);
        for (Part part : q.parts()) {
          part.title().ifPresent(t -> text(doc, part.label().orElse("") + " " + t, 16, true));
          part.declaration().ifPresent(d -> {
            text(doc, d.prompt(), 11, false);
            text(doc, (answers.containsKey(d.id()) ? "[X] " : "[ ] ") + d.text(), 11, false);
          });
          for (Section s : part.sections()) {
            s.title().ifPresent(t -> text(doc, t, 13, true));
            for (Item item : s.items()) {
              item(doc, q, item, answers);
            }
          }
        }
        doc.write(out);
      }
    }

    private static void item(XWPFDocument doc, Questionnaire q, Item item, Map<String, Answer> answers) {
      if (item instanceof Question) {
        Question question = (Question) item;
        text(doc, question.label().orElse("") + " " + question.text(), 11, true);
        if (question instanceof QuestionGroup) {
          for (Question sub : ((QuestionGroup) question).questions()) {
            item(doc, q, sub, answers);
          }
        } else if (question instanceof ChoiceQuestion) {
          Answer a = answers.get(question.id());
          for (Option o : ((ChoiceQuestion) question).options()) {
            boolean chosen = a instanceof ChoiceAnswer && ((ChoiceAnswer) a).isSelected(o.id());
            String specified = chosen ? ((ChoiceAnswer) a).specified().get(o.id()) : null;
            text(doc, (chosen ? "[X] " : "[ ] ") + o.label().orElse("") + " " + o.text()
                + (specified == null ? "" : ": " + specified), 11, false);
          }
        } else {
          Answer a = answers.get(question.id());
          text(doc, a == null ? "Not answered" : answerText(a), 11, false);
        }
      } else if (item instanceof Heading) {
        text(doc, ((Heading) item).text(), 12, true);
      } else if (item instanceof Paragraph) {
        text(doc, ((Paragraph) item).text(), 11, false);
      } else if (item instanceof ListBlock) {
        ((ListBlock) item).items().forEach(li -> text(doc, li.label().orElse("\u2022") + " " + li.text(), 11, false));
      } else if (item instanceof Quotation) {
        text(doc, ((Quotation) item).text(), 11, false);
      } else if (item instanceof CaseStudy) {
        ((CaseStudy) item).title().ifPresent(t -> text(doc, t, 11, true));
        text(doc, ((CaseStudy) item).text(), 11, false);
      } else if (item instanceof DefinitionsBlock) {
        q.definitions().forEach(d -> {
          text(doc, d.term(), 11, true);
          text(doc, d.text(), 11, false);
        });
      } else if (!(item instanceof ContentBlock)) {
        throw new IllegalArgumentException(item.getClass().getName());
      }
    }

    private static String answerText(Answer a) {
      return a.accept(new AnswerVisitor<String>() {
        @Override
        public String visit(TextAnswer t) {
          return t.value();
        }

        @Override
        public String visit(NumberAnswer n) {
          return n.value().toPlainString();
        }

        @Override
        public String visit(BooleanAnswer b) {
          return b.value() ? "Yes" : "No";
        }

        @Override
        public String visit(ChoiceAnswer c) {
          return String.join(", ", c.selected());
        }
      });
    }

    private static void text(XWPFDocument doc, String text, int size, boolean bold) {
      XWPFParagraph p = doc.createParagraph();
      String[] lines = text.split("\n");
      for (int i = 0; i < lines.length; i++) {
        XWPFRun run = p.createRun();
        run.setFontFamily("Liberation Sans");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(lines[i]);
        if (i < lines.length - 1) {
          run.addBreak();
        }
      }
    }
  }

  /** Writes one filled 2012 form and its DOCX counterpart into a directory, for a look. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response r = ExampleResponses.random(q, 1);
    try (OutputStream o = Files.newOutputStream(dir.resolve("filled-2012.pdf"))) {
      PdfRenderer.create().render(q, Optional.of(r), RenderOptions.defaults(), o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("printed-2012.docx"))) {
      PrintedDocx.write(q, r, o);
    }
  }
}
