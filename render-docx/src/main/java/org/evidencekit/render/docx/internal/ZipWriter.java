package org.evidencekit.render.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a zip archive of deflated parts with fixed entry times (1 January 1980, the first time
 * a zip can hold), no extra fields and no comments: the same parts give the same bytes.
 */
public final class ZipWriter {
  private static final int DOS_TIME = 0;
  private static final int DOS_DATE = (1 << 5) | 1; // 1980-01-01

  private ZipWriter() {}

  public static void write(List<ZipPart> parts, OutputStream out) throws IOException {
    byte[] header = new byte[46];
    long offset = 0;
    long[] offsets = new long[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      ZipPart p = parts.get(i);
      offsets[i] = offset;
      int n = 0;
      n = int32(header, n, 0x04034b50);
      n = int16(header, n, 20);
      n = int16(header, n, 0);
      n = int16(header, n, 8);
      n = int16(header, n, DOS_TIME);
      n = int16(header, n, DOS_DATE);
      n = int32(header, n, p.crc);
      n = int32(header, n, p.compressedLength);
      n = int32(header, n, p.size);
      n = int16(header, n, p.nameBytes.length);
      n = int16(header, n, 0);
      out.write(header, 0, n);
      out.write(p.nameBytes);
      out.write(p.compressed, 0, p.compressedLength);
      offset += n + p.nameBytes.length + p.compressedLength;
    }
    long central = offset;
    for (int i = 0; i < parts.size(); i++) {
      ZipPart p = parts.get(i);
      int n = 0;
      n = int32(header, n, 0x02014b50);
      n = int16(header, n, 20);
      n = int16(header, n, 20);
      n = int16(header, n, 0);
      n = int16(header, n, 8);
      n = int16(header, n, DOS_TIME);
      n = int16(header, n, DOS_DATE);
      n = int32(header, n, p.crc);
      n = int32(header, n, p.compressedLength);
      n = int32(header, n, p.size);
      n = int16(header, n, p.nameBytes.length);
      n = int16(header, n, 0);
      n = int16(header, n, 0);
      n = int16(header, n, 0);
      n = int16(header, n, 0);
      n = int32(header, n, 0);
      n = int32(header, n, (int) offsets[i]);
      out.write(header, 0, n);
      out.write(p.nameBytes);
      offset += n + p.nameBytes.length;
    }
    int n = 0;
    n = int32(header, n, 0x06054b50);
    n = int16(header, n, 0);
    n = int16(header, n, 0);
    n = int16(header, n, parts.size());
    n = int16(header, n, parts.size());
    n = int32(header, n, (int) (offset - central));
    n = int32(header, n, (int) central);
    n = int16(header, n, 0);
    out.write(header, 0, n);
  }

  private static int int16(byte[] b, int n, int v) {
    b[n] = (byte) v;
    b[n + 1] = (byte) (v >>> 8);
    return n + 2;
  }

  private static int int32(byte[] b, int n, int v) {
    b[n] = (byte) v;
    b[n + 1] = (byte) (v >>> 8);
    b[n + 2] = (byte) (v >>> 16);
    b[n + 3] = (byte) (v >>> 24);
    return n + 4;
  }
}
