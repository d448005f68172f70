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
    return resource("/fixtures/kinds.yaml", Format.YAML);
  }

  public static Questionnaire resource(String name, Format format) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
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
