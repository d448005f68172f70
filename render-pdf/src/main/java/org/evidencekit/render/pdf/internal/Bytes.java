package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** A growable byte buffer without the locking of {@link java.io.ByteArrayOutputStream}. */
final class Bytes extends OutputStream {
  private byte[] buf;
  private int size;

  Bytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  private void room(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  @Override
  public void write(int b) {
    room(1);
    buf[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    room(len);
    System.arraycopy(b, off, buf, size, len);
    size += len;
  }

  @Override
  public void write(byte[] b) {
    write(b, 0, b.length);
  }

  /** Appends text of ISO-8859-1 characters (what PDF syntax is written in). */
  Bytes ascii(String s) {
    int n = s.length();
    room(n);
    for (int i = 0; i < n; i++) {
      buf[size++] = (byte) s.charAt(i);
    }
    return this;
  }

  Bytes number(long v) {
    return ascii(Long.toString(v));
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, size);
  }
}
