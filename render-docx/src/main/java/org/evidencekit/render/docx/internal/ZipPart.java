package org.evidencekit.render.docx.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** One entry of a package, already deflated: its name, compressed bytes, CRC-32 and size. */
public final class ZipPart {
  final String name;
  final byte[] nameBytes;
  final byte[] compressed;
  final int compressedLength;
  final int crc;
  final int size;

  private ZipPart(String name, byte[] compressed, int compressedLength, int crc, int size) {
    this.name = name;
    this.nameBytes = name.getBytes(StandardCharsets.UTF_8);
    this.compressed = compressed;
    this.compressedLength = compressedLength;
    this.crc = crc;
    this.size = size;
  }

  public String name() {
    return name;
  }

  /** Deflates a part (raw deflate, as zip stores it). */
  public static ZipPart deflate(String name, byte[] data, int off, int len, int level) {
    CRC32 crc = new CRC32();
    crc.update(data, off, len);
    Deflater deflater = new Deflater(level, true);
    try {
      deflater.setInput(data, off, len);
      deflater.finish();
      byte[] out = new byte[Math.max(64, len / 4 + 64)];
      int n = 0;
      while (!deflater.finished()) {
        if (n == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        n += deflater.deflate(out, n, out.length - n);
      }
      return new ZipPart(name, out, n, (int) crc.getValue(), len);
    } finally {
      deflater.end();
    }
  }

  public static ZipPart deflate(String name, byte[] data, int level) {
    return deflate(name, data, 0, data.length, level);
  }

  public static ZipPart deflate(String name, String xml, int level) {
    return deflate(name, xml.getBytes(StandardCharsets.UTF_8), level);
  }
}
