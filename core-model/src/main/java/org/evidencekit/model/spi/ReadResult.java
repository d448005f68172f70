package org.evidencekit.model.spi;

import java.util.List;
import org.evidencekit.model.Response;
import org.immutables.value.Value;

/**
 * A response read back from a document, with what the reader warns about how it read it (for
 * example, answers it could find only from the document's visible layout because the program that
 * saved it had removed the form's fields). A warning names questions by their printed numbers and
 * never quotes what the respondent wrote.
 */
@Value.Immutable
public sealed interface ReadResult permits ImmutableReadResult {
  Response response();

  /** Warnings in plain words, one sentence each; empty when there is nothing to say. */
  List<String> warnings();

  /** A response read without warnings. */
  static ReadResult of(Response response) {
    return builder().response(response).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadResult}. */
  final class Builder extends ImmutableReadResult.Builder {
    Builder() {}
  }
}
