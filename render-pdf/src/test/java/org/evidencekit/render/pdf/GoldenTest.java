package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.junit.jupiter.api.Test;

/**
 * Golden files: the {@link PdfDump normalised dump} of a PDF (each page's text and fields, then
 * the structure tree) compared with {@code src/test/resources/golden/*.txt}. When a change to the
 * documents is intended, rewrite them with {@code mvn -pl render-pdf -am verify
 * -Devidencekit.golden.update=true} and review the difference in git.
 */
class GoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("evidencekit.golden.update");

  @Test
  void blankFormOfTheCallForEvidence2012() throws IOException {
    check("occ-csegg-call-for-evidence-2012-blank.txt",
        PdfDump.of(Pdfs.blank(Questionnaires.callForEvidence2012())));
  }

  @Test
  void filledFormOfTheTestFixture() throws IOException {
    Questionnaire q = Fixtures.allKinds();
    check("fixture-all-kinds-filled.txt", PdfDump.of(Pdfs.render(q, ExampleResponses.complete(q), Layout.FORM)));
  }

  @Test
  void printedResponseOfTheTestFixture() throws IOException {
    Questionnaire q = Fixtures.allKinds();
    check("fixture-all-kinds-printed.txt",
        PdfDump.of(Pdfs.render(q, ExampleResponses.random(q, 7), Layout.PRINTED)));
  }

  @Test
  void answersOnlyOfTheCallForEvidence2012() throws IOException {
    Questionnaire q = Questionnaires.callForEvidence2012();
    check("occ-csegg-call-for-evidence-2012-answers-only.txt",
        PdfDump.of(Pdfs.render(q, ExampleResponses.complete(q), Layout.ANSWERS_ONLY)));
  }

  private static void check(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(
        Files.exists(file),
        file + " is missing: run the tests with -Devidencekit.golden.update=true to write it, then review it");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "the document differs from " + file);
  }
}
