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

  /**
   * A run of a part compressed once: raw deflate ending on a byte boundary (a sync flush), so
   * that it can be followed by data compressed later, or ending the stream.
   */
  public static final class Chunk {
    final byte[] raw;
    final byte[] compressed;

    private Chunk(byte[] raw, byte[] compressed) {
      this.raw = raw;
      this.compressed = compressed;
    }

    /** Compressed so that more data may follow. */
    public static Chunk leading(byte[] raw) {
      return new Chunk(raw, compress(raw, 0, raw.length, Deflater.BEST_COMPRESSION, Deflater.SYNC_FLUSH));
    }

    /** Compressed as the end of the stream. */
    public static Chunk closing(byte[] raw) {
      return new Chunk(raw, compress(raw, 0, raw.length, Deflater.BEST_COMPRESSION, FINISH));
    }
  }

  private static final int FINISH = Deflater.FULL_FLUSH + 100;

  /** Raw deflate of the data, ended by a sync flush or, for {@code FINISH}, as the last block. */
  static byte[] compress(byte[] data, int off, int len, int level, int flush) {
    Deflater deflater = new Deflater(level, true);
    try {
      deflater.setInput(data, off, len);
      byte[] out = new byte[Math.max(64, len / 4 + 64)];
      int n = 0;
      if (flush == FINISH) {
        deflater.finish();
        while (!deflater.finished()) {
          if (n == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          n += deflater.deflate(out, n, out.length - n);
        }
      } else {
        while (true) {
          if (n == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          int k = deflater.deflate(out, n, out.length - n, flush);
          n += k;
          if (n < out.length) {
            break;
          }
        }
      }
      return Arrays.copyOf(out, n);
    } finally {
      deflater.end();
    }
  }

  /**
   * A part made of a leading chunk compressed once, data compressed now, and a closing chunk
   * compressed once: one valid deflate stream, since each piece but the last ends on a byte
   * boundary without ending the stream.
   */
  public static ZipPart joined(String name, Chunk lead, byte[] data, int off, int len, Chunk close, int level) {
    byte[] middle = compress(data, off, len, level, Deflater.SYNC_FLUSH);
    CRC32 crc = new CRC32();
    crc.update(lead.raw);
    crc.update(data, off, len);
    crc.update(close.raw);
    int total = lead.compressed.length + middle.length + close.compressed.length;
    byte[] out = new byte[total];
    System.arraycopy(lead.compressed, 0, out, 0, lead.compressed.length);
    System.arraycopy(middle, 0, out, lead.compressed.length, middle.length);
    System.arraycopy(close.compressed, 0, out, lead.compressed.length + middle.length, close.compressed.length);
    return new ZipPart(name, out, total, (int) crc.getValue(), lead.raw.length + len + close.raw.length);
  }

  public static ZipPart deflate(String name, byte[] data, int level) {
    return deflate(name, data, 0, data.length, level);
  }

  public static ZipPart deflate(String name, String xml, int level) {
    return deflate(name, xml.getBytes(StandardCharsets.UTF_8), level);
  }
}
