package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.testing.Fixtures;
import org.evidencekit.model.testing.RandomQuestionnaires;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The response schema accepts exactly what core-model accepts: on random valid responses ({@link
 * ExampleResponses#random}) and single {@link Mutations} of them, over the 2012 call for evidence,
 * the referral screening form, the fixture with every question kind and random questionnaires,
 * core-model's verdict (reading, then {@code ResponseValidator}; warnings leave a response valid)
 * and the schema's agree, case by case. A failure prints the response and both verdicts.
 *
 * <p>The cases the schema knowingly leaves out are never generated here; {@code
 * KnownDivergencesTest} lists them.
 */
class ResponseSchemaAgreementProperties {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, SchemaValidator> VALIDATORS = new ConcurrentHashMap<>();
  private static final AtomicLong CASES = new AtomicLong();
  private static final AtomicLong VALID = new AtomicLong();
  private static final AtomicLong QUESTIONNAIRES = new AtomicLong();
  private static final Map<String, AtomicLong> BY_MUTATION = new ConcurrentHashMap<>();

  /** Mutations tried on each random valid response. */
  private static final int MUTATIONS = 8;

  @Property(tries = 250)
  void agreeOnTheCallForEvidence2012(@ForAll long seed) {
    check(Questionnaires.callForEvidence2012(), seed, 1, true);
  }

  @Property(tries = 250)
  void agreeOnTheReferralScreeningForm(@ForAll long seed) {
    check(Questionnaires.referralScreening(), seed, 1, true);
  }

  @Property(tries = 250)
  void agreeOnEveryQuestionKind(@ForAll long seed) {
    check(Fixtures.kinds(), seed, 1, true);
  }

  @Property(tries = 500)
  void agreeOnRandomQuestionnaires(@ForAll long seed) {
    Questionnaire q = RandomQuestionnaires.make(seed);
    QUESTIONNAIRES.incrementAndGet();
    check(q, seed, 3, false);
  }

  /** Beyond single mutations: two at once, on random questionnaires. */
  @Property(tries = 100)
  void agreeOnTwoMutationsAtOnce(@ForAll long seed) {
    Questionnaire q = RandomQuestionnaires.make(seed);
    QUESTIONNAIRES.incrementAndGet();
    SchemaValidator validator = SchemaValidator.of(ResponseSchemas.standard().schemaFor(q));
    Random random = new Random(seed);
    String json = EvidenceJson.standard().write(ExampleResponses.random(q, random.nextLong()));
    for (int m = 0; m < MUTATIONS; m++) {
      ObjectNode tree = (ObjectNode) JSON.readTree(json);
      String what = Mutations.mutate(q, tree, random) + ", then " + Mutations.mutate(q, tree, random);
      BY_MUTATION.computeIfAbsent("(two at once)", k -> new AtomicLong()).incrementAndGet();
      agree(q, validator, "a response mutated twice: " + what, JSON.writeValueAsString(tree));
    }
  }

  @AfterContainer
  static void report() {
    StringBuilder sb = new StringBuilder("Response schema agreement: " + CASES.get() + " cases ("
        + VALID.get() + " valid) over the bundled questionnaires, the fixture and " + QUESTIONNAIRES.get()
        + " random questionnaires; by mutation:");
    new java.util.TreeMap<>(BY_MUTATION).forEach((k, v) -> sb.append("\n  ").append(v.get()).append('\t').append(k));
    System.out.println(sb);
  }

  private static void check(Questionnaire q, long seed, int responses, boolean keep) {
    SchemaValidator validator = keep
        ? VALIDATORS.computeIfAbsent(q.id(), id -> SchemaValidator.of(ResponseSchemas.standard().schemaFor(q)))
        : SchemaValidator.of(ResponseSchemas.standard().schemaFor(q));
    Random random = new Random(seed);
    for (int n = 0; n < responses; n++) {
      Response response = ExampleResponses.random(q, random.nextLong());
      String json = EvidenceJson.standard().write(response);
      agree(q, validator, "a random valid response", json);
      for (int m = 0; m < MUTATIONS; m++) {
        ObjectNode tree = (ObjectNode) JSON.readTree(json);
        String what = Mutations.mutate(q, tree, random);
        BY_MUTATION.computeIfAbsent(what.substring(0, what.indexOf(':') < 0 ? what.length() : what.indexOf(':')),
            k -> new AtomicLong()).incrementAndGet();
        agree(q, validator, "a response mutated by " + what, JSON.writeValueAsString(tree));
      }
    }
  }

  private static void agree(Questionnaire q, SchemaValidator validator, String what, String json) {
    CASES.incrementAndGet();
    String disagreement = Verdicts.disagreement(q, validator, what, json);
    if (disagreement != null) {
      fail(disagreement);
    }
    if (validator.isValid(json)) {
      VALID.incrementAndGet();
    }
  }
}
