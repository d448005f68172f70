package org.evidencekit.model;

import java.util.Arrays;

/**
 * A password for protecting or opening a document. It never appears in {@code toString()},
 * messages or logs; {@link #close()} overwrites it. Read it from a file or the environment, never
 * from a command line.
 */
public final class Password implements AutoCloseable {
  private final char[] chars;

  private Password(char[] chars) {
    this.chars = chars.clone();
  }

  /** A password made of these characters (copied; wipe your own array when done). */
  public static Password of(char[] chars) {
    if (chars.length == 0) {
      throw new IllegalArgumentException("A password cannot be empty");
    }
    return new Password(chars);
  }

  /** A copy of the characters; wipe it when done with {@code Arrays.fill(c, '\0')}. */
  public char[] chars() {
    return chars.clone();
  }

  /**
   * The password as a String, for libraries that only take one (Apache POI, PDFBox). Strings
   * cannot be wiped: prefer {@link #chars()} wherever a library takes characters.
   */
  public String reveal() {
    return new String(chars);
  }

  @Override
  public void close() {
    Arrays.fill(chars, '\0');
  }

  @Override
  public String toString() {
    return "Password(****)";
  }
}
