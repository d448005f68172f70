package org.evidencekit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How file names and file errors are shown: in our words, control characters escaped. */
final class Names {
  private Names() {}

  /** A name as it may be shown on a terminal: control and format characters as \\uXXXX. */
  static String shown(Object name) {
    String s = String.valueOf(name);
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.SURROGATE
          || type == Character.PRIVATE_USE) {
        b.append(String.format("\\u%04X", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  /** Why a file could not be read, in words (never the exception's class). */
  static String whyUnreadable(Path file, IOException e) {
    if (Files.isDirectory(file)) {
      return "is a folder, not a file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be read: permission denied";
    }
    return "cannot be read";
  }
}
