package org.evidencekit.anonymise.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evidencekit.anonymise.TextAnonymiser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Rule#mayFind} is false only where the rule's {@link Rule#find} adds nothing: every rule
 * runs in the engine's order on every text of the corpora in this module's test resources, in its
 * own, lower and upper case, without its digits, and as the anonymiser's output (what the second
 * look reads); where a rule says it may find nothing, it runs anyway and must add no span, kept
 * token, allowed or protected range (and so for the handle rule's shaped handles, which it skips
 * by a condition of their own). It fails if a rule's condition leaves out what one of its
 * findings needs (a house number for the address rule, say), given a text that has it.
 */
class RuleSkipTest {
  private static final Lexicon LEX = Lexicon.standard();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> CORPORA = List.of(
      "/org/evidencekit/anonymise/dev-corpus.jsonl", "/org/evidencekit/anonymise/heldout-corpus.jsonl",
      "/corpus/issue12-dev.jsonl", "/corpus/issue12-added.jsonl", "/corpus/issue12-context.jsonl",
      "/corpus/issue12-kinds.jsonl");

  /** Findings the corpora have few of: handles shaped by their digits alone. */
  private static final List<String> EXTRA = List.of(
      "She messaged kayzo1999 every night.", "his gamertag was tiggs2010 on there",
      "Added by jaydenx07 and shazzy2004 last week", "On Snapchat Kayla2009 sent the pictures.");

  @Test
  void aRuleThatMayFindNothingFindsNothing() throws IOException {
    TextAnonymiser anonymiser = TextAnonymiser.standard();
    List<Rule> rules = new ArrayList<>();
    rules.add(new OwnOutputRule(Set.of()));
    rules.add(new CallerTermsRule());
    rules.addAll(Engine.standardRules());
    Map<String, Integer> skipped = new LinkedHashMap<>();
    int texts = 0;
    List<String> all = new ArrayList<>(EXTRA);
    for (String corpus : CORPORA) {
      all.addAll(read(corpus));
    }
    {
      for (String text : all) {
        List<String> variants = new ArrayList<>(List.of(text, text.toLowerCase(Locale.ROOT),
            text.toUpperCase(Locale.ROOT), text.replaceAll("\\d", "")));
        for (String v : List.copyOf(variants)) {
          variants.add(anonymiser.anonymise(v).text());
        }
        for (String v : variants) {
          texts++;
          Doc d = new Doc(v, Terms.NONE, LEX, Set.of());
          for (Rule r : rules) {
            if (r instanceof HandleRule && !HandleRule.mayHaveShaped(d)) {
              skipped.merge("handle-shaped", 1, Integer::sum);
              int spans = d.spans.size();
              ((HandleRule) r).readShapes(d);
              assertEquals(spans, d.spans.size(), "shaped handles skipped but found in: " + v);
            }
            if (r.mayFind(d)) {
              r.find(d);
              continue;
            }
            skipped.merge(r.id(), 1, Integer::sum);
            int spans = d.spans.size();
            int allowed = d.allowed.size();
            int protectedRanges = d.protectedRanges.size();
            boolean[] kept = d.kept.clone();
            r.find(d);
            String why = r.id() + " skipped but found something in: " + v;
            assertEquals(spans, d.spans.size(), why);
            assertEquals(allowed, d.allowed.size(), why);
            assertEquals(protectedRanges, d.protectedRanges.size(), why);
            assertArrayEquals(kept, d.kept, why);
          }
        }
      }
    }
    assertTrue(texts > 5000, "texts read: " + texts);
    // Each rule with a condition of its own is skipped on many texts (else this test shows nothing).
    for (String id : List.of("address", "school", "organisation", "date", "phone", "handle-shaped")) {
      assertTrue(skipped.getOrDefault(id, 0) > 500, id + " skipped " + skipped.get(id) + " times");
    }
  }

  private static List<String> read(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = RuleSkipTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode c = JSON.readTree(line);
          out.add(c.get("text").asString());
        }
      }
    }
    return out;
  }
}
