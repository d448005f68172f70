package org.evidencekit.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Deflate and inflate with java.util.zip, for tests that make or look into Flate streams. */
public final class Zlib {
  private Zlib() {}

  /** The data a whole zlib stream inflates to; truncated data is an AssertionError. */
  public static byte[] inflate(byte[] raw) throws DataFormatException {
    Inflater inflater = new Inflater();
    inflater.setInput(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    while (!inflater.finished()) {
      int n = inflater.inflate(buf);
      if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
        throw new AssertionError("truncated Deflate data");
      }
      out.write(buf, 0, n);
    }
    inflater.end();
    return out.toByteArray();
  }

  /** The data deflated at {@code level} as a zlib stream. */
  public static byte[] deflate(byte[] data, int level) {
    Deflater deflater = new Deflater(level);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    while (!deflater.finished()) {
      out.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    return out.toByteArray();
  }
}
