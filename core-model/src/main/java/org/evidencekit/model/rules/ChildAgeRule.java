package org.evidencekit.model.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who counts as a child: anyone aged up to {@link #upTo()} years, with higher limits for people in
 * some circumstances ({@link #extensions()}: in the 2012 call for evidence, up to 24 for children
 * in the care system and up to 25 for disabled children).
 *
 * <p><b>How "up to N years" is read.</b> Unless {@link #inclusive()} is set, "up to N" means
 * "under N": a person is a child until their Nth birthday, and not on it. That is the reading of
 * "under 18" in the Children Act 1989 (s105) and of the DfE 2009 definition that Annex A quotes
 * ("children and young people under 18"). With {@code inclusive}, a person is a child until their
 * (N+1)th birthday.
 *
 * <p>A person in several circumstances gets the highest limit that applies.
 */
@Value.Immutable
@JsonTypeName("child-age")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableChildAgeRule.class)
@JsonDeserialize(as = ImmutableChildAgeRule.class)
@JsonPropertyOrder({"upTo", "inclusive", "extensions"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface ChildAgeRule extends DefinitionRule
    permits ImmutableChildAgeRule, ImmutableChildAgeRule.Json {
  /** The circumstance of a child in the care system. */
  String IN_CARE = "in-care";

  /** The circumstance of a disabled child. */
  String DISABLED = "disabled";

  /** The age limit for everyone. */
  int upTo();

  /** Whether a person aged exactly {@link #upTo()} is still a child. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean inclusive() {
    return false;
  }

  /** Higher limits in particular circumstances. */
  List<AgeExtension> extensions();

  /** The age limit for a person in these circumstances: the highest that applies. */
  default int limitFor(Set<String> circumstances) {
    int limit = upTo();
    for (AgeExtension e : extensions()) {
      if (circumstances.contains(e.when())) {
        limit = Math.max(limit, e.upTo());
      }
    }
    return limit;
  }

  /** Whether a person of this age (whole years) in these circumstances is a child. */
  default boolean isChild(int ageInYears, Set<String> circumstances) {
    if (ageInYears < 0) {
      throw new IllegalArgumentException("An age cannot be negative");
    }
    int limit = limitFor(circumstances);
    return inclusive() ? ageInYears <= limit : ageInYears < limit;
  }

  /** Whether a person born on {@code birth} is a child on {@code on}, in these circumstances. */
  default boolean isChild(LocalDate birth, LocalDate on, Set<String> circumstances) {
    if (birth.isAfter(on)) {
      throw new IllegalArgumentException("The date of birth is after the date asked about");
    }
    return isChild(Period.between(birth, on).getYears(), circumstances);
  }

  @Value.Check
  default void check() {
    RuleChecks.require(upTo() > 0, "upTo", "upTo must be more than 0");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChildAgeRule}. */
  final class Builder extends ImmutableChildAgeRule.Builder {
    Builder() {}
  }
}
