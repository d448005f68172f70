package org.evidencekit.model.spi;

import java.util.Optional;
import org.evidencekit.model.Password;
import org.immutables.value.Value;

/**
 * How a filled document is read back: the password it is encrypted with, if any, and the limits
 * that keep a hostile document from using unbounded memory.
 */
@Value.Immutable
public sealed interface ReadOptions permits ImmutableReadOptions {
  Optional<Password> password();

  /** The largest document read, in bytes (default 50 MiB). */
  @Value.Default
  default long maxBytes() {
    return 50L * 1024 * 1024;
  }

  static ReadOptions defaults() {
    return builder().build();
  }

  static ReadOptions withPassword(Password password) {
    return builder().password(password).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadOptions}. */
  final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }
}
