package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Evidence sent with a response in another form: a video, images, a report. The file itself
 * stays outside the response's JSON; this records its name, media type (such as "video/mp4") and
 * what it shows, and optionally its size and SHA-256 digest so it can be matched later.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachment.class)
@JsonDeserialize(as = ImmutableAttachment.class)
@JsonPropertyOrder({"name", "mediaType", "description", "size", "sha256"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Attachment permits ImmutableAttachment, ImmutableAttachment.Json {
  /** The file name. */
  @Value.Redacted
  String name();

  /** The IANA media type, such as "video/mp4" or "application/pdf". */
  String mediaType();

  @Value.Redacted
  Optional<String> description();

  /** The size in bytes. */
  Optional<Long> size();

  /** The SHA-256 digest of the file, in lower-case hex. */
  Optional<String> sha256();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attachment}. */
  final class Builder extends ImmutableAttachment.Builder {
    Builder() {}
  }
}
