package org.evidencekit.anonymise.response;

import java.util.List;
import org.evidencekit.model.Consent;
import org.evidencekit.model.Response;

/**
 * A response with its consent applied and its free text anonymised, the consent that was
 * applied (a missing consent is applied as {@link Consent#ANONYMISED}), whether it may be
 * published, and the report of what was removed (never the original text).
 */
public final class AnonymisedResponse {
  private final Response response;
  private final Consent applied;
  private final boolean publishable;
  private final List<FieldReport> report;

  AnonymisedResponse(Response response, Consent applied, boolean publishable, List<FieldReport> report) {
    this.response = response;
    this.applied = applied;
    this.publishable = publishable;
    this.report = List.copyOf(report);
  }

  /** The anonymised response, whatever its consent; its consent field is left as given. */
  public Response response() {
    return response;
  }

  public Consent appliedConsent() {
    return applied;
  }

  /** False for a response given in confidence (unless the anonymiser was told to publish). */
  public boolean publishable() {
    return publishable;
  }

  /**
   * The response for publication.
   *
   * @throws NotForPublicationException if it was given in confidence
   */
  public Response forPublication() {
    if (!publishable) {
      throw new NotForPublicationException(
          "Response " + response.id().orElse("(no id)") + " was given in confidence and is not for"
              + " publication; publish it only if told to (publishInConfidence)");
    }
    return response;
  }

  public List<FieldReport> report() {
    return report;
  }

  @Override
  public String toString() {
    return "AnonymisedResponse[" + applied + ", " + (publishable ? "publishable" : "not for publication")
        + ", " + report.size() + " fields changed]";
  }
}
