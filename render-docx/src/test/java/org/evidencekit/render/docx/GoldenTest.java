package org.evidencekit.render.docx;

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
 * Golden files: the {@link DocumentDump normalised dump} of a form's {@code word/document.xml}
 * (each paragraph's style and text, each control's kind, title and content), compared line by
 * line with {@code src/test/resources/golden/*.txt}. When a change to the document is intended,
 * rewrite them with {@code mvn -pl render-docx -am verify -Devidencekit.golden.update=true} and
 * review the difference in git.
 */
class GoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("evidencekit.golden.update");

  @Test
  void blankFormOfTheTestQuestionnaire() throws IOException {
    check("fixture-every-kind-blank.txt", dump(Docs.blank(Fixtures.everyKind())));
  }

  @Test
  void filledFormOfTheTestQuestionnaire() throws IOException {
    Questionnaire q = Fixtures.everyKind();
    check("fixture-every-kind-filled.txt", dump(Docs.filled(q, ExampleResponses.complete(q))));
  }

  @Test
  void answersOnlyOfTheTestQuestionnaire() throws IOException {
    Questionnaire q = Fixtures.everyKind();
    check(
        "fixture-every-kind-answers-only.txt",
        dump(Docs.render(q, ExampleResponses.random(q, 7), Layout.ANSWERS_ONLY)));
  }

  @Test
  void blankFormOfThe2012CallForEvidence() throws IOException {
    Questionnaire q = Questionnaires.callForEvidence2012();
    check(q.id() + "-blank.txt", dump(Docs.blank(q)));
  }

  @Test
  void blankFormOfTheReferralScreeningForm() throws IOException {
    Questionnaire q = Questionnaires.referralScreening();
    check(q.id() + "-blank.txt", dump(Docs.blank(q)));
  }

  private static String dump(byte[] docx) {
    return DocumentDump.of(Packages.part(docx, "word/document.xml"));
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
