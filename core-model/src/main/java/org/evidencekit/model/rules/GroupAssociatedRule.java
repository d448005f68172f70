package org.evidencekit.model.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Group-associated exploitation: "carried out by multiple perpetrators who are connected through
 * formal or informal associations or networks ... 'Group' refers specifically to the numbers of
 * perpetrators". Whether anyone is in a gang does not matter.
 */
@Value.Immutable
@JsonTypeName("group-associated")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableGroupAssociatedRule.class)
@JsonDeserialize(as = ImmutableGroupAssociatedRule.class)
@JsonPropertyOrder({"minimumPerpetrators"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface GroupAssociatedRule extends DefinitionRule
    permits ImmutableGroupAssociatedRule, ImmutableGroupAssociatedRule.Json {
  /** "multiple perpetrators": 2. */
  @Value.Default
  default int minimumPerpetrators() {
    return 2;
  }

  /** Whether the case is group-associated: enough perpetrators, connected. */
  default boolean applies(ExploitationCase c) {
    return c.perpetrators().size() >= minimumPerpetrators() && c.perpetratorsConnected();
  }

  @Value.Check
  default void check() {
    RuleChecks.require(minimumPerpetrators() >= 2, "minimumPerpetrators", "a group has 2 or more");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupAssociatedRule}. */
  final class Builder extends ImmutableGroupAssociatedRule.Builder {
    Builder() {}
  }
}
