package org.evidencekit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.evidencekit.anonymise.TextAnonymiser;
import picocli.CommandLine.Command;

/** Anonymises free text: standard input to standard output, one line out for each line in. */
@Command(
    name = "anonymise-text",
    mixinStandardHelpOptions = true,
    description = {
      "Remove personal details from text read on standard input.",
      "The input is UTF-8 text. Each output line is an input line anonymised: what was removed is replaced by"
          + " its type, such as [NAME] or [POSTCODE]."
    })
final class AnonymiseTextCommand extends Cmd {
  @Override
  public Integer call() throws IOException {
    TextAnonymiser anonymiser = TextAnonymiser.standard();
    PrintWriter out = out();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      out.print(anonymiser.anonymise(line).text());
      out.print('\n');
    }
    out.flush();
    return Exit.OK;
  }
}
