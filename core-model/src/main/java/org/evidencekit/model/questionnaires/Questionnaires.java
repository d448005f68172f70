package org.evidencekit.model.questionnaires;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;

/**
 * The questionnaires that ship with EvidenceKit, each written in the public definition format
 * (JSON or YAML) and loaded like any partner organisation's own:
 *
 * <ul>
 *   <li>{@value #CALL_FOR_EVIDENCE_2012}: the 2012 call for evidence of the Office of the
 *       Children's Commissioner's Inquiry into child sexual exploitation in gangs and groups;
 *   <li>{@value #REFERRAL_SCREENING}: an invented partner organisation's internal referral
 *       screening form, proof that the model is not made for one form.
 * </ul>
 *
 * Each is read once and kept; thread-safe.
 */
public final class Questionnaires {
  /** The id of the 2012 call for evidence. */
  public static final String CALL_FOR_EVIDENCE_2012 = "occ-csegg-call-for-evidence-2012";

  /** The id of the invented referral screening form. */
  public static final String REFERRAL_SCREENING = "westvale-cse-referral-screening";

  private static final Map<String, String> RESOURCES =
      ImmutableMap.of(
          CALL_FOR_EVIDENCE_2012, CALL_FOR_EVIDENCE_2012 + ".json",
          REFERRAL_SCREENING, REFERRAL_SCREENING + ".yaml");

  private static final Map<String, Questionnaire> LOADED = new ConcurrentHashMap<>();

  private Questionnaires() {}

  /** The 2012 call for evidence. */
  public static Questionnaire callForEvidence2012() {
    return byId(CALL_FOR_EVIDENCE_2012).orElseThrow();
  }

  /** The invented referral screening form. */
  public static Questionnaire referralScreening() {
    return byId(REFERRAL_SCREENING).orElseThrow();
  }

  /** The ids of the bundled questionnaires. */
  public static java.util.Set<String> ids() {
    return RESOURCES.keySet();
  }

  /** The bundled questionnaire with this id. */
  public static Optional<Questionnaire> byId(String id) {
    String resource = RESOURCES.get(id);
    if (resource == null) {
      return Optional.empty();
    }
    return Optional.of(LOADED.computeIfAbsent(id, k -> load(resource)));
  }

  /**
   * A hand-written, complete, valid, invented example response to the bundled questionnaire with
   * this id, where there is one; otherwise {@link ExampleResponses#complete} makes one.
   */
  public static Response exampleResponse(String id) {
    Questionnaire q = byId(id).orElseThrow(() -> new IllegalArgumentException("No bundled questionnaire " + id));
    String resource = id + ".response.json";
    try (InputStream in = Questionnaires.class.getResourceAsStream(resource)) {
      return in == null ? ExampleResponses.complete(q) : EvidenceJson.standard().readResponse(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Questionnaire load(String resource) {
    try (InputStream in = Questionnaires.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The bundled questionnaire " + resource + " is missing");
      }
      Format format = resource.endsWith(".yaml") ? Format.YAML : Format.JSON;
      return EvidenceJson.standard().readQuestionnaire(in, format, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
