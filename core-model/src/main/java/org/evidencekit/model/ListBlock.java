package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A list. Items keep their printed numbers or letters as labels; items without labels are bullets. */
@Value.Immutable
@JsonTypeName("list")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableListBlock.class)
@JsonDeserialize(as = ImmutableListBlock.class)
@JsonPropertyOrder({"items", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface ListBlock extends ContentBlock
    permits ImmutableListBlock, ImmutableListBlock.Json {
  List<ListItem> items();

  @Value.Check
  default void check() {
    Checks.require(!items().isEmpty(), "items", "a list needs at least one item");
  }

  @Override
  List<String> notes();

  @Override
  default <R> R accept(ItemVisitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListBlock}. */
  final class Builder extends ImmutableListBlock.Builder {
    Builder() {}
  }
}
