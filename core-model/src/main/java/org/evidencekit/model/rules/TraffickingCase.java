package org.evidencekit.model.rules;

import java.util.Set;
import org.immutables.value.Value;

/** The facts the trafficking definition (Palermo Protocol, Article 3) looks at. */
@Value.Immutable
public sealed interface TraffickingCase permits ImmutableTraffickingCase {
  /** The age of the person moved or held, in whole years. */
  int age();

  /** Whether there was an act: recruitment, transportation, transfer, harbouring or receipt. */
  boolean act();

  /** The means used, if any: threat, force, coercion, abduction, fraud, deception, abuse of power ... */
  Set<String> means();

  /** Whether the purpose was exploitation. */
  boolean purposeOfExploitation();

  /** Whether the person consented. Recorded, and irrelevant for a child. */
  @Value.Default
  default boolean consented() {
    return false;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TraffickingCase}. */
  final class Builder extends ImmutableTraffickingCase.Builder {
    Builder() {}
  }
}
