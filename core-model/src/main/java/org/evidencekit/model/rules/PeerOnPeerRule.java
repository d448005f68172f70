package org.evidencekit.model.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Peer-on-peer exploitation: "of children and young people by other children and young people".
 * Who is a child is decided by the definition named in {@link #childDefinition()}.
 */
@Value.Immutable
@JsonTypeName("peer-on-peer")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutablePeerOnPeerRule.class)
@JsonDeserialize(as = ImmutablePeerOnPeerRule.class)
@JsonPropertyOrder({"childDefinition"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface PeerOnPeerRule extends DefinitionRule
    permits ImmutablePeerOnPeerRule, ImmutablePeerOnPeerRule.Json {
  /** The id of the definition (with a {@link ChildAgeRule}) that says who is a child. */
  String childDefinition();

  /** Whether the victim and every perpetrator are children under {@code children}. */
  default boolean applies(ExploitationCase c, ChildAgeRule children) {
    if (!children.isChild(c.victim().age(), c.victim().circumstances())) {
      return false;
    }
    for (PersonFacts p : c.perpetrators()) {
      if (!children.isChild(p.age(), p.circumstances())) {
        return false;
      }
    }
    return true;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeerOnPeerRule}. */
  final class Builder extends ImmutablePeerOnPeerRule.Builder {
    Builder() {}
  }
}
