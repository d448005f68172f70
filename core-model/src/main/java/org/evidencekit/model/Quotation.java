package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A quotation, with whom it is from. */
@Value.Immutable
@JsonTypeName("quotation")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableQuotation.class)
@JsonDeserialize(as = ImmutableQuotation.class)
@JsonPropertyOrder({"text", "attribution", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Quotation extends ContentBlock
    permits ImmutableQuotation, ImmutableQuotation.Json {
  String text();

  Optional<String> attribution();

  @Value.Check
  default void check() {
    Checks.notBlank(text(), "text");
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

  /** Builds a {@link Quotation}. */
  final class Builder extends ImmutableQuotation.Builder {
    Builder() {}
  }
}
