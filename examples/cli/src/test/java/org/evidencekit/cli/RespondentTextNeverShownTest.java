package org.evidencekit.cli;

import static org.evidencekit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 9: no message ever quotes a respondent's data. A response full of distinctive strings
 * ("ZZSECRET-…" in every text, as keys, as numbers written as text, as option ids, as a
 * questionnaire's id), broken in every way we could think of, goes through every command that
 * takes a response. Whatever they print on standard error, and on standard output unless they
 * succeeded in producing the response itself, holds none of them; and they exit 1 (invalid) or 2
 * (unusable), never 70 (a bug).
 */
class RespondentTextNeverShownTest {
  private static final String SECRET = "ZZSECRET";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;
  static Map<String, Path> corpus = new LinkedHashMap<>();
  static Path valid;

  @BeforeAll
  static void writeTheCorpus() throws Exception {
    CliTest.Run example = run("example-response");
    ObjectNode base = (ObjectNode) JSON.readTree(example.out());
    int[] n = {0};
    secrets(base.get("answers"), n);
    ObjectNode who = (ObjectNode) base.get("respondent");
    for (String field : new ArrayList<>(who.propertyNames())) {
      who.put(field, SECRET + "-" + (++n[0]) + " respondent");
    }
    who.put("email", SECRET + "-mail@example.org");
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(base);
    valid = Files.writeString(dir.resolve("valid.json"), text);

    json("truncated", text.substring(0, text.length() / 2));
    json("truncated-in-a-text", text.substring(0, text.indexOf(SECRET + "-3") + 12));
    edit("count-as-secret-text", b -> answers(b).put("cse-victims-per-year", SECRET + "-77"));
    edit("count-as-text", b -> answers(b).put("cse-victims-per-year", "77"));
    edit("phone-number-as-a-count", b -> answers(b).put("cse-victims-per-year", "07700900" + "123"));
    edit("unknown-answer-key", b -> answers(b).put(SECRET + "-key", "x"));
    edit("unknown-answer-key-with-spaces", b -> answers(b).put(SECRET + " Jo Smith", 12));
    edit("unknown-property", b -> b.put(SECRET + "-property", SECRET + "-value"));
    edit("unknown-respondent-property", b -> ((ObjectNode) b.get("respondent")).put(SECRET + "-name", "x"));
    edit("secret-date", b -> b.put("submitted", SECRET + "-date"));
    edit("impossible-date", b -> b.put("submitted", "2012-13-45"));
    edit("secret-consent", b -> b.put("consent", SECRET + "-consent"));
    edit("name-as-list", b -> ((ObjectNode) b.get("respondent")).putArray("name").add(SECRET + "-in-a-list"));
    edit("name-as-number", b -> ((ObjectNode) b.get("respondent")).put("name", 12345));
    edit("name-as-object", b -> ((ObjectNode) b.get("respondent")).putObject("name").put(SECRET + "-k", SECRET + "-v"));
    edit("questionnaire-as-text", b -> b.put("questionnaire", SECRET + "-questionnaire"));
    edit("secret-questionnaire", b -> ((ObjectNode) b.get("questionnaire")).put("id", SECRET + "-form"));
    edit("secret-version", b -> ((ObjectNode) b.get("questionnaire")).put("version", SECRET + "-version"));
    edit("answers-as-text", b -> b.put("answers", SECRET + "-answers"));
    edit("selected-as-text", b -> choice(b).put("selected", SECRET + "-selected"));
    edit("secret-option", b -> {
      ObjectNode c = choice(b);
      c.putArray("selected").add(SECRET + "-option");
      c.putObject("specified").put(SECRET + "-option", SECRET + "-details");
    });
    edit("secret-option-details-key", b -> choice(b).putObject("specified").put(SECRET + " key", SECRET + "-d"));
    edit("choice-with-secret-property", b -> choice(b).put(SECRET + "-property", 1));
    edit("answer-as-list", b -> answers(b).putArray("cse-victims-per-year").add(SECRET + "-item"));
    edit("answer-null", b -> answers(b).putNull("cse-victims-per-year"));
    edit("secret-id", b -> b.put("id", SECRET + " id with spaces"));
    edit("attachment-secret-size", b -> b.putArray("attachments").addObject().put("name", SECRET + "-file.pdf")
        .put("mediaType", SECRET + "/type").put("size", SECRET + "-size"));
    edit("attachment-secret-digest", b -> b.putArray("attachments").addObject().put("name", SECRET + "-file.pdf")
        .put("mediaType", "application/pdf").put("sha256", SECRET + "-sha"));
    String answersAt = "\"answers\" : {";
    json("duplicate-key", text.replace(answersAt, answersAt + "\n \"service-description\" : \"" + SECRET
        + "-dup1\",\n \"service-description\" : \"" + SECRET + "-dup2\","));
    json("duplicate-respondent-name", text.replace("\"respondent\" : {", "\"respondent\" : { \"name\" : \"" + SECRET
        + "-dup-name\","));
    json("trailing-garbage", text + " " + SECRET + "-trailing {\"x\":1}");
    json("trailing-object", text + "\n{\"name\":\"" + SECRET + "-second\"}");
    json("bare-word", text.replace("\"" + SECRET + "-1", SECRET + "-bare\"" + SECRET + "-1"));
    json("single-quotes", text.replace("\"" + SECRET + "-2", "'" + SECRET + "-single"));
    json("comment", text.replaceFirst("\\{", "{ // " + SECRET + "-comment\n"));
    json("control-character", text.replace(SECRET + "-4", SECRET + "-control\u0001"));
    json("bad-escape", text.replace(SECRET + "-5", SECRET + "-escape\\q"));
    json("unquoted-name", text.replace("\"consent\"", SECRET + "_consent"));
    json("missing-comma", text.replace("\",\n", "\"\n"));
    json("nested-deep", "{\"answers\":{\"a\":" + "[".repeat(3000) + "\"" + SECRET + "-deep\"" + "]".repeat(3000) + "}}");
    json("nested-deep-objects", "{\"" + SECRET + "\":" + "{\"" + SECRET + "-k\":".repeat(2000) + "1"
        + "}".repeat(2000) + "}");
    json("empty", "");
    json("blank", "  \n  ");
    json("list", "[\"" + SECRET + "-top\"]");
    json("text", "\"" + SECRET + "-top-text\"");
    json("number", "12345");
    json("huge-number", text.replace("\"cse-victims-per-year\" : 64", "\"cse-victims-per-year\" : 1" + "0".repeat(2000)));
    json("nan", text.replace("\"cse-victims-per-year\" : 64", "\"cse-victims-per-year\" : NaN"));
    json("long-text", text.replace(SECRET + "-6", SECRET + "-long" + "x".repeat(40000)));
    edit("no-questionnaire", b -> b.remove("questionnaire"));
    bytes("byte-order-mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
    bytes("invalid-utf-8", text.replace(SECRET + "-7", SECRET + "-utf\uFFFD").getBytes(StandardCharsets.UTF_8));
    byte[] broken = text.replace(SECRET + "-7", SECRET + "-utfX").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < broken.length; i++) {
      if (broken[i] == 'X' && i > 0 && broken[i - 1] == 'f') {
        broken[i] = (byte) 0xFF;
      }
    }
    bytes("invalid-utf-8-byte", broken);
    bytes("latin-1", text.replace(SECRET + "-8", SECRET + "-caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
    bytes("utf-16", text.getBytes(StandardCharsets.UTF_16));
    bytes("nul", concat(concat(text.substring(0, 200).getBytes(StandardCharsets.UTF_8), ("\0" + SECRET + "-nul")
        .getBytes(StandardCharsets.UTF_8)), text.substring(200).getBytes(StandardCharsets.UTF_8)));
  }

  private static void secrets(JsonNode node, int[] n) {
    if (node instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) node;
      for (String k : new ArrayList<>(o.propertyNames())) {
        JsonNode v = o.get(k);
        if (v.isString() && v.asString().contains(" ")) {
          o.put(k, SECRET + "-" + (++n[0]) + " " + v.asString());
        } else {
          secrets(v, n);
        }
      }
    } else if (node instanceof ArrayNode) {
      node.forEach(v -> secrets(v, n));
    }
  }

  private static ObjectNode answers(ObjectNode b) {
    return (ObjectNode) b.get("answers");
  }

  private static ObjectNode choice(ObjectNode b) {
    return answers(b).putObject("specialist-groups");
  }

  private static void edit(String name, Consumer<ObjectNode> change) throws Exception {
    ObjectNode b = (ObjectNode) JSON.readTree(Files.readString(valid));
    change.accept(b);
    json(name, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(b));
  }

  private static void json(String name, String text) throws Exception {
    if (valid != null && text.equals(Files.readString(valid))) {
      throw new AssertionError(name + " breaks nothing: the corpus would not test it");
    }
    corpus.put(name, Files.writeString(dir.resolve(name + ".json"), text));
  }

  private static void bytes(String name, byte[] content) throws Exception {
    corpus.put(name, Files.write(dir.resolve(name + ".json"), content));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static final Pattern FOUND = Pattern.compile(SECRET + "[^\\s\"',:)]{0,20}");

  private static void check(String what, CliTest.Run r, boolean outputIsTheResponse, List<String> failures) {
    if (r.exit() == 70 || (r.exit() != 0 && r.exit() != 1 && r.exit() != 2)) {
      failures.add(what + ": exit " + r.exit() + "\n" + r.err());
    }
    String shown = r.err() + (outputIsTheResponse && r.exit() <= 1 ? "" : r.out());
    Matcher m = FOUND.matcher(shown);
    if (m.find()) {
      int at = shown.indexOf(m.group());
      failures.add(what + " (exit " + r.exit() + ") shows " + m.group() + ": ..."
          + shown.substring(Math.max(0, at - 120), Math.min(shown.length(), at + 40)).replace('\n', ' ') + "...");
    }
  }

  @Test
  void issue9_noMessageQuotesARespondentsData() throws Exception {
    assertEquals(0, run("validate", valid.toString()).exit(), "the corpus starts from a valid response");
    Path out = dir.resolve("out.docx");
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Path> e : corpus.entrySet()) {
      String file = e.getValue().toString();
      check(e.getKey() + ": validate", run("validate", file), false, failures);
      check(e.getKey() + ": anonymise", run("anonymise", file, "--report"), true, failures);
      check(e.getKey() + ": render", run("render", "--response", file, "-o", out.toString()), false, failures);
      check(e.getKey() + ": render --anonymise", run("render", "--response", file, "--anonymise", "--allow-invalid",
          "-o", out.toString()), false, failures);
      check(e.getKey() + ": counts", run("counts", "--question", "specialist-groups", "--responses", file,
          valid.toString()), false, failures);
      check(e.getKey() + ": read", run("read", file), false, failures);
    }
    assertTrue(failures.isEmpty(), failures.size() + " leaks or bugs:\n" + String.join("\n", failures));
  }

  /** A filled form of each format, whole, cut short and with bytes overwritten: read says nothing of it. */
  @Test
  void issue9_readingABrokenFilledFormQuotesNothingOfIt() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String format : new String[] {"docx", "pdf"}) {
      Path form = dir.resolve("filled." + format);
      CliTest.Run rendered = run("render", "--response", valid.toString(), "--fillable", "-o", form.toString());
      assertEquals(0, rendered.exit(), rendered.err());
      byte[] whole = Files.readAllBytes(form);
      CliTest.Run read = run("read", form.toString());
      assertTrue(read.out().contains(SECRET), "the response read back is the respondent's own");
      check(format + ": read (whole)", read, true, failures);
      Path cut = Files.write(dir.resolve("cut." + format), java.util.Arrays.copyOf(whole, whole.length / 2));
      check(format + ": read (cut short)", run("read", cut.toString()), false, failures);
      byte[] overwritten = whole.clone();
      for (int i = whole.length / 3; i < whole.length / 3 + 64 && i < whole.length; i++) {
        overwritten[i] = (byte) 'Z';
      }
      Path spoiled = Files.write(dir.resolve("spoiled." + format), overwritten);
      check(format + ": read (overwritten)", run("read", spoiled.toString()), true, failures);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void issue9_aMalformedResponseIsStillPlaced() throws Exception {
    CliTest.Run r = run("validate", corpus.get("truncated").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().matches("(?s)" + Pattern.quote(corpus.get("truncated").toString())
        + ":\\d+:\\d+: malformed JSON: the file ends .*"), r.err());
    CliTest.Run key = run("validate", corpus.get("unknown-answer-key-with-spaces").toString());
    assertEquals(1, key.exit());
    assertTrue(key.out().contains("error /answers: An answer's key is no question id in Inquiry into child sexual"
        + " exploitation in gangs and groups: call for evidence (version 1.0): remove the answer or correct the id"),
        key.out());
    assertFalse(key.out().contains(SECRET), key.out());
  }
}
