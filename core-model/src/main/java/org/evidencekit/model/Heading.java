package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A heading inside a section. Part titles are level 1 and section titles level 2, so a heading
 * block is level 3 unless it says otherwise.
 */
@Value.Immutable
@JsonTypeName("heading")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableHeading.class)
@JsonDeserialize(as = ImmutableHeading.class)
@JsonPropertyOrder({"text", "level", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Heading extends ContentBlock
    permits ImmutableHeading, ImmutableHeading.Json {
  String text();

  @Value.Default
  default int level() {
    return 3;
  }

  @Override
  List<String> notes();

  @Override
  default <R> R accept(ItemVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Value.Check
  default void check() {
    Checks.require(level() >= 1 && level() <= 6, "level", "a heading level is 1 to 6");
    Checks.notBlank(text(), "text");
  }

  static Heading of(String text, int level) {
    return builder().text(text).level(level).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Heading}. */
  final class Builder extends ImmutableHeading.Builder {
    Builder() {}
  }
}
