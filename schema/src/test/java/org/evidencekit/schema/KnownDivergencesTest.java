package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evidencekit.model.testing.Fixtures;
import org.evidencekit.model.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * The only responses on which the response schema and core-model disagree, each kept here so that
 * the agreement properties can leave exactly these out, and so that this test fails (and says
 * so) the day core-model changes its rule and the exclusion can go.
 *
 * <ul>
 *   <li>What JSON Schema cannot say: that attachments' names differ from one another (it
 *       compares whole array items only), and that {@code 12.0} is not a whole number (in JSON
 *       Schema's data model it is).
 * </ul>
 */
class KnownDivergencesTest {
  private static final Questionnaire KINDS = Fixtures.kinds();
  private static final SchemaValidator SCHEMA = SchemaValidator.of(ResponseSchemas.standard().schemaFor(KINDS));

  private static String response(String fields) {
    return "{\"questionnaire\": {\"id\": \"kinds\", \"version\": \"3\"}, \"respondent\": {\"name\": \"A Worker\"}, "
        + fields + "}";
  }

  private static void coreOnly(boolean coreValid, String json) {
    String core = Verdicts.core(KINDS, json);
    String schema = Verdicts.schema(SCHEMA, json);
    assertEquals(coreValid, Verdicts.isValid(core), "core-model now says " + core + " for " + json
        + ": if core-model's rule changed, remove this case here and from the schema's package notes");
    assertEquals(!coreValid, Verdicts.isValid(schema), "the schema says " + schema + " for " + json);
  }

  @Test
  void attachmentsWithTheSameNameAreInvalidOnlyForCoreModel() {
    coreOnly(false, response("\"attachments\": [{\"name\": \"film.mp4\", \"mediaType\": \"video/mp4\"},"
        + " {\"name\": \"film.mp4\", \"mediaType\": \"video/mp4\"}]"));
  }

  @Test
  void anAttachmentSizeWithAZeroFractionIsInvalidOnlyForCoreModel() {
    coreOnly(false, response("\"attachments\": [{\"name\": \"film.mp4\", \"mediaType\": \"video/mp4\", \"size\": 12.0}]"));
  }

  private static void both(boolean valid, String json) {
    assertEquals(valid, Verdicts.isValid(Verdicts.core(KINDS, json)), "core-model on " + json);
    assertEquals(valid, Verdicts.isValid(Verdicts.schema(SCHEMA, json)), "the schema on " + json);
  }

  /** Cases that once diverged, until core-model counted characters and read strictly. */
  @Test
  void formerDivergencesNowAgree() {
    String emoji = "\uD83D\uDE00";
    both(true, response("\"respondent\": {\"name\": \"A Worker\", \"area\": \"" + emoji.repeat(300) + "\"}")
        .replace("\"respondent\": {\"name\": \"A Worker\"}, ", ""));
    both(false, response("\"respondent\": {\"name\": \"A Worker\", \"area\": \"" + emoji.repeat(501) + "\"}")
        .replace("\"respondent\": {\"name\": \"A Worker\"}, ", ""));
    for (String fields : new String[] {
        "\"id\": 12", "\"id\": true", "\"attachments\": [{\"name\": 12, \"mediaType\": \"video/mp4\"}]",
        "\"id\": null", "\"submitted\": null", "\"consent\": null", "\"answers\": null", "\"attachments\": null",
        "\"attachments\": [{\"name\": \"a\", \"mediaType\": \"a/b\", \"size\": null}]",
        "\"submitted\": \" 2012-11-23 \"", "\"submitted\": \"\"", "\"submitted\": [2012, 11, 23]",
        "\"submitted\": 15667", "\"submitted\": \"2012-11-23T10:00\""}) {
      both(false, response(fields));
    }
    both(false, "{\"questionnaire\": {\"id\": \"kinds\", \"version\": 3}, \"respondent\": {\"name\": \"A\"}}");
    both(false, "{\"questionnaire\": {\"id\": \"kinds\", \"version\": \"3\"}, \"respondent\": {\"name\": 7}}");
  }
}
