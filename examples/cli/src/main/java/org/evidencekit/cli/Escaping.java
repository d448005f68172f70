package org.evidencekit.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error as a terminal may safely show it: every control character but line feed and tab
 * (C0, DEL, and C1 such as U+009B, which some terminals read as the start of an escape sequence)
 * written as \\uXXXX. Whatever a message carries from a file's name or a document, no escape
 * sequence reaches the terminal. The text is UTF-8.
 */
final class Escaping extends FilterOutputStream {
  private boolean afterC2;

  Escaping(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    b &= 0xff;
    if (afterC2) {
      afterC2 = false;
      if (b >= 0x80 && b <= 0x9f) {
        escape(b);
        return;
      }
      out.write(0xc2);
    }
    if (b == 0xc2) {
      afterC2 = true;
    } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f) {
      escape(b);
    } else {
      out.write(b);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(b[i]);
    }
  }

  @Override
  public void flush() throws IOException {
    if (afterC2) {
      // a C2 lead byte whose continuation has not come yet: keep it until it does
      out.flush();
      return;
    }
    out.flush();
  }

  private void escape(int c) throws IOException {
    out.write(String.format("\\u%04X", c).getBytes(StandardCharsets.US_ASCII));
  }
}
