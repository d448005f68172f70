package org.evidencekit.model.rules;

import org.evidencekit.model.internal.PropertyException;

/**
 * Invariant checks of the rules' {@code @Value.Check} methods. A rule stands alone (it needs no
 * questionnaire), so a broken one is an {@link IllegalArgumentException} naming the property;
 * read from a definition, it is reported at that property's place like any other mistake.
 */
final class RuleChecks {
  private RuleChecks() {}

  static void require(boolean condition, String property, String message) {
    if (!condition) {
      throw new PropertyException(property, message);
    }
  }

  static void notBlank(String value, String property) {
    require(!value.isBlank(), property, "'" + property + "' must not be blank");
  }
}
