package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.rules.DefinitionRule;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A formal definition that a questionnaire works with (the 2012 call for evidence's Annex A:
 * gang, group, child, trafficking and others): the term, its text, where the text comes from,
 * and, where the definition states a rule, that {@link #rule()} as an object whose methods apply
 * it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDefinition.class)
@JsonDeserialize(as = ImmutableDefinition.class)
@JsonPropertyOrder({"id", "term", "text", "source", "rule", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Definition permits ImmutableDefinition, ImmutableDefinition.Json {
  String id();

  String term();

  /** The definition's text as printed; paragraphs are separated by a blank line. */
  String text();

  /** Where the text comes from. */
  String source();

  /** The rule the definition states, if it states one. */
  Optional<DefinitionRule> rule();

  /** Notes: how an ambiguous phrase is read, quirks of the source. */
  List<String> notes();

  /** The rule, if this definition states one of that kind. */
  default <T extends DefinitionRule> Optional<T> rule(Class<T> kind) {
    return rule().filter(kind::isInstance).map(kind::cast);
  }

  @Value.Check
  default void check() {
    Checks.id(id(), "id");
    Checks.notBlank(term(), "term");
    Checks.notBlank(text(), "text");
    Checks.notBlank(source(), "source");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Definition}. */
  final class Builder extends ImmutableDefinition.Builder {
    Builder() {}
  }
}
