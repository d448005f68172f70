package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether all conditions must hold for a question or part to apply, or any one of them. */
public enum EnableBehavior {
  ALL("all"),
  ANY("any");

  private final String id;

  EnableBehavior(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  @JsonCreator
  public static EnableBehavior fromId(String id) {
    return Enums.fromId(EnableBehavior.class, id, EnableBehavior::id, "enable behaviour");
  }

  /** Jackson filter that leaves the default, {@code "all"}, out of written JSON. */
  static final class IsAll {
    @Override
    public boolean equals(Object other) {
      return other == ALL;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
