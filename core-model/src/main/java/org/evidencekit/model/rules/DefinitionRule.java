package org.evidencekit.model.rules;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A rule that a {@link org.evidencekit.model.Definition} states, in a form code can apply. In JSON
 * an object whose {@code "type"} names the kind of rule.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ChildAgeRule.class, name = "child-age"),
  @JsonSubTypes.Type(value = GroupRule.class, name = "group"),
  @JsonSubTypes.Type(value = AllCriteriaRule.class, name = "all-criteria"),
  @JsonSubTypes.Type(value = GangAssociatedRule.class, name = "gang-associated"),
  @JsonSubTypes.Type(value = GroupAssociatedRule.class, name = "group-associated"),
  @JsonSubTypes.Type(value = PeerOnPeerRule.class, name = "peer-on-peer"),
  @JsonSubTypes.Type(value = TraffickingRule.class, name = "trafficking")
})
public sealed interface DefinitionRule
    permits ChildAgeRule,
        GroupRule,
        AllCriteriaRule,
        GangAssociatedRule,
        GroupAssociatedRule,
        PeerOnPeerRule,
        TraffickingRule {}
