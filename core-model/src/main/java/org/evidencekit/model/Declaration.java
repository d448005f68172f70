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
 *   <li>not answered: the part applies if any of its questions is answered, unless the
 *       declaration {@linkplain #onlyWhenTicked() applies only when ticked}: then the part does
 *       not apply and must have no answers, as when answered {@code false}.
 * </ul>
 *
 * <p>The 2012 form prints no box and says "please complete the following section": a respondent
 * who answers its questions says by that that it applies, the default. A form that prints a tick
 * box ("C0 ☐ Complete this part only if …") says {@code onlyWhenTicked: true}, and may give the
 * box's printed {@link #label()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeclaration.class)
@JsonDeserialize(as = ImmutableDeclaration.class)
@JsonPropertyOrder({"id", "label", "prompt", "text", "onlyWhenTicked", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Declaration permits ImmutableDeclaration, ImmutableDeclaration.Json {
  /** The id the declaration's answer is keyed by. */
  String id();

  /** The printed label of the declaration's tick box, such as "C0"; often absent. */
  java.util.Optional<String> label();

  /**
   * Whether the part applies only when the declaration is ticked: answers in the part are then a
   * problem unless it is ticked. Default {@code false}: a declaration left unanswered lets the
   * answers decide (see above).
   */
  @Value.Default
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
  default boolean onlyWhenTicked() {
    return false;
  }

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
    label().ifPresent(l -> Checks.notBlank(l, "label"));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Declaration}. */
  final class Builder extends ImmutableDeclaration.Builder {
    Builder() {}
  }
}
