package org.evidencekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import picocli.CommandLine.Option;

/**
 * Where a password comes from: a file (its first line) or an environment variable. Never from the
 * command line, where other users and shell histories could see it.
 */
final class PasswordOptions {
  @Option(names = "--password-file", paramLabel = "FILE",
      description = "Read the password from the first line of FILE.")
  Path file;

  @Option(names = "--password-env", paramLabel = "VAR",
      description = "Read the password from the environment variable VAR, such as EVIDENCEKIT_PASSWORD.")
  String variable;

  /** The password, if one was asked for; a clear error if its source is missing or empty. */
  Optional<Password> password() {
    if (file != null && variable != null) {
      throw new EvidenceKitException("give the password either with --password-file or with --password-env, not both");
    }
    if (variable != null) {
      String value = System.getenv(variable);
      if (value == null || value.isEmpty()) {
        throw new EvidenceKitException("the environment variable " + variable + " is not set or is empty");
      }
      char[] chars = value.toCharArray();
      if (invisible(chars)) {
        throw new EvidenceKitException("the environment variable " + variable + " holds an invisible character (a"
            + " control or format character): set it again without");
      }
      return Optional.of(Password.of(chars));
    }
    if (file == null) {
      return Optional.empty();
    }
    char[] line = firstLine(file);
    if (line.length > 0 && invisible(line)) {
      Arrays.fill(line, '\0');
      throw new EvidenceKitException(Names.shown(file) + ": the password holds an invisible character (a control or"
          + " format character, such as a byte-order mark inside it): write it again without");
    }
    if (line.length == 0) {
      throw new EvidenceKitException(Names.shown(file) + ": the password file's first line is empty");
    }
    try {
      return Optional.of(Password.of(line));
    } finally {
      Arrays.fill(line, '\0');
    }
  }

  /**
   * Whether the password holds a control or format character (a byte-order mark, a zero-width
   * space …): PDF's password rules (SASLprep) drop some of them and DOCX keeps them, so the same
   * text would open one and not the other.
   */
  static boolean invisible(char[] password) {
    for (char c : password) {
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT) {
        return true;
      }
    }
    return false;
  }

  /** The most bytes of a password file read: its first line, which must end before this. */
  static final int MAX_LINE_BYTES = 1024;

  /**
   * The file's first line (up to CR or LF), decoded as UTF-8, a byte-order mark at its start left
   * out (an encoding's mark, not part of the password, whatever the document format). At most
   * {@link #MAX_LINE_BYTES} are read: a file like /dev/zero is refused, not read whole.
   */
  static char[] firstLine(Path file) {
    byte[] bytes = new byte[MAX_LINE_BYTES + 1];
    int n = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int b; n < bytes.length && (b = in.read()) >= 0 && b != '\n' && b != '\r'; ) {
        bytes[n++] = (byte) b;
      }
    } catch (NoSuchFileException e) {
      throw new EvidenceKitException(Names.shown(file) + ": no such password file");
    } catch (IOException e) {
      throw new EvidenceKitException(Names.shown(file) + ": the password file " + Names.whyUnreadable(file, e));
    }
    try {
      if (n > MAX_LINE_BYTES) {
        throw new EvidenceKitException(Names.shown(file) + ": the password file's first line is longer than "
            + MAX_LINE_BYTES + " bytes: it holds one line, the password");
      }
      int start = n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
      CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, start, n - start));
      char[] line = new char[chars.remaining()];
      chars.get(line);
      Arrays.fill(chars.array(), '\0');
      return line;
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
