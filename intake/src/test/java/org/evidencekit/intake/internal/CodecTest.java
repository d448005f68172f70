package org.evidencekit.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencekit.anonymise.response.AnonymisedResponse;
import org.evidencekit.anonymise.response.ResponseAnonymiser;
import org.evidencekit.intake.records.ReturnProblem;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records' lines are written and read as token streams, and must stay byte for byte what the
 * first version (through Jackson trees, kept here as the reference) wrote, and read back to equal
 * records: over random responses with their anonymised forms, every kind of record, and numbers
 * and text a tree treats its own way (it made a fraction a double: 1.50 was written 1.5; the lines
 * now keep it as written, and read back exactly).
 */
class CodecTest {
  static final Questionnaire Q = Questionnaires.callForEvidence2012();
  static final ObjectMapper MAPPER = JsonMapper.builder().build();
  static final EvidenceJson JSON = EvidenceJson.builder().pretty(false).build();

  @Test
  void linesAreThoseTheTreesWroteAndReadBackExactly() {
    List<ReturnRecord> records = records();
    assertTrue(records.size() > 400);
    int fractions = 0;
    for (ReturnRecord r : records) {
      for (boolean anonymised : new boolean[] {true, false}) {
        String line = Codec.encode(r, anonymised);
        assertEquals(treeWho(line), Codec.who(line.getBytes(StandardCharsets.UTF_8)), r.toString());
        ReturnRecord back = Codec.decode(line);
        if (!hasFraction(r)) {
          assertEquals(treeEncode(r, anonymised), line, r.toString());
          assertEquals(treeDecode(line), back, r.toString());
          continue;
        }
        // A number with a fraction is kept as written: a tree made 1.50 into 1.5, and
        // 0.00000000000000000001 into 1.0E-20, which could not be read back and stopped the run.
        fractions++;
        assertEquals(r.response(), back.response(), r.toString());
        if (anonymised) {
          assertEquals(r.anonymised(), back.anonymised(), r.toString());
        }
      }
    }
    assertTrue(fractions >= 40, fractions + " lines with fractions");
  }

  private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile(":-?[0-9]+[.eE]");

  /** Whether a response of the record holds a number with a fraction (or, harmlessly, text like "at 10:30."). */
  static boolean hasFraction(ReturnRecord r) {
    return java.util.stream.Stream.of(r.response(), r.anonymised()).flatMap(Optional::stream)
        .anyMatch(x -> FRACTION.matcher(JSON.write(x)).find());
  }

  static List<ReturnRecord> records() {
    ResponseAnonymiser anonymiser = ResponseAnonymiser.standard();
    QuestionnaireRef ref = QuestionnaireRef.of(Q);
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      responses.add(ExampleResponses.random(Q, 7_000 + i));
    }
    String count = Q.questions().stream().filter(x -> x.asCount().isPresent()).map(Question::id).findFirst()
        .orElseThrow();
    String text = "service-description"; // a free-text question
    String[] numbers = {"1.50", "10000000.0", "12345678.5", "0.000001", "1E+3", "-2.25", "999999999999999",
        "2147483648", "99999999999999.25", "123.12345678901234567890", "0.00000000000000000001", "0.1"};
    for (String n : numbers) {
      responses.add(responses.get(0).withAnswer(count, NumberAnswer.of(new BigDecimal(n))));
    }
    String[] texts = {"caf\u00e9 \u2028 line \u2029 \"quoted\" \\ back", "tab\there\u0001\u001f", "emoji \uD83D\uDE00 ok",
        "lone \uD800 surrogate", "</script><b>&amp;", ""};
    for (String t : texts) {
      responses.add(responses.get(1).withAnswer(text, TextAnswer.of(t)));
    }
    List<ReturnRecord> out = new ArrayList<>();
    int i = 0;
    for (Response r : responses) {
      String path = "returns/" + (i++) + (i % 3 == 0 ? ".json" : ".docx");
      String sha = String.format("%064x", i);
      AnonymisedResponse a = anonymiser.anonymise(r);
      ReturnRecord valid = new ReturnRecord(path, 1000 + i, sha, ReturnStatus.READ_VALID, "docx", Optional.of(ref),
          List.of(ReturnProblem.note("a note")), Optional.of(r), Optional.of(a.response()), a.publishable(),
          Optional.empty());
      out.add(valid);
      out.add(valid.asDuplicateOf("returns/kept.json", "the same content as returns/kept.json, which is kept"));
      out.add(valid.at("elsewhere/" + path));
      out.add(new ReturnRecord(path, i, sha, ReturnStatus.READ_INVALID, "json", Optional.of(ref),
          List.of(new ReturnProblem("error", "/answers/" + count, "3", "must be 0 or more"),
              new ReturnProblem("warning", "", "", "a warning")), Optional.of(r), Optional.empty(), false,
          Optional.empty()));
    }
    out.add(new ReturnRecord("x.pdf", 5, "", ReturnStatus.UNREADABLE, "", Optional.empty(),
        List.of(ReturnProblem.ofFile("damaged")), Optional.empty(), Optional.empty(), false, Optional.empty()));
    out.add(new ReturnRecord("y.json", 5, "ab", ReturnStatus.OTHER_QUESTIONNAIRE, "json",
        Optional.of(QuestionnaireRef.of("other", "2.0")), List.of(ReturnProblem.ofFile("another")), Optional.empty(),
        Optional.empty(), false, Optional.empty()));
    return out;
  }

  // ---- the first version, through trees: the reference

  static String treeEncode(ReturnRecord r, boolean withAnonymised) {
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

  /** What the first version of finding duplicates read of a line's tree. */
  static Codec.Who treeWho(String line) {
    JsonNode n = MAPPER.readTree(line);
    JsonNode resp = n.get("response");
    JsonNode who = resp == null ? null : resp.get("respondent");
    return new Codec.Who(n.get("status").asString(), resp != null,
        who == null || who.get("name") == null ? null : who.get("name").asString(),
        who == null || who.get("organisation") == null ? null : who.get("organisation").asString(),
        resp == null || resp.get("submitted") == null ? null : resp.get("submitted").asString());
  }

  static ReturnRecord treeDecode(String line) {
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
    return new ReturnRecord(n.get("path").asString(), n.get("size").asLong(), n.get("sha256").asString(),
        ReturnStatus.of(n.get("status").asString()), n.has("format") ? n.get("format").asString() : "", q, problems,
        response(n, "response"), response(n, "anonymised"), n.has("publishable") && n.get("publishable").asBoolean(),
        n.has("duplicateOf") ? Optional.of(n.get("duplicateOf").asString()) : Optional.empty());
  }

  private static Optional<Response> response(JsonNode n, String field) {
    JsonNode r = n.get(field);
    return r == null || r.isNull() ? Optional.empty() : Optional.of(JSON.readResponse(MAPPER.writeValueAsString(r)));
  }
}
