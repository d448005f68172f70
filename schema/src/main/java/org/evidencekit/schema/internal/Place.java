package org.evidencekit.schema.internal;

import java.util.List;
import java.util.Optional;
import org.evidencekit.model.Question;
import org.evidencekit.model.ResponseField;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a response keeps the answer to a question: under its id in {@code /answers}, or, for a
 * bound question, in the respondent block, {@code /consent} or {@code /oralEvidence}. Builds the
 * schemas (applied to the response's root) that test it.
 */
final class Place {
  /** The property names from the root: one ("consent") or two ("answers", "q6"). */
  final List<String> path;

  private Place(List<String> path) {
    this.path = path;
  }

  static Place answers(String id) {
    return new Place(List.of("answers", id));
  }

  static Place of(Question question) {
    Optional<ResponseField> field = question.responseField();
    if (field.isEmpty()) {
      return answers(question.id());
    }
    return of(field.get());
  }

  static Place of(ResponseField field) {
    if (field.isRespondentField()) {
      return new Place(List.of("respondent", field.id().substring("respondent.".length())));
    }
    return new Place(List.of(field.id()));
  }

  /** The JSON Pointer of the answer. */
  String pointer() {
    return "/" + String.join("/", path);
  }

  /** Holds when an answer is there. */
  ObjectNode present() {
    return value(null);
  }

  /** Holds when an answer is there and {@code schema} (if given) holds for it. */
  ObjectNode value(JsonNode schema) {
    ObjectNode root = Formula.NODES.objectNode();
    ObjectNode at = root;
    for (int i = 0; i < path.size(); i++) {
      String name = path.get(i);
      at.putArray("required").add(name);
      boolean last = i == path.size() - 1;
      if (last && schema == null) {
        break;
      }
      ObjectNode next = at.putObject("properties").putObject(name);
      if (last) {
        next.setAll((ObjectNode) schema);
      }
      at = next;
    }
    return root;
  }

  /** Holds when there is no answer. */
  ObjectNode absent() {
    ObjectNode root = Formula.NODES.objectNode();
    ObjectNode at = root;
    for (int i = 0; i < path.size() - 1; i++) {
      at = at.putObject("properties").putObject(path.get(i));
    }
    ObjectNode not = at.putObject("not");
    ArrayNode required = not.putArray("required");
    required.add(path.get(path.size() - 1));
    return root;
  }

  /** Holds when the answer, if there is one, meets {@code schema}. */
  ObjectNode ifPresent(ObjectNode schema) {
    ObjectNode root = Formula.NODES.objectNode();
    ObjectNode at = root;
    for (String name : path) {
      at = at.putObject("properties").putObject(name);
    }
    at.setAll(schema);
    return root;
  }
}
