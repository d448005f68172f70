package org.evidencekit.model.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A group is {@link #atLeast()} people (two in the 2012 call for evidence), of any age. */
@Value.Immutable
@JsonTypeName("group")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableGroupRule.class)
@JsonDeserialize(as = ImmutableGroupRule.class)
@JsonPropertyOrder({"atLeast"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface GroupRule extends DefinitionRule
    permits ImmutableGroupRule, ImmutableGroupRule.Json {
  int atLeast();

  /** Whether this many people, connected through associations or networks, are a group. */
  default boolean isGroup(int people) {
    if (people < 0) {
      throw new IllegalArgumentException("A number of people cannot be negative");
    }
    return people >= atLeast();
  }

  @Value.Check
  default void check() {
    RuleChecks.require(atLeast() >= 1, "atLeast", "atLeast must be 1 or more");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupRule}. */
  final class Builder extends ImmutableGroupRule.Builder {
    Builder() {}
  }
}
