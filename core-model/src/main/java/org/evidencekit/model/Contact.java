package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Whom respondents contact about a questionnaire, and where responses go. */
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
@JsonPropertyOrder({"name", "email", "phone", "web"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Contact permits ImmutableContact, ImmutableContact.Json {
  Optional<String> name();

  Optional<String> email();

  Optional<String> phone();

  Optional<String> web();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contact}. */
  final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
