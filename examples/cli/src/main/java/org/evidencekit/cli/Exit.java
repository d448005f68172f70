package org.evidencekit.cli;

/** The command line's exit codes. */
final class Exit {
  /** Done; the input is valid. */
  static final int OK = 0;
  /** A problem was found in the input (an invalid response). */
  static final int INVALID = 1;
  /** The input could not be used: a missing file, malformed JSON, a wrong password, bad usage. */
  static final int UNUSABLE = 2;
  /** A bug. */
  static final int INTERNAL = 70;

  private Exit() {}
}
