package org.evidencekit.schema.internal;

import org.evidencekit.model.Question;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entry of a response schema's root {@code allOf}: where a question applies its answer is
 * required, where it does not the question has none. Kept beside the schema so that a failure of
 * the entry can be told in words about its question.
 */
public final class Rule {
  /** Which form the rule takes. */
  public enum Kind {
    /** The question always applies and is required. */
    ALWAYS_REQUIRED,
    /** The question never applies (its conditions cannot hold). */
    NEVER_APPLIES,
    /** Whether the question applies depends on other answers. */
    CONDITIONAL
  }

  final Question question;
  final Kind kind;
  final String description;
  final Formula applies;
  final ObjectNode need;
  final ObjectNode none;

  Rule(Question question, Kind kind, String description, Formula applies, ObjectNode need, ObjectNode none) {
    this.question = question;
    this.kind = kind;
    this.description = description;
    this.applies = applies;
    this.need = need;
    this.none = none;
  }

  public Question question() {
    return question;
  }

  public Kind kind() {
    return kind;
  }

  ObjectNode compile(ObjectNode defs) {
    ObjectNode rule = Formula.NODES.objectNode();
    rule.put("description", description);
    switch (kind) {
      case ALWAYS_REQUIRED:
        rule.setAll(need);
        break;
      case NEVER_APPLIES:
        rule.setAll(none);
        break;
      default:
        rule.set("if", applies.compile(defs));
        if (need != null) {
          rule.set("then", need);
        }
        rule.set("else", none);
    }
    return rule;
  }
}
