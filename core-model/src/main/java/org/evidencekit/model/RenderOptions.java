package org.evidencekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a document is rendered: its {@link Layout}, a password to encrypt it with, whether it is an
 * archival (PDF/A) document, and whether editing is restricted to filling in the form. A renderer
 * that cannot honour an option says so with an {@link EvidenceKitException}.
 */
@Value.Immutable
public interface RenderOptions {
  @Value.Default
  default Layout layout() {
    return Layout.FORM;
  }

  /** Encrypt the document with this password (AES-256). */
  Optional<Password> password();

  /** Make an archival document (PDF/A); cannot be combined with a password. */
  @Value.Default
  default boolean archival() {
    return false;
  }

  /** Restrict editing to filling in the form's fields, where the format allows it. */
  @Value.Default
  default boolean restrictEditing() {
    return false;
  }

  /** The defaults: a fillable form, unencrypted. */
  static RenderOptions defaults() {
    return builder().build();
  }

  static RenderOptions of(Layout layout) {
    return builder().layout(layout).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RenderOptions}. */
  final class Builder extends ImmutableRenderOptions.Builder {}
}
