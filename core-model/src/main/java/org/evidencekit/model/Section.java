package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A section of a part: an optional title (a level-2 heading) and its items in reading order. */
@Value.Immutable
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(as = ImmutableSection.class)
@JsonPropertyOrder({"id", "title", "items", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Section permits ImmutableSection, ImmutableSection.Json {
  String id();

  Optional<String> title();

  List<Item> items();

  List<String> notes();

  @Value.Check
  default void check() {
    Checks.id(id(), "id");
    title().ifPresent(t -> Checks.notBlank(t, "title"));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Section}. */
  final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
