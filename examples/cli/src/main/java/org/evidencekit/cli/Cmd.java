package org.evidencekit.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.evidencekit.model.spi.FormatRegistry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand: writes through the command line's own streams (UTF-8), never System.out. */
abstract class Cmd implements Callable<Integer> {
  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * The document formats this command line works with: every one found on its class path or
   * module path, discovered once. The command line names none of them itself.
   */
  static FormatRegistry formats() {
    return Discovered.FORMATS;
  }

  private static final class Discovered {
    static final FormatRegistry FORMATS = FormatRegistry.discover();
  }

  /** Words joined for a message: "a", "a or b", "a, b or c". */
  static String inWords(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }

  /** The ids of the formats, for picocli's ${COMPLETION-CANDIDATES} in help. */
  static final class FormatIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return formats().ids().iterator();
    }
  }
}
