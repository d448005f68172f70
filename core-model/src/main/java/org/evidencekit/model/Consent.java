package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * What the respondent allows to be published: their evidence attributed to them, anonymised, or
 * nothing of it (in confidence).
 */
public enum Consent {
  /** Published with the respondent's name and organisation. */
  ATTRIBUTED("attributed"),
  /** Published with the respondent and anything identifying removed. */
  ANONYMISED("anonymised"),
  /** Not published. */
  IN_CONFIDENCE("in-confidence");

  private final String id;

  Consent(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  @JsonCreator
  public static Consent fromId(String id) {
    return Enums.fromId(Consent.class, id, Consent::id, "consent");
  }

  /** The consent with this id, if there is one. */
  public static Optional<Consent> find(String id) {
    for (Consent c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
