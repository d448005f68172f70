package org.evidencekit.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencekit.intake.records.ReturnProblem;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link ReturnRecord} as one line of JSON, and back: the lines of {@code returns.jsonl}
 * (without the anonymised response) and of the cache (with it). Thread-safe.
 */
public final class Codec {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final EvidenceJson JSON = EvidenceJson.builder().pretty(false).build();

  private Codec() {}

  /** The record as one line (no line break). */
  public static String encode(ReturnRecord r, boolean withAnonymised) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("path", r.path());
    n.put("sha256", r.sha256());
    n.put("size", r.size());
    n.put("status", r.status().id());
    n.put("reference", r.reference());
    if (!r.format().isEmpty()) {
      n.put("format", r.format());
    }
    r.questionnaire().ifPresent(q -> {
      ObjectNode qn = n.putObject("questionnaire");
      qn.put("id", q.id());
      qn.put("version", q.version());
    });
    r.duplicateOf().ifPresent(d -> n.put("duplicateOf", d));
    ArrayNode problems = n.putArray("problems");
    for (ReturnProblem p : r.problems()) {
      ObjectNode pn = problems.addObject();
      pn.put("severity", p.severity());
      pn.put("pointer", p.pointer());
      if (!p.questionNumber().isEmpty()) {
        pn.put("questionNumber", p.questionNumber());
      }
      pn.put("message", p.message());
    }
    r.response().ifPresent(resp -> n.set("response", MAPPER.readTree(JSON.write(resp))));
    if (r.status() == ReturnStatus.READ_VALID || r.anonymised().isPresent()) {
      n.put("publishable", r.publishable());
    }
    if (withAnonymised) {
      r.anonymised().ifPresent(a -> n.set("anonymised", MAPPER.readTree(JSON.write(a))));
    }
    return MAPPER.writeValueAsString(n);
  }

  /** A record from a line written by {@link #encode}. */
  public static ReturnRecord decode(String line) {
    JsonNode n = MAPPER.readTree(line);
    List<ReturnProblem> problems = new ArrayList<>();
    for (JsonNode p : n.get("problems")) {
      problems.add(new ReturnProblem(p.get("severity").asString(), p.get("pointer").asString(),
          p.has("questionNumber") ? p.get("questionNumber").asString() : "", p.get("message").asString()));
    }
    Optional<QuestionnaireRef> q = n.has("questionnaire")
        ? Optional.of(QuestionnaireRef.of(n.get("questionnaire").get("id").asString(),
            n.get("questionnaire").get("version").asString()))
        : Optional.empty();
    return new ReturnRecord(
        n.get("path").asString(),
        n.get("size").asLong(),
        n.get("sha256").asString(),
        ReturnStatus.of(n.get("status").asString()),
        n.has("format") ? n.get("format").asString() : "",
        q,
        problems,
        response(n, "response"),
        response(n, "anonymised"),
        n.has("publishable") && n.get("publishable").asBoolean(),
        n.has("duplicateOf") ? Optional.of(n.get("duplicateOf").asString()) : Optional.empty());
  }

  /** The tree of a line, for a pass that needs a few fields only. */
  public static JsonNode tree(String line) {
    return MAPPER.readTree(line);
  }

  private static Optional<Response> response(JsonNode n, String field) {
    JsonNode r = n.get(field);
    return r == null || r.isNull() ? Optional.empty() : Optional.of(JSON.readResponse(MAPPER.writeValueAsString(r)));
  }
}
