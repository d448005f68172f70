package org.evidencekit.model.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A higher age limit for people in one circumstance ("in-care", "disabled"). */
@Value.Immutable
@JsonSerialize(as = ImmutableAgeExtension.class)
@JsonDeserialize(as = ImmutableAgeExtension.class)
@JsonPropertyOrder({"when", "upTo"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface AgeExtension permits ImmutableAgeExtension, ImmutableAgeExtension.Json {
  /** The circumstance, such as {@link ChildAgeRule#IN_CARE}. */
  String when();

  int upTo();

  @Value.Check
  default void check() {
    RuleChecks.notBlank(when(), "when");
    RuleChecks.require(upTo() > 0, "upTo", "upTo must be more than 0");
  }

  static AgeExtension of(String when, int upTo) {
    return builder().when(when).upTo(upTo).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgeExtension}. */
  final class Builder extends ImmutableAgeExtension.Builder {
    Builder() {}
  }
}
