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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.model.Answer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.Section;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real client: LibreOffice (Writer) opens every kind of document rendered (blank form, filled
 * form, printed response, answers only) for the test questionnaire and every bundled one. It
 * converts them all to HTML, whose text must carry every question and whose headings must be
 * the parts and sections; and it saves them all again as DOCX, as a respondent filling the form
 * in LibreOffice does, which must read back to the same response. Two soffice calls in all.
 *
 * <p>LibreOffice must be installed ({@code ./run-tests} installs {@code libreoffice-writer-nogui});
 * without it these tests fail, they do not skip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibreOfficeTest {
  private static final class Doc {
    final String name;
    final Questionnaire q;
    final Response response;
    final Layout layout;
    final Path file;

    Doc(String name, Questionnaire q, Response response, Layout layout, Path file) {
      this.name = name;
      this.q = q;
      this.response = response;
      this.layout = layout;
      this.file = file;
    }

    String base() {
      return file.getFileName().toString().replace(".docx", "");
    }
  }

  private final List<Doc> docs = new ArrayList<>();
  private Path html;
  private Path resaved;

  @BeforeAll
  void renderAndConvert(@TempDir Path dir) throws IOException, InterruptedException {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Questionnaire> questionnaires = new ArrayList<>();
    questionnaires.add(Fixtures.everyKind());
    questionnaires.addAll(Fixtures.bundled());
    for (Questionnaire q : questionnaires) {
      add(in, q, "blank", null, Layout.FORM);
      add(in, q, "complete", ExampleResponses.complete(q), Layout.FORM);
      for (long seed = 1; seed <= 3; seed++) {
        add(in, q, "random" + seed, ExampleResponses.random(q, seed), Layout.FORM);
      }
      add(in, q, "printed", ExampleResponses.random(q, 4), Layout.PRINTED);
      add(in, q, "answers-only", ExampleResponses.random(q, 5), Layout.ANSWERS_ONLY);
      add(in, q, "answers-only-complete", ExampleResponses.complete(q), Layout.ANSWERS_ONLY);
    }
    List<Path> files = new ArrayList<>();
    docs.forEach(d -> files.add(d.file));
    Path profile = dir.resolve("profile");
    html = dir.resolve("html");
    resaved = dir.resolve("resaved");
    Soffice.convert("html", html, profile, files);
    Soffice.convert("docx", resaved, profile, files);
  }

  private void add(Path dir, Questionnaire q, String name, Response r, Layout layout) throws IOException {
    Path file = dir.resolve(q.id() + "-" + name + ".docx");
    Files.write(file, Docs.render(q, r, layout));
    docs.add(new Doc(name, q, r, layout, file));
  }

  @Test
  void everyQuestionIsInTheTextOfEveryDocument() throws IOException {
    for (Doc d : docs) {
      String text = text(html(d));
      List<Question> expected = new ArrayList<>();
      if (d.layout == Layout.ANSWERS_ONLY) {
        Map<String, Answer> answers = Responses.answersOf(d.q, d.response);
        for (Question q : d.q.questions()) {
          if (answered(q, answers)) {
            expected.add(q);
          }
        }
      } else {
        expected.addAll(d.q.questions());
      }
      assertTrue(!expected.isEmpty(), d.base());
      for (Question q : expected) {
        String printed = normalise(q.label().map(l -> l + " ").orElse("") + q.text());
        assertTrue(text.contains(printed), d.base() + " has no '" + printed + "' in " + near(text, q.text()));
        if (q.asChoice().isPresent() && d.layout != Layout.ANSWERS_ONLY) {
          for (Option o : q.asChoice().get().options()) {
            String option = normalise(o.label().map(l -> l + " ").orElse("") + o.text());
            assertTrue(text.contains(option), d.base() + " has no option '" + option + "'");
          }
        }
      }
      if (d.response != null) {
        for (Answer a : Responses.answersOf(d.q, d.response).values()) {
          if (a.asText().isPresent()) {
            for (String line : a.asText().get().value().split("\n")) {
              assertTrue(text.contains(normalise(line)), d.base() + " does not show the answer '" + line + "'");
            }
          }
        }
      }
    }
  }

  private static boolean answered(Question q, Map<String, Answer> answers) {
    if (q.asGroup().isPresent()) {
      return q.asGroup().get().questions().stream().anyMatch(s -> answered(s, answers));
    }
    return answers.containsKey(q.id());
  }

  @Test
  void partsAndSectionsAreHeadingsInLibreOffice() throws IOException {
    for (Doc d : docs) {
      if (!d.name.equals("blank")) {
        continue;
      }
      String h = html(d);
      List<String> h1 = headings(h, 1);
      List<String> h2 = headings(h, 2);
      for (Part p : d.q.parts()) {
        String title = normalise((p.label().orElse("") + " " + p.title().orElse("")).trim());
        if (!title.isEmpty()) {
          assertTrue(h1.contains(title), d.base() + ": no h1 '" + title + "' in " + h1);
        }
        for (Section s : p.sections()) {
          s.title().ifPresent(t -> assertTrue(h2.contains(normalise(t)), d.base() + ": no h2 '" + t + "' in " + h2));
        }
      }
    }
  }

  @Test
  void documentsSavedByLibreOfficeReadBackToTheSameResponse() throws IOException {
    for (Doc d : docs) {
      byte[] saved = Files.readAllBytes(resaved.resolve(d.base() + ".docx"));
      assertTrue(!Packages.part(saved, "word/document.xml").contains("<w:tag "), "LibreOffice drops tags");
      Response expected =
          d.response != null ? d.response : Response.builder().questionnaire(QuestionnaireRef.of(d.q)).build();
      assertEquals(expected, Docs.read(d.q, saved), d.base());
    }
  }

  private String html(Doc d) throws IOException {
    return Files.readString(html.resolve(d.base() + ".html"), StandardCharsets.UTF_8);
  }

  private static List<String> headings(String html, int level) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<h" + level + "[^>]*>(.*?)</h" + level + ">", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      out.add(text(m.group(1)));
    }
    return out;
  }

  /** The text of some HTML, white space normalised. */
  static String text(String html) {
    String s = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]*>", " ");
    Matcher m = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);").matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      switch (e) {
        case "amp":
          r = "&";
          break;
        case "lt":
          r = "<";
          break;
        case "gt":
          r = ">";
          break;
        case "quot":
          r = "\"";
          break;
        case "apos":
          r = "'";
          break;
        case "nbsp":
          r = " ";
          break;
        default:
          int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
          r = new String(Character.toChars(cp));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return normalise(sb.toString());
  }

  private static String near(String text, String what) {
    int at = text.indexOf(normalise(what));
    if (at < 0) {
      return "(not found)";
    }
    StringBuilder cps = new StringBuilder();
    text.substring(Math.max(0, at - 8), at).codePoints().forEach(c -> cps.append(Integer.toHexString(c)).append(' '));
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)) + " [" + cps + "]";
  }

  /** Text compared loosely; tick boxes left out (a tick-box question's box stands between its number and text). */
  static String normalise(String s) {
    // LibreOffice's HTML writes a content control in a question's line as U+0001
    return s.replaceAll("[\\s\\p{Z}\\p{Cc}\u2610\u2612\u25CB\u25C9]+", " ").trim();
  }
}
