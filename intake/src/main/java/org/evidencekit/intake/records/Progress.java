package org.evidencekit.intake.records;

/**
 * Told how a run goes, from the threads that do the work (implementations are thread-safe). A
 * library never prints: the command line draws a bar on a terminal, plain lines elsewhere.
 */
public interface Progress {
  /** Nothing is told. */
  Progress NONE = new Progress() {};

  /** The files found, before any is read. */
  default void started(int files) {}

  /** One more file done: {@code done} of {@code files}, {@code fromCache} of them not read again. */
  default void advanced(int done, int files, int fromCache) {}

  /** The returns are read; the outputs are being written (a phase named in words). */
  default void writing(String what) {}
}
