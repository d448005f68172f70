package org.evidencekit.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.testing.Fixtures;
import org.evidencekit.model.testing.RandomQuestionnaires;
import org.evidencekit.model.validation.ResponseValidator;

/** Writing then reading gives an equal object, for questionnaires and responses of every shape. */
class JsonRoundTripProperties {
  private final EvidenceJson json = EvidenceJson.standard();

  @Property(tries = 300)
  void questionnairesSurviveJson(@ForAll long seed) {
    Questionnaire q = RandomQuestionnaires.make(seed);
    assertEquals(q, json.readQuestionnaire(json.write(q, Format.JSON), Format.JSON));
  }

  @Property(tries = 300)
  void questionnairesSurviveYaml(@ForAll long seed) {
    Questionnaire q = RandomQuestionnaires.make(seed);
    String yaml = json.write(q, Format.YAML);
    assertEquals(q, json.readQuestionnaire(yaml, Format.YAML), yaml);
  }

  @Property(tries = 500)
  void anyResponseSurvivesJson(@ForAll long seed) {
    Response r = RandomQuestionnaires.anyResponse(seed);
    assertEquals(r, json.readResponse(json.write(r)));
  }

  @Property(tries = 300)
  void generatedValidResponsesSurviveJsonAndStayValid(@ForAll long seed) {
    Questionnaire q = RandomQuestionnaires.make(seed);
    Response r = ExampleResponses.random(q, seed);
    Response back = json.readResponse(json.write(r));
    assertEquals(r, back);
    assertEquals(java.util.List.of(), ResponseValidator.standard().validate(q, back).errors(),
        () -> json.write(q, Format.YAML) + "\n" + json.write(r));
  }

  @Property(tries = 50)
  void bundledQuestionnairesSurviveJsonAndYaml(@ForAll("bundled") String id) {
    Questionnaire q = Questionnaires.byId(id).orElseThrow();
    assertEquals(q, json.readQuestionnaire(json.write(q, Format.JSON), Format.JSON));
    assertEquals(q, json.readQuestionnaire(json.write(q, Format.YAML), Format.YAML));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> bundled() {
    return net.jqwik.api.Arbitraries.of(
        Questionnaires.ids().stream().filter(id -> Questionnaires.class.getResource(
            id + (id.startsWith("westvale") ? ".yaml" : ".json")) != null).toArray(String[]::new));
  }
}
