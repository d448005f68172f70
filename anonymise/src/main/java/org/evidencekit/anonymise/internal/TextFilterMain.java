package org.evidencekit.anonymise.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.evidencekit.anonymise.TextAnonymiser;

/**
 * Development filter for the scorer: reads UTF-8 lines on standard input and writes each line
 * anonymised with {@link TextAnonymiser#standard()}, one output line per input line. The CLI's
 * {@code anonymise-text} command is the supported way; this exists for measuring quality while
 * developing the module.
 */
public final class TextFilterMain {
  private TextFilterMain() {}

  public static void main(String[] args) throws IOException {
    TextAnonymiser a = TextAnonymiser.standard();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      out.write(a.anonymise(line).text());
      out.write('\n');
    }
    out.flush();
  }
}
