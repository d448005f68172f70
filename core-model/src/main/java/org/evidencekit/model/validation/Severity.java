package org.evidencekit.model.validation;

import com.fasterxml.jackson.annotation.JsonValue;

/** How serious a {@link Problem} is: an error makes a response invalid, a warning does not. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }
}
