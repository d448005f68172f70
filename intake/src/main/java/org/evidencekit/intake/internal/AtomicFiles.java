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

  /** A file written whole to a temporary file beside its target, not yet renamed into place. */
  public record Staged(Path temp, Path target) {
    /** Renames the temporary file over the target. */
    public Path commit() throws IOException {
      AtomicFiles.commit(temp, target);
      return target;
    }

    /** Deletes the temporary file, if it was not committed. */
    public void discard() throws IOException {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes the content to a temporary file beside {@code target} (deleted if the writing fails). */
  public static Staged stage(Path target, Content content) throws IOException {
    Path tmp = temp(target);
    boolean whole = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.write(out);
      }
      whole = true;
      return new Staged(tmp, target);
    } finally {
      if (!whole) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Writes {@code target} whole: the content goes to a temporary file, renamed when complete. */
  public static void write(Path target, Content content) throws IOException {
    Staged s = stage(target, content);
    try {
      s.commit();
    } finally {
      s.discard();
    }
  }
}
