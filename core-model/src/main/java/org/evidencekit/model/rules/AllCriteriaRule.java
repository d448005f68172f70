package org.evidencekit.model.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A definition met only when every one of its numbered criteria is: the gang definition's "(1)
 * engage in a range of criminal activity and violence, (2) identify or lay claim over territory,
 * (3) have some form of identifying structural feature, and (4) are in conflict with other,
 * similar groups".
 */
@Value.Immutable
@JsonTypeName("all-criteria")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableAllCriteriaRule.class)
@JsonDeserialize(as = ImmutableAllCriteriaRule.class)
@JsonPropertyOrder({"criteria"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface AllCriteriaRule extends DefinitionRule
    permits ImmutableAllCriteriaRule, ImmutableAllCriteriaRule.Json {
  /** The criteria, in printed order; criterion 1 is the first. */
  List<String> criteria();

  /** Whether the criteria met (numbered from 1, as printed) are all of them. */
  default boolean isMetBy(Set<Integer> criteriaMet) {
    for (int n : criteriaMet) {
      if (n < 1 || n > criteria().size()) {
        throw new IllegalArgumentException(
            "There is no criterion " + n + ": they are numbered 1 to " + criteria().size());
      }
    }
    return criteriaMet.size() == criteria().size();
  }

  @Value.Check
  default void check() {
    RuleChecks.require(!criteria().isEmpty(), "criteria", "list at least one criterion");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AllCriteriaRule}. */
  final class Builder extends ImmutableAllCriteriaRule.Builder {
    Builder() {}
  }
}
