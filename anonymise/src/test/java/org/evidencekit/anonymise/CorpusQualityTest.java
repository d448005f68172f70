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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recall and keep of {@link TextAnonymiser#standard()} on annotated corpora, computed in-process
 * exactly as the project's scorer ({@code shared/eval/score-anonymiser.py}) does: recall is the
 * share of annotated identifiers whose exact text no longer appears in the output, keep the share
 * of annotated ordinary phrases that still appear unchanged. Each corpus has its floor:
 *
 * <ul>
 *   <li>{@code dev-corpus.jsonl}: a copy of the shared development corpus (1.000 / 1.000);
 *   <li>{@code heldout-corpus.jsonl}: this module's first invented held-out corpus;
 *   <li>{@code /corpus/issue12-dev.jsonl}: the larger development corpus of issue 12 (236 cases,
 *       first names and surnames annotated apart; see {@code /corpus/README.md});
 *   <li>{@code /corpus/issue12-added.jsonl}: cases added while working on issue 12 (new names,
 *       places, formats and sentence shapes);
 *   <li>{@code /corpus/issue12-context.jsonl}: the kinds of miss left on the unseen sets after the
 *       first round (initials in small letters, names that are words, nicknames, unknown surnames
 *       and small-letter names, small-letter streets, names in file names) and of over-removal
 *       (towns that are surnames, words that are names, meeting dates, forces, service acronyms),
 *       each written anew (179 cases; {@code c...} written first, {@code v...}, {@code w...},
 *       {@code x...} and {@code y...} written afterwards as checks of the method, with probes of over-removal);
 *   <li>{@code /corpus/issue12-kinds.jsonl}: the kinds of miss left after the second round (names that
 *       are words before a surname, such a name before a verb with a person as its object, nicknames
 *       in curly quotes beside a group, three capitals before a state verb, names in file names),
 *       each written anew (70 cases; {@code m...} and {@code n...} written afterwards as checks, with probes of over-removal).
 * </ul>
 *
 * No date of birth, NHS number, NI number or initial may be missed in any of them.
 */
class CorpusQualityTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final java.util.Set<String> NEVER_MISSED =
      java.util.Set.of("DATE_OF_BIRTH", "NHS_NUMBER", "NI_NUMBER", "INITIALS");

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "dev-corpus.jsonl, 1.0, 1.0",
    "heldout-corpus.jsonl, 0.99, 0.97",
    "/corpus/issue12-dev.jsonl, 0.99, 0.97",
    "/corpus/issue12-added.jsonl, 0.99, 0.97",
    "/corpus/issue12-context.jsonl, 0.99, 0.97",
    "/corpus/issue12-kinds.jsonl, 0.99, 0.97",
  })
  void recallAndKeepMeetTheFloor(String corpus, double recallFloor, double keepFloor) throws IOException {
    List<JsonNode> cases = read(corpus);
    TextAnonymiser anonymiser = TextAnonymiser.standard();
    int found = 0;
    int total = 0;
    int kept = 0;
    int keepTotal = 0;
    java.util.Map<String, int[]> byType = new java.util.TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (JsonNode c : cases) {
      String out = anonymiser.anonymise(c.get("text").asString()).text();
      for (JsonNode p : c.get("pii")) {
        total++;
        String type = p.get("type").asString();
        int[] ft = byType.computeIfAbsent(type, k -> new int[2]);
        ft[1]++;
        if (out.contains(p.get("text").asString())) {
          misses.add("leak " + c.get("id").asString() + " " + type);
        } else {
          found++;
          ft[0]++;
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
    StringBuilder types = new StringBuilder();
    byType.forEach((t, ft) -> types.append(t).append(' ').append(ft[0]).append('/').append(ft[1]).append("; "));
    assertTrue(cases.size() >= 30, "the corpus has its cases");
    assertTrue(recall >= recallFloor, corpus + ": recall " + recall + " " + types + misses);
    assertTrue(keep >= keepFloor, corpus + ": keep " + keep + " " + misses);
    for (String t : NEVER_MISSED) {
      int[] ft = byType.get(t);
      if (ft != null) {
        assertTrue(ft[0] == ft[1], corpus + ": a " + t + " was missed " + misses);
      }
    }
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
      // names without a leading slash are beside this class, "/corpus/..." at the root
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
