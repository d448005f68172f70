package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A field of a {@link Response} outside its answers that a question can fill: the respondent
 * block, the consent to publish and the oral-evidence opt-in. In JSON the dotted path, such as
 * {@code "respondent.email"}.
 */
public enum ResponseField {
  /** The person completing the response (short or long text). */
  RESPONDENT_NAME("respondent.name"),
  /** Their job title (short or long text). */
  RESPONDENT_JOB_TITLE("respondent.jobTitle"),
  /** Their email address (an email question). */
  RESPONDENT_EMAIL("respondent.email"),
  /** Their telephone number (short text). */
  RESPONDENT_PHONE("respondent.phone"),
  /** The organisation responding (short or long text). */
  RESPONDENT_ORGANISATION("respondent.organisation"),
  /** The area the organisation covers (short or long text). */
  RESPONDENT_AREA("respondent.area"),
  /** A named contact, where it is someone other than the person completing (short text). */
  RESPONDENT_CONTACT_NAME("respondent.contactName"),
  /**
   * The consent to publish: a single-choice question whose option ids are ids of {@link
   * Consent}.
   */
  CONSENT("consent"),
  /** The oral-evidence opt-in: a tick box. */
  ORAL_EVIDENCE("oralEvidence");

  private final String id;

  ResponseField(String id) {
    this.id = id;
  }

  /** The dotted path, which is also where it sits in a response's JSON. */
  @JsonValue
  public String id() {
    return id;
  }

  /** The JSON Pointer of this field in a response. */
  public String pointer() {
    return "/" + id.replace('.', '/');
  }

  /** Whether this is one of the respondent block's fields. */
  public boolean isRespondentField() {
    return id.startsWith("respondent.");
  }

  @JsonCreator
  public static ResponseField fromId(String id) {
    return Enums.fromId(ResponseField.class, id, ResponseField::id, "response field");
  }
}
