package org.evidencekit.anonymise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recall and keep of {@link TextAnonymiser#standard()} on annotated corpora, computed as the
 * project's scorer does: recall is the share of annotated identifiers that no longer appear in
 * the output, keep the share of annotated ordinary phrases that still appear unchanged.
 *
 * <ul>
 *   <li>{@code dev-corpus.jsonl}: a copy of the shared development corpus;
 *   <li>{@code heldout-corpus.jsonl}: this module's own invented held-out corpus (names from
 *       many communities, many formats, tricky phrases to keep).
 * </ul>
 */
class CorpusQualityTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"dev-corpus.jsonl", "heldout-corpus.jsonl"})
  void recallAndKeepMeetTheBar(String corpus) throws IOException {
    List<JsonNode> cases = read(corpus);
    TextAnonymiser anonymiser = TextAnonymiser.standard();
    int found = 0;
    int total = 0;
    int kept = 0;
    int keepTotal = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode c : cases) {
      String out = anonymiser.anonymise(c.get("text").asString()).text();
      for (JsonNode p : c.get("pii")) {
        total++;
        if (out.contains(p.get("text").asString())) {
          misses.add("leak " + c.get("id").asString() + " " + p.get("type").asString());
        } else {
          found++;
        }
      }
      for (JsonNode k : c.get("keep")) {
        keepTotal++;
        if (out.contains(k.asString())) {
          kept++;
        } else {
          misses.add("lost " + c.get("id").asString());
        }
      }
    }
    double recall = found / (double) total;
    double keep = kept / (double) keepTotal;
    assertTrue(cases.size() >= 30, "the corpus has its cases");
    assertTrue(recall >= 0.98, corpus + ": recall " + recall + " " + misses);
    assertTrue(keep >= 0.95, corpus + ": keep " + keep + " " + misses);
  }

  @org.junit.jupiter.api.Test
  void heldOutCorpusIsLargeAndVaried() throws IOException {
    List<JsonNode> cases = read("heldout-corpus.jsonl");
    java.util.Set<String> types = new java.util.HashSet<>();
    int names = 0;
    for (JsonNode c : cases) {
      for (JsonNode p : c.get("pii")) {
        types.add(p.get("type").asString());
        if (p.get("type").asString().equals("PERSON")) {
          names++;
        }
      }
    }
    assertTrue(cases.size() >= 60, "at least 60 cases");
    assertTrue(names >= 40, "many names");
    assertTrue(types.size() >= 13, "every type: " + types);
  }

  static List<JsonNode> read(String resource) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = CorpusQualityTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    }
    return out;
  }
}
