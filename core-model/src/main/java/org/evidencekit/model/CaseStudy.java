package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A case study: a short account, with an optional title (the changed name of the child, say). */
@Value.Immutable
@JsonTypeName("case-study")
@JsonSubTypes({}) // sealed to its generated class, which is no kind of its own: "type" stays this name
@JsonSerialize(as = ImmutableCaseStudy.class)
@JsonDeserialize(as = ImmutableCaseStudy.class)
@JsonPropertyOrder({"title", "text", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface CaseStudy extends ContentBlock
    permits ImmutableCaseStudy, ImmutableCaseStudy.Json {
  Optional<String> title();

  /** The account; paragraphs are separated by a blank line. */
  String text();

  @Value.Check
  default void check() {
    Checks.notBlank(text(), "text");
    title().ifPresent(t -> Checks.notBlank(t, "title"));
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

  /** Builds a {@link CaseStudy}. */
  final class Builder extends ImmutableCaseStudy.Builder {
    Builder() {}
  }
}
