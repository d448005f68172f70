package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evidencekit.model.testing.Soffice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pages as LibreOffice lays them out: every page has the running header and "Page n of N";
 * no choice question is left at the foot of a page without its first option, nor a question
 * without its answer box. The pages are kept as pictures for people to look at, in {@code
 * target/pages/} ({@code pdftoppm} of LibreOffice's PDF of each document).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
  private static final Path PAGES = Path.of("target/pages");
  private final List<Questionnaire> forms = List.of(Questionnaires.callForEvidence2012(), Questionnaires.referralScreening());
  private final List<String> names = new ArrayList<>();

  @BeforeAll
  void renderAndLayOut() throws IOException, InterruptedException {
    Path in = Files.createDirectories(PAGES.resolve("docx"));
    List<Path> files = new ArrayList<>();
    for (Questionnaire q : forms) {
      String id = q.id().startsWith("occ") ? "2012" : "westvale";
      files.add(write(in, id + "-blank", Docs.blank(q)));
      files.add(write(in, id + "-filled", Docs.filled(q, ExampleResponses.random(q, 1))));
      files.add(write(in, id + "-printed", Docs.render(q, ExampleResponses.random(q, 1), Layout.PRINTED)));
      files.add(write(in, id + "-answers-only", Docs.render(q, ExampleResponses.random(q, 1), Layout.ANSWERS_ONLY)));
    }
    Soffice.convert("pdf", PAGES, PAGES.resolve("profile").toAbsolutePath(), files);
    for (Path f : files) {
      String base = f.getFileName().toString().replace(".docx", "");
      names.add(base);
      run(List.of("pdftotext", "-layout", PAGES.resolve(base + ".pdf").toString(), PAGES.resolve(base + ".txt").toString()));
      run(List.of("pdftoppm", "-png", "-r", "60", PAGES.resolve(base + ".pdf").toString(), PAGES.resolve(base).toString()));
    }
  }

  private static Path write(Path dir, String name, byte[] docx) throws IOException {
    Path f = dir.resolve(name + ".docx");
    Files.write(f, docx);
    return f;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), command.get(0) + " did not finish");
    assertEquals(0, p.exitValue(), command + ": " + out);
  }

  private static String[] pages(String name) throws IOException {
    String text = Files.readString(PAGES.resolve(name + ".txt"), StandardCharsets.UTF_8);
    String[] pages = text.split("\f");
    int n = pages.length;
    while (n > 0 && pages[n - 1].isBlank()) {
      n--;
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = pages[i].replaceAll("\\s+", " ");
    }
    return out;
  }

  @Test
  void everyPageHasTheRunningHeaderAndPageNOfN() throws IOException {
    for (int f = 0; f < forms.size(); f++) {
      for (String name : names) {
        if (!name.startsWith(f == 0 ? "2012" : "westvale")) {
          continue;
        }
        String[] pages = pages(name);
        assertTrue(pages.length >= 2, name + " has " + pages.length + " pages");
        String title = forms.get(f).title().replaceAll("\\s+", " ");
        for (int i = 0; i < pages.length; i++) {
          assertTrue(pages[i].contains("Page " + (i + 1) + " of " + pages.length), name + " page " + (i + 1));
          assertTrue(pages[i].contains(title.substring(0, Math.min(40, title.length()))), name + " page " + (i + 1) + " header");
        }
      }
    }
  }

  @Test
  void noQuestionEndsAPageWithoutItsFirstOptionOrAnswer() throws IOException {
    for (int f = 0; f < forms.size(); f++) {
      String name = (f == 0 ? "2012" : "westvale") + "-blank";
      String[] pages = pages(name);
      int checked = 0;
      for (Question q : forms.get(f).questions()) {
        if (q.asChoice().isEmpty()) {
          continue;
        }
        String question = start(q.text());
        Option first = q.asChoice().get().options().get(0);
        String option = start(first.text());
        int at = find(pages, question, 0);
        if (at < 0 || question.length() < 15) {
          continue; // not findable in the laid-out text (wrapped differently): nothing to say
        }
        int optionAt = find(pages, option, at);
        assertEquals(at, optionAt, name + ": question '" + question + "' and its first option '" + option + "'");
        checked++;
      }
      assertTrue(checked >= 3, name + ": only " + checked + " questions checked");
    }
  }

  private static String start(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    int cut = t.indexOf(' ', Math.min(t.length(), 25));
    return cut < 0 ? t : t.substring(0, cut);
  }

  private static int find(String[] pages, String text, int from) {
    for (int i = from; i < pages.length; i++) {
      if (pages[i].contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
