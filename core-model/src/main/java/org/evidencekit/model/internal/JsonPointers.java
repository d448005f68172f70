package org.evidencekit.model.internal;

/** JSON Pointers (RFC 6901), as used in every problem this library reports. */
public final class JsonPointers {
  private JsonPointers() {}

  /** The pointer made of these tokens, each escaped: {@code of("answers", "a/b")} is "/answers/a~1b". */
  public static String of(Object... tokens) {
    StringBuilder sb = new StringBuilder();
    for (Object token : tokens) {
      sb.append('/').append(escape(String.valueOf(token)));
    }
    return sb.toString();
  }

  /** Appends tokens to a pointer. */
  public static String append(String pointer, Object... tokens) {
    return pointer + of(tokens);
  }

  /** Escapes one reference token: '~' becomes "~0" and '/' becomes "~1". */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }
}
