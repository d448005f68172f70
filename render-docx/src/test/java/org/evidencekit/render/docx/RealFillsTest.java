package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.evidencekit.model.testing.Soffice;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.evidencekit.model.Answer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Forms filled in LibreOffice as a person fills them, driven through its UNO API ({@code
 * src/test/resources/real-fills/lo_fill.py}, run with Debian's /usr/bin/python3 and python3-uno):
 * a real mouse click on each placeholder and real key presses (AutoCorrect and all), a click on
 * each tick box, an "other" text typed after its option; saved as DOCX and as ODT. Every answer
 * of a generated response must come back, from both files, for both bundled forms; also when the
 * respondent selects a whole field and types over it, and when each field is deleted and the
 * answer typed in its place (then from the visible structure, with a warning naming them).
 *
 * <p>The filled files stay in {@code target/real-fills/} to look at. Needs soffice and
 * python3-uno ({@code ./run-tests} installs both); fails, does not skip, without them. Slow (a
 * fill takes 30 s to 2 min), so the fills run two at a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealFillsTest {
  private static final Path TOOLS = Path.of("src/test/resources/real-fills");
  private static final Path OUT = Path.of("target/real-fills");
  private static final String PYTHON = "/usr/bin/python3";

  /** One fill: a form, a response, a way of filling. */
  private static final class Fill {
    final String name;
    final Questionnaire q;
    final Response response;
    final String[] planOptions;
    ReadResult docx;
    ReadResult odt;
    String log = "";

    Fill(String name, Questionnaire q, Response response, String... planOptions) {
      this.name = name;
      this.q = q;
      this.response = response;
      this.planOptions = planOptions;
    }
  }

  private final List<Fill> fills = new ArrayList<>();

  @BeforeAll
  void fillInLibreOffice() throws Exception {
    assertTrue(Files.isExecutable(Path.of(PYTHON)), "these tests need /usr/bin/python3 with python3-uno (./run-tests installs it)");
    Soffice.executable();
    Questionnaire q2012 = Questionnaires.callForEvidence2012();
    Questionnaire westvale = Questionnaires.referralScreening();
    fills.add(new Fill("2012-click", q2012, ExampleResponses.random(q2012, 1)));
    fills.add(new Fill("westvale-click", westvale, ExampleResponses.random(westvale, 1)));
    fills.add(new Fill("westvale-select", westvale, ExampleResponses.random(westvale, 2), "--how", "select"));
    fills.add(new Fill("westvale-delete", westvale, ExampleResponses.random(westvale, 3), "--how", "delete"));
    fills.add(new Fill("2012-delete", q2012, ExampleResponses.random(q2012, 2), "--how", "delete", "--typing", "insert"));
    Files.createDirectories(OUT);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Fill f : fills) {
        running.add(pool.submit(() -> {
          fill(f);
          return null;
        }));
      }
      for (Future<?> r : running) {
        r.get(30, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void fill(Fill f) throws IOException, InterruptedException {
    Path dir = Files.createDirectories(OUT.resolve(f.name));
    Path blank = dir.resolve("blank.docx");
    Files.write(blank, Docs.blank(f.q));
    Path questionnaire = dir.resolve("questionnaire.json");
    Files.writeString(questionnaire, EvidenceJson.standard().write(f.q, Format.JSON), StandardCharsets.UTF_8);
    Path response = dir.resolve("response.json");
    Files.writeString(response, EvidenceJson.standard().write(f.response), StandardCharsets.UTF_8);
    Path plan = dir.resolve("plan.json");
    List<String> planCommand = new ArrayList<>(List.of(PYTHON, TOOLS.resolve("plan_from_response.py").toString(),
        questionnaire.toString(), response.toString(), "-o", plan.toString()));
    planCommand.addAll(List.of(f.planOptions));
    run(planCommand, dir.resolve("plan.out"), 2);
    Path docx = dir.resolve("filled.docx");
    Path odt = dir.resolve("filled.odt");
    run(List.of(PYTHON, TOOLS.resolve("lo_fill.py").toString(), "fill", blank.toString(), plan.toString(),
        "--docx", docx.toString(), "--odt", odt.toString(), "--log", dir.resolve("log.json").toString()),
        dir.resolve("fill.out"), 20);
    f.log = Files.readString(dir.resolve("fill.out"), StandardCharsets.UTF_8);
    f.docx = read(f.q, docx);
    f.odt = read(f.q, odt);
  }

  private static void run(List<String> command, Path log, int minutes) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.destroy(); // lo_fill.py ends the office it started when it is stopped
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      fail(command.get(1) + " did not finish in " + minutes + " minutes: see " + log);
    }
    assertEquals(0, p.exitValue(), command.get(1) + " failed: " + Files.readString(log, StandardCharsets.UTF_8));
  }

  private static ReadResult read(Questionnaire q, Path file) throws IOException {
    return Docs.READER.readWithWarnings(q, new ByteArrayInputStream(Files.readAllBytes(file)), ReadOptions.defaults());
  }

  /** What a blank form filled in by hand can hold of a response: no id, date or attachments. */
  private static Response typed(Response r) {
    return Response.builder()
        .questionnaire(r.questionnaire())
        .respondent(r.respondent())
        .consent(r.consent())
        .oralEvidence(r.oralEvidence())
        .putAllAnswers(r.answers())
        .build();
  }

  @Test
  void everyAnswerComesBackFromTheDocxAndTheOdt() {
    List<String> wrong = new ArrayList<>();
    for (Fill f : fills) {
      assertTrue(f.log.contains(" 0 failed"), f.name + ": the person could not do everything: " + f.log);
      Response expected = typed(f.response);
      check(f.name + ".docx", expected, f.docx.response(), wrong);
      check(f.name + ".odt", expected, f.odt.response(), wrong);
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static void check(String what, Response expected, Response got, List<String> wrong) {
    Map<String, Answer> want = new LinkedHashMap<>(expected.answers());
    for (Map.Entry<String, Answer> e : want.entrySet()) {
      if (!Objects.equals(e.getValue(), got.answers().get(e.getKey()))) {
        wrong.add(what + ": answer " + e.getKey() + " is " + got.answers().get(e.getKey()));
      }
    }
    for (String extra : got.answers().keySet()) {
      if (!want.containsKey(extra)) {
        wrong.add(what + ": answer " + extra + " was not given");
      }
    }
    if (!expected.respondent().equals(got.respondent())) {
      wrong.add(what + ": the respondent differs");
    }
    if (!expected.consent().equals(got.consent()) || expected.oralEvidence() != got.oralEvidence()) {
      wrong.add(what + ": consent or oral evidence differs");
    }
    assertEquals(QuestionnaireRef.of(expected.questionnaire().id(), expected.questionnaire().version()), got.questionnaire());
  }

  @Test
  void answersClickedAndTypedNeedNoWarning() {
    for (Fill f : fills) {
      if (f.name.endsWith("-click") || f.name.endsWith("-select")) {
        assertEquals(List.of(), f.docx.warnings(), f.name + ".docx");
        assertEquals(List.of(), f.odt.warnings(), f.name + ".odt");
      }
    }
  }

  @Test
  void answersTypedWhereADeletedFieldWasComeBackAndThoseFoundByLayoutAreNamed() {
    for (Fill f : fills) {
      if (f.name.endsWith("-delete")) {
        // a deleted text field leaves its bookmark: what is typed in its paragraph is its answer;
        // an option's details typed beside its deleted field are found by the printed layout
        boolean details = f.response.answers().values().stream()
            .anyMatch(a -> a.asChoice().map(c -> !c.specified().isEmpty()).orElse(false));
        for (ReadResult r : List.of(f.docx, f.odt)) {
          assertEquals(details ? 1 : 0, r.warnings().size(), f.name + ": " + r.warnings());
          for (String w : r.warnings()) {
            assertTrue(w.contains("read from the document's printed layout"), w);
            assertTrue(w.matches(".*questions? \\d.*"), w);
          }
        }
      }
    }
  }
}
