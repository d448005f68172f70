package org.evidencekit.model;

import java.util.List;
import org.evidencekit.model.internal.Ids;
import org.evidencekit.model.internal.JsonPointers;

/** Invariant checks shared by the value objects' {@code @Value.Check} methods. */
final class Checks {
  private Checks() {}

  /** Fails with a definition problem at {@code /property} unless {@code condition} holds. */
  static void require(boolean condition, String property, String message) {
    if (!condition) {
      throw new InvalidDefinitionException(
          List.of(DefinitionProblem.of(JsonPointers.of(property), message)));
    }
  }

  static void notBlank(String value, String property) {
    require(!value.isBlank(), property, "'" + property + "' must not be blank");
  }

  /** Ids are what answers, conditions and documents refer to: keep them plain. */
  static void id(String value, String property) {
    require(
        Ids.isValid(value),
        property,
        "'"
            + value
            + "' is not a usable id: use letters, digits, '-', '_' or '.', starting with a letter"
            + " or digit, at most 64 characters");
  }
}
