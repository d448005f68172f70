package org.evidencekit.model.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Trafficking, Palermo Protocol Article 3: an act (recruitment, transportation, transfer,
 * harbouring or receipt) by some means (threat, force, coercion, deception ...) for the purpose of
 * exploitation; for a child the means are not needed (3(c)). "Under the Palermo Protocol it is
 * irrelevant whether a child has consented to their transportation or not": consent never enters
 * the test.
 *
 * <p>Who is a child here is the Protocol's own test, under {@link #childUnder()} (18, Article
 * 3(d)), not the inquiry's wider definition of children and young people.
 */
@Value.Immutable
@JsonTypeName("trafficking")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableTraffickingRule.class)
@JsonDeserialize(as = ImmutableTraffickingRule.class)
@JsonPropertyOrder({"childUnder"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface TraffickingRule extends DefinitionRule
    permits ImmutableTraffickingRule, ImmutableTraffickingRule.Json {
  @Value.Default
  default int childUnder() {
    return 18;
  }

  /** Whether the case is trafficking. The person's consent is not looked at. */
  default boolean isTrafficking(TraffickingCase c) {
    if (c.age() < 0) {
      throw new IllegalArgumentException("An age cannot be negative");
    }
    boolean child = c.age() < childUnder();
    return c.act() && c.purposeOfExploitation() && (child || !c.means().isEmpty());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TraffickingRule}. */
  final class Builder extends ImmutableTraffickingRule.Builder {
    Builder() {}
  }
}
