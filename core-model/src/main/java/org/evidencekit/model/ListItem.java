package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One item of a {@link ListBlock}: its printed label ("1.", "a)") if it has one, and its text. */
@Value.Immutable
@JsonSerialize(as = ImmutableListItem.class)
@JsonDeserialize(as = ImmutableListItem.class)
@JsonPropertyOrder({"label", "text"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface ListItem permits ImmutableListItem, ImmutableListItem.Json {
  /** The printed number or letter, exactly as printed; absent for a bullet. */
  Optional<String> label();

  String text();

  @Value.Check
  default void check() {
    Checks.notBlank(text(), "text");
  }

  static ListItem of(String label, String text) {
    return builder().label(Optional.ofNullable(label)).text(text).build();
  }

  static ListItem bullet(String text) {
    return builder().text(text).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListItem}. */
  final class Builder extends ImmutableListItem.Builder {
    Builder() {}
  }
}
