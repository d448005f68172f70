package org.evidencekit.anonymise.response;

import java.util.List;
import java.util.Set;
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
  private final Set<String> withheld;

  AnonymisedResponse(Response response, Consent applied, boolean publishable, List<FieldReport> report,
      Set<String> withheld) {
    this.response = response;
    this.applied = applied;
    this.publishable = publishable;
    this.report = List.copyOf(report);
    this.withheld = Set.copyOf(withheld);
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

  /**
   * The JSON Pointers of the values the response gave that anonymisation took out whole (the
   * respondent's fields, such as {@code /respondent/name}), never their values. Hand them to a
   * renderer ({@code RenderOptions.builder().anonymised(true).addAllWithheld(...)}) so that a
   * printed document says "Withheld" there rather than "Not answered".
   */
  public Set<String> withheld() {
    return withheld;
  }

  @Override
  public String toString() {
    return "AnonymisedResponse[" + applied + ", " + (publishable ? "publishable" : "not for publication")
        + ", " + report.size() + " fields changed]";
  }
}
