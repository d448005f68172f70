package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 11: the generated schema enforces exclusive options and declarations ticked to apply, as core-model does. */
class Issue11SchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Questionnaire q = Questionnaires.referralScreening();
  private final SchemaValidator v = SchemaValidator.of(ResponseSchemas.standard().schemaFor(q));

  private ObjectNode complete() {
    return (ObjectNode) JSON.readTree(EvidenceJson.standard().write(ExampleResponses.complete(q)));
  }

  private List<SchemaProblem> verdict(ObjectNode r, boolean valid) {
    String json = r.toString();
    assertEquals(valid, Verdicts.isValid(Verdicts.core(q, json)), "core-model: " + Verdicts.core(q, json));
    List<SchemaProblem> problems = v.validate(json);
    assertEquals(valid, problems.isEmpty(), "schema: " + problems);
    return problems;
  }

  @Test
  void noneWithAnotherOptionFailsBoth() {
    ObjectNode r = complete();
    verdict(r, true);
    ObjectNode answers = (ObjectNode) r.get("answers");
    answers.putObject("child-circumstances").putArray("selected").add("none");
    verdict(r, true);
    ((tools.jackson.databind.node.ArrayNode) answers.get("child-circumstances").get("selected")).add("send");
    List<SchemaProblem> problems = verdict(r, false);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("/answers/child-circumstances/selected/0", problems.get(0).pointer());
    assertEquals("Question 7: Select 'f) None of these' on its own, or untick it: it cannot be ticked with other"
        + " options", problems.get(0).message());
  }

  @Test
  void answersInAnUntickedPartFailBoth() {
    ObjectNode r = complete();
    ObjectNode answers = (ObjectNode) r.get("answers");
    answers.remove("gang-association-applies");
    List<SchemaProblem> problems = verdict(r, false);
    assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/answers/association-kind")), problems::toString);
    answers.remove("association-kind");
    verdict(r, true);
  }
}
