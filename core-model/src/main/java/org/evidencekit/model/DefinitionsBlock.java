package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Where the questionnaire's formal definitions are printed: the ones named, in the order named, or all of them when none is named. */
@Value.Immutable
@JsonTypeName("definitions")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableDefinitionsBlock.class)
@JsonDeserialize(as = ImmutableDefinitionsBlock.class)
@JsonPropertyOrder({"definitions", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface DefinitionsBlock extends ContentBlock
    permits ImmutableDefinitionsBlock, ImmutableDefinitionsBlock.Json {
  /** Ids of the definitions printed here; empty means all, in the questionnaire's order. */
  List<String> definitions();

  @Override
  List<String> notes();

  @Override
  default <R> R accept(ItemVisitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DefinitionsBlock}. */
  final class Builder extends ImmutableDefinitionsBlock.Builder {
    Builder() {}
  }
}
