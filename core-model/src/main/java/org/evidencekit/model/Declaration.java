package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How a respondent says that an optional part applies to them ("If your service offers
 * interventions or support please complete the following section"). The declaration is answered
 * like a tick box under its {@link #id()}:
 *
 * <ul>
 *   <li>ticked ({@code true}): the part applies, and its required questions must be answered;
 *   <li>answered {@code false}: the part does not apply, and it must have no answers;
 *   <li>not answered: the part applies if any of its questions is answered.
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeclaration.class)
@JsonDeserialize(as = ImmutableDeclaration.class)
@JsonPropertyOrder({"id", "prompt", "text", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Declaration permits ImmutableDeclaration, ImmutableDeclaration.Json {
  /** The id the declaration's answer is keyed by. */
  String id();

  /** The instruction as printed, such as "If your service ... please complete the following section:". */
  String prompt();

  /** The statement the respondent ticks. */
  @Value.Default
  default String text() {
    return "This section applies to me";
  }

  java.util.List<String> notes();

  @Value.Check
  default void check() {
    Checks.id(id(), "id");
    Checks.notBlank(prompt(), "prompt");
    Checks.notBlank(text(), "text");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Declaration}. */
  final class Builder extends ImmutableDeclaration.Builder {
    Builder() {}
  }
}
