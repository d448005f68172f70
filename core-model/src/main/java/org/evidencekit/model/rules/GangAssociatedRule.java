package org.evidencekit.model.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gang-associated exploitation: "'gang-associated' refers specifically to the motive of the
 * violence and/or the gang association of the perpetrator and/or victim, rather than the number
 * of perpetrators". One perpetrator is enough.
 */
@Value.Immutable
@JsonTypeName("gang-associated")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableGangAssociatedRule.class)
@JsonDeserialize(as = ImmutableGangAssociatedRule.class)
@JsonPropertyOrder({"minimumPerpetrators"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface GangAssociatedRule extends DefinitionRule
    permits ImmutableGangAssociatedRule, ImmutableGangAssociatedRule.Json {
  /** "one or multiple perpetrators": 1. */
  @Value.Default
  default int minimumPerpetrators() {
    return 1;
  }

  /** Whether the case is gang-associated: a gang motive, or a gang-associated perpetrator or victim. */
  default boolean applies(ExploitationCase c) {
    return c.perpetrators().size() >= minimumPerpetrators()
        && (c.gangMotive() || c.perpetratorGangAssociated() || c.victimGangAssociated());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GangAssociatedRule}. */
  final class Builder extends ImmutableGangAssociatedRule.Builder {
    Builder() {}
  }
}
