package org.evidencekit.model.rules;

import java.util.Set;
import org.immutables.value.Value;

/** What a definition's rule needs to know of a person: age in whole years, and circumstances. */
@Value.Immutable
public sealed interface PersonFacts permits ImmutablePersonFacts {
  int age();

  /** Circumstances such as {@link ChildAgeRule#IN_CARE} or {@link ChildAgeRule#DISABLED}. */
  Set<String> circumstances();

  @Value.Check
  default void check() {
    if (age() < 0) {
      throw new IllegalArgumentException("An age cannot be negative");
    }
  }

  static PersonFacts aged(int age, String... circumstances) {
    return builder().age(age).addCircumstances(circumstances).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonFacts}. */
  final class Builder extends ImmutablePersonFacts.Builder {
    Builder() {}
  }
}
