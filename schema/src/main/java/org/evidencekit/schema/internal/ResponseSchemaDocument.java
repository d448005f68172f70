package org.evidencekit.schema.internal;

import java.util.List;
import org.evidencekit.model.Questionnaire;
import tools.jackson.databind.node.ObjectNode;

/** A generated response schema, with the questionnaire and the rules it was made from. */
public final class ResponseSchemaDocument {
  private final Questionnaire questionnaire;
  private final String id;
  private final ObjectNode root;
  private final List<Rule> rules;

  ResponseSchemaDocument(Questionnaire questionnaire, String id, ObjectNode root, List<Rule> rules) {
    this.questionnaire = questionnaire;
    this.id = id;
    this.root = root;
    this.rules = List.copyOf(rules);
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  public String id() {
    return id;
  }

  /** The schema itself; callers must not change it. */
  public ObjectNode root() {
    return root;
  }

  /** The rules of the root's {@code allOf}, in order. */
  public List<Rule> rules() {
    return rules;
  }
}
