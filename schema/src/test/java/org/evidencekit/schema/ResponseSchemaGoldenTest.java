package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The generated response schemas of the fixture with every question kind and of the referral
 * screening form, as text: a change to what the schemas say (a published contract) shows in review.
 * The golden files live in src/test/resources/golden and are rewritten when the tests run with
 * {@code -Devidencekit.golden.update=true}.
 */
class ResponseSchemaGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void theFixtureWithEveryKind() throws IOException {
    check(Fixtures.kinds(), "kinds.response.schema.json");
  }

  @Test
  void theReferralScreeningForm() throws IOException {
    check(Questionnaires.referralScreening(), "referral-screening.response.schema.json");
  }

  private static void check(Questionnaire q, String name) throws IOException {
    String actual = ResponseSchemas.standard().schemaFor(q).toJson();
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("evidencekit.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        name + " changed: if on purpose, run the tests with -Devidencekit.golden.update=true and review the diff");
  }
}
