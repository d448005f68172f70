package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A paragraph of printed text. */
@Value.Immutable
@JsonTypeName("paragraph")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableParagraph.class)
@JsonDeserialize(as = ImmutableParagraph.class)
@JsonPropertyOrder({"text", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Paragraph extends ContentBlock
    permits ImmutableParagraph, ImmutableParagraph.Json {
  String text();

  @Value.Check
  default void check() {
    Checks.notBlank(text(), "text");
  }

  static Paragraph of(String text) {
    return builder().text(text).build();
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

  /** Builds a {@link Paragraph}. */
  final class Builder extends ImmutableParagraph.Builder {
    Builder() {}
  }
}
