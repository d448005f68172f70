package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One option of a choice question: a stable id, the printed letter exactly as printed, the text,
 * and whether choosing it asks for a text ("Other (please explain):", "Faith communities: please
 * specify").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOption.class)
@JsonDeserialize(as = ImmutableOption.class)
@JsonPropertyOrder({"id", "label", "text", "specify", "specifyMaxLength", "notes"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Option permits ImmutableOption, ImmutableOption.Json {
  String id();

  /** The printed letter ("a.", "j."), exactly as printed. */
  Optional<String> label();

  String text();

  /**
   * Whether choosing this option asks for a text. A response that chooses it must give the text,
   * and may give it only when the option is chosen.
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean specify() {
    return false;
  }

  /** The most characters the text of a {@link #specify()} option may have. */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = DefaultSpecifyLength.class)
  default int specifyMaxLength() {
    return DEFAULT_SPECIFY_MAX_LENGTH;
  }

  int DEFAULT_SPECIFY_MAX_LENGTH = 500;

  /** Notes: quirks of the printed source kept on purpose. */
  List<String> notes();

  @Value.Check
  default void check() {
    Checks.id(id(), "id");
    Checks.notBlank(text(), "text");
    Checks.require(specifyMaxLength() >= 1, "specifyMaxLength", "specifyMaxLength must be 1 or more");
  }

  static Option of(String id, String label, String text) {
    return builder().id(id).label(Optional.ofNullable(label)).text(text).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Option}. */
  final class Builder extends ImmutableOption.Builder {
    Builder() {}
  }

  /** Jackson filter that leaves the default limit out of written JSON. */
  final class DefaultSpecifyLength {
    DefaultSpecifyLength() {}

    @Override
    public boolean equals(Object other) {
      return Integer.valueOf(DEFAULT_SPECIFY_MAX_LENGTH).equals(other);
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
