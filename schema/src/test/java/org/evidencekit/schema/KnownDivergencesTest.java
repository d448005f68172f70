package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evidencekit.model.Fixtures;
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
 *   <li>Where core-model counts differently from everywhere else: a respondent field's length in
 *       UTF-16 units, not characters.
 *   <li>What core-model's reader accepts by leniency, which a contract should not advertise: a
 *       number or true/false where text is expected outside the answers, {@code null} for a
 *       property left out, and a date written otherwise than as YYYY-MM-DD.
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

  @Test
  void aRespondentFieldIsMeasuredInUtf16UnitsByCoreModel() {
    // 300 characters, each two UTF-16 units: 600 units, over core-model's 500.
    coreOnly(false, response("\"respondent\": {\"name\": \"A Worker\", \"area\": \"" + "\uD83D\uDE00".repeat(300) + "\"}")
        .replace("\"respondent\": {\"name\": \"A Worker\"}, ", ""));
  }

  @Test
  void numbersAndTrueOrFalseAreReadAsTextByCoreModel() {
    coreOnly(true, response("\"id\": 12"));
    coreOnly(true, response("\"id\": true"));
    coreOnly(true, response("\"attachments\": [{\"name\": 12, \"mediaType\": \"video/mp4\"}]"));
    coreOnly(true, "{\"questionnaire\": {\"id\": \"kinds\", \"version\": 3}, \"respondent\": {\"name\": \"A\"}}");
    coreOnly(true, "{\"questionnaire\": {\"id\": \"kinds\", \"version\": \"3\"}, \"respondent\": {\"name\": 7}}");
  }

  @Test
  void nullIsReadAsLeftOutByCoreModel() {
    coreOnly(true, response("\"id\": null"));
    coreOnly(true, response("\"submitted\": null"));
    coreOnly(true, response("\"consent\": null"));
    coreOnly(true, response("\"answers\": null"));
    coreOnly(true, response("\"attachments\": null"));
    coreOnly(true, response("\"attachments\": [{\"name\": \"a\", \"mediaType\": \"a/b\", \"size\": null}]"));
    coreOnly(true, "{\"questionnaire\": {\"id\": \"kinds\", \"version\": \"3\"}, \"respondent\": {\"name\": \"A\","
        + " \"area\": null}}");
  }

  @Test
  void datesNotWrittenAsYyyyMmDdAreReadByCoreModel() {
    coreOnly(true, response("\"submitted\": \" 2012-11-23 \""));
    coreOnly(true, response("\"submitted\": \"\""));
    coreOnly(true, response("\"submitted\": [2012, 11, 23]"));
    coreOnly(true, response("\"submitted\": 15667"));
    coreOnly(true, response("\"submitted\": \"2012-11-23T10:00\""));
  }
}
