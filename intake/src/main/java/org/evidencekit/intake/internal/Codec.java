package org.evidencekit.intake.internal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.evidencekit.intake.records.ReturnProblem;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link ReturnRecord} as one line of JSON, and back: the lines of {@code returns.jsonl}
 * (without the anonymised response) and of the cache (with it). Thread-safe.
 *
 * <p>Written and read as a stream of tokens, never as a tree: a response is written by {@link
 * EvidenceJson} and its tokens copied into the line, numbers the way a tree of them would write
 * them, except a number with a fraction, which is copied as written (the first version of this
 * class made it a double: 1.50 became 1.5, and a fraction of 21 decimal places 1.0E-20, which
 * could not be read back and stopped the run); a response is read back from its own bytes in the
 * line, without a tree or a second serialisation in between.
 */
public final class Codec {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final EvidenceJson JSON = EvidenceJson.builder().pretty(false).build();

  private Codec() {}

  /** The record as one line (no line break). */
  public static String encode(ReturnRecord r, boolean withAnonymised) {
    StringWriter w = new StringWriter(r.response().isPresent() ? 8192 : 512);
    try (JsonGenerator g = MAPPER.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringProperty("path", r.path());
      g.writeStringProperty("sha256", r.sha256());
      g.writeNumberProperty("size", r.size());
      g.writeStringProperty("status", r.status().id());
      g.writeStringProperty("reference", r.reference());
      if (!r.format().isEmpty()) {
        g.writeStringProperty("format", r.format());
      }
      if (r.questionnaire().isPresent()) {
        QuestionnaireRef q = r.questionnaire().get();
        g.writeName("questionnaire");
        g.writeStartObject();
        g.writeStringProperty("id", q.id());
        g.writeStringProperty("version", q.version());
        g.writeEndObject();
      }
      if (r.duplicateOf().isPresent()) {
        g.writeStringProperty("duplicateOf", r.duplicateOf().get());
      }
      g.writeName("problems");
      g.writeStartArray();
      for (ReturnProblem p : r.problems()) {
        g.writeStartObject();
        g.writeStringProperty("severity", p.severity());
        g.writeStringProperty("pointer", p.pointer());
        if (!p.questionNumber().isEmpty()) {
          g.writeStringProperty("questionNumber", p.questionNumber());
        }
        g.writeStringProperty("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (r.response().isPresent()) {
        g.writeName("response");
        copy(JSON.write(r.response().get()), g);
      }
      if (r.status() == ReturnStatus.READ_VALID || r.anonymised().isPresent()) {
        g.writeBooleanProperty("publishable", r.publishable());
      }
      if (withAnonymised && r.anonymised().isPresent()) {
        g.writeName("anonymised");
        copy(JSON.write(r.anonymised().get()), g);
      }
      g.writeEndObject();
    }
    return w.toString();
  }

  /**
   * Copies a JSON value's tokens, each written as the tree of it would write it (the lines were
   * first made by writing a tree read from the response's JSON, and stay byte for byte the same):
   * a whole number as an int, a long or a big integer; a number with a fraction exactly as written.
   */
  static void copy(String json, JsonGenerator g) {
    try (JsonParser p = MAPPER.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case PROPERTY_NAME -> g.writeName(p.currentName());
          case VALUE_STRING -> g.writeString(p.getString());
          case VALUE_NUMBER_INT -> {
            switch (p.getNumberType()) {
              case INT -> g.writeNumber(p.getIntValue());
              case LONG -> g.writeNumber(p.getLongValue());
              default -> g.writeNumber(p.getBigIntegerValue());
            }
          }
          // as written: a double would make 1.50 into 1.5, and 21 decimal places into 1.0E-20,
          // which no answer may hold, so that the line could not be read back
          case VALUE_NUMBER_FLOAT -> g.writeNumber(p.getString());
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> throw new IllegalStateException("unexpected " + t);
        }
      }
    }
  }

  /** A record from a line written by {@link #encode}, or null if the line does not read as one. */
  public static ReturnRecord tryDecode(String line) {
    try {
      return decode(line);
    } catch (RuntimeException damaged) {
      return null;
    }
  }

  /** A record from a line written by {@link #encode}. */
  public static ReturnRecord decode(String line) {
    return decode(line.getBytes(StandardCharsets.UTF_8));
  }

  /** A record from a line written by {@link #encode}, as UTF-8 bytes. */
  public static ReturnRecord decode(byte[] line) {
    String path = null;
    String sha = null;
    Long size = null;
    String status = null;
    String format = "";
    Optional<QuestionnaireRef> q = Optional.empty();
    List<ReturnProblem> problems = null;
    Optional<Response> response = Optional.empty();
    Optional<Response> anonymised = Optional.empty();
    boolean publishable = false;
    Optional<String> duplicateOf = Optional.empty();
    try (JsonParser p = MAPPER.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a record");
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "path" -> path = text(p);
          case "sha256" -> sha = text(p);
          case "size" -> size = p.getValueAsLong();
          case "status" -> status = text(p);
          case "format" -> format = text(p);
          case "duplicateOf" -> duplicateOf = Optional.of(text(p));
          case "publishable" -> publishable = p.getValueAsBoolean();
          case "questionnaire" -> q = Optional.of(questionnaire(p));
          case "problems" -> problems = problems(p);
          case "response" -> response = response(p, line);
          case "anonymised" -> anonymised = response(p, line);
          default -> p.skipChildren();
        }
      }
    }
    if (path == null || sha == null || size == null || status == null || problems == null) {
      throw new IllegalArgumentException("not a record");
    }
    return new ReturnRecord(path, size, sha, ReturnStatus.of(status), format, q, problems, response, anonymised,
        publishable, duplicateOf);
  }

  private static String text(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException("not a record");
    }
    return p.getString();
  }

  private static QuestionnaireRef questionnaire(JsonParser p) {
    String id = null;
    String version = null;
    expect(p, JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> id = text(p);
        case "version" -> version = text(p);
        default -> p.skipChildren();
      }
    }
    return QuestionnaireRef.of(id, version);
  }

  private static List<ReturnProblem> problems(JsonParser p) {
    expect(p, JsonToken.START_ARRAY);
    List<ReturnProblem> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String severity = null;
      String pointer = null;
      String number = "";
      String message = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "severity" -> severity = text(p);
          case "pointer" -> pointer = text(p);
          case "questionNumber" -> number = text(p);
          case "message" -> message = text(p);
          default -> p.skipChildren();
        }
      }
      if (severity == null || pointer == null || message == null) {
        throw new IllegalArgumentException("not a record");
      }
      out.add(new ReturnProblem(severity, pointer, number, message));
    }
    return out;
  }

  /** The response whose first token the parser is at, read from its own bytes in the line. */
  private static Optional<Response> response(JsonParser p, byte[] line) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    expect(p, JsonToken.START_OBJECT);
    long start = p.currentTokenLocation().getByteOffset();
    p.skipChildren();
    long end = p.currentTokenLocation().getByteOffset() + 1;
    if (start < 0 || end <= start || end > line.length || line[(int) start] != '{' || line[(int) end - 1] != '}') {
      throw new IllegalStateException("the parser did not give the response's place in the line");
    }
    return Optional.of(JSON.readResponse(Arrays.copyOfRange(line, (int) start, (int) end), "(text)"));
  }

  private static void expect(JsonParser p, JsonToken t) {
    if (p.currentToken() != t) {
      throw new IllegalArgumentException("not a record");
    }
  }

  /**
   * What finding duplicates needs of a line: its status, whether it holds a response, and that
   * response's respondent's name and organisation and the date it was submitted (each null when
   * the line has none).
   */
  public record Who(String status, boolean hasResponse, String name, String organisation, String submitted) {}

  /**
   * {@link Who} of a line written by {@link #encode}, read from its first tokens only: the rest of
   * the response and what follows it (the anonymised response) are skipped or not read at all.
   */
  public static Who who(byte[] line) {
    String status = null;
    boolean hasResponse = false;
    String name = null;
    String organisation = null;
    String submitted = null;
    try (JsonParser p = MAPPER.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a record");
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("status")) {
          status = text(p);
        } else if (field.equals("response") && p.currentToken() == JsonToken.START_OBJECT) {
          hasResponse = true;
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (f.equals("submitted")) {
              submitted = text(p);
            } else if (f.equals("respondent") && p.currentToken() == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String g = p.currentName();
                p.nextToken();
                if (g.equals("name")) {
                  name = text(p);
                } else if (g.equals("organisation")) {
                  organisation = text(p);
                } else {
                  p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
          }
          if (status != null) {
            break; // the status and the response are known: the rest is not needed
          }
        } else {
          p.skipChildren();
        }
      }
    }
    if (status == null) {
      throw new IllegalArgumentException("not a record");
    }
    return new Who(status, hasResponse, name, organisation, submitted);
  }
}
