package org.evidencekit.cli;

import java.io.IOException;
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
      return Optional.of(Password.of(value.toCharArray()));
    }
    if (file == null) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new EvidenceKitException(file + ": no such password file");
    } catch (IOException e) {
      throw new EvidenceKitException(file + ": the password file cannot be read");
    }
    CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
    Arrays.fill(bytes, (byte) 0);
    int end = 0;
    while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
      end++;
    }
    char[] line = new char[end];
    chars.get(line, 0, end);
    Arrays.fill(chars.array(), '\0');
    if (line.length == 0) {
      throw new EvidenceKitException(file + ": the password file's first line is empty");
    }
    try {
      return Optional.of(Password.of(line));
    } finally {
      Arrays.fill(line, '\0');
    }
  }
}
