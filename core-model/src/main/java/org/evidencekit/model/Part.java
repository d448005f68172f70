package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A top-level division of a questionnaire: front matter, a block of questions, an annex. Its
 * title is a level-1 heading.
 *
 * <p>A part applies always, unless it has a {@link #declaration()} (the respondent says whether it
 * applies) or {@link #enableWhen()} conditions (another answer decides), or both. Questions in a
 * part that does not apply must not be answered, and are not required.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePart.class)
@JsonDeserialize(as = ImmutablePart.class)
@JsonPropertyOrder({
  "id", "label", "title", "declaration", "enableWhen", "enableBehavior", "sections", "notes"
})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Part permits ImmutablePart, ImmutablePart.Json {
  String id();

  /** A printed label, such as "Annex A:"; often absent. */
  Optional<String> label();

  Optional<String> title();

  Optional<Declaration> declaration();

  List<Condition> enableWhen();

  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EnableBehavior.IsAll.class)
  default EnableBehavior enableBehavior() {
    return EnableBehavior.ALL;
  }

  List<Section> sections();

  List<String> notes();

  /** Whether this part's applying depends on anything. */
  default boolean isConditional() {
    return declaration().isPresent() || !enableWhen().isEmpty();
  }

  @Value.Check
  default void check() {
    Checks.id(id(), "id");
    title().ifPresent(t -> Checks.notBlank(t, "title"));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Part}. */
  final class Builder extends ImmutablePart.Builder {
    Builder() {}
  }
}
