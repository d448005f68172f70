package org.evidencekit.model.testing;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;

/** Shared test fixtures of core-model. */
public final class Fixtures {
  private Fixtures() {}

  /** A small questionnaire with every question kind, conditions and a declared part. */
  public static Questionnaire kinds() {
    return read(Fixtures.class.getResourceAsStream("kinds.yaml"), "kinds.yaml", Format.YAML);
  }

  /**
   * A questionnaire read from a test's own resource, which the test opens itself ({@code
   * MyTest.class.getResourceAsStream("/fixtures/my-form.yaml")}): on the module path a test's
   * resources are in its module, where this class cannot open them. Closes the stream.
   *
   * @throws IllegalArgumentException if {@code in} is null (no such resource)
   */
  public static Questionnaire read(InputStream in, String name, Format format) {
    if (in == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try (in) {
      return EvidenceJson.standard().readQuestionnaire(in, format, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response to {@code q} read from JSON whose "answers" and other fields are given. */
  public static Response response(Questionnaire q, String fields) {
    String json =
        "{\"questionnaire\": {\"id\": \"" + q.id() + "\", \"version\": \"" + q.version() + "\"}"
            + (fields.isBlank() ? "" : ", " + fields)
            + "}";
    return EvidenceJson.standard().readResponse(json);
  }
}
