package org.evidencekit.intake.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files written whole or not at all: to a temporary file beside, then renamed over the old one. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes a file's content. */
  public interface Content {
    void write(OutputStream out) throws IOException;
  }

  /** A temporary file beside {@code target}, to be {@link #commit committed} later. */
  public static Path temp(Path target) throws IOException {
    return Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
  }

  /** Renames {@code temp} over {@code target} atomically. */
  public static void commit(Path temp, Path target) throws IOException {
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Writes {@code target} whole: the content goes to a temporary file, renamed when complete. */
  public static void write(Path target, Content content) throws IOException {
    Path tmp = temp(target);
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.write(out);
      }
      commit(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
