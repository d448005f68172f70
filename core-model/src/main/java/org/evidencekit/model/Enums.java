package org.evidencekit.model;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencekit.model.internal.Quoting;

/** Reading enums from their JSON ids with a message that lists the ids allowed. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E fromId(
      Class<E> type, String id, Function<E, String> idOf, String what) {
    for (E e : type.getEnumConstants()) {
      if (idOf.apply(e).equals(id)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        (Quoting.isQuotable(id) ? "'" + id + "'" : "this")
            + " is not a "
            + what
            + ": use "
            + Arrays.stream(type.getEnumConstants())
                .map(e -> "'" + idOf.apply(e) + "'")
                .collect(Collectors.joining(", ")));
  }
}
