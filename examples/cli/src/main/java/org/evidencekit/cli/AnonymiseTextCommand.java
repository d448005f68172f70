package org.evidencekit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.evidencekit.anonymise.TextAnonymiser;
import picocli.CommandLine.Command;

/**
 * Anonymises free text: standard input to standard output, one line out for each line in. Lines
 * are read in blocks and anonymised on every core (the anonymiser is thread-safe; each line is a
 * document of its own), and written in their order.
 */
@Command(
    name = "anonymise-text",
    mixinStandardHelpOptions = true,
    description = {
      "Remove personal details from text read on standard input.",
      "The input is UTF-8 text. Each output line is an input line anonymised: what was removed is replaced by"
          + " its type, such as [NAME] or [POSTCODE]."
    })
final class AnonymiseTextCommand extends Cmd {
  private static final int BLOCK = 2048;

  @Override
  public Integer call() throws IOException {
    TextAnonymiser anonymiser = TextAnonymiser.standard();
    PrintWriter out = out();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    List<String> block = new ArrayList<>(BLOCK);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      block.add(line);
      if (block.size() == BLOCK) {
        write(anonymiser, block, out);
        block.clear();
      }
    }
    write(anonymiser, block, out);
    out.flush();
    return Exit.OK;
  }

  private static void write(TextAnonymiser anonymiser, List<String> block, PrintWriter out) {
    List<String> done = block.size() < 64
        ? block.stream().map(l -> anonymiser.anonymise(l).text()).collect(Collectors.toList())
        : block.parallelStream().map(l -> anonymiser.anonymise(l).text()).collect(Collectors.toList());
    for (String l : done) {
      out.print(l);
      out.print('\n');
    }
  }
}
