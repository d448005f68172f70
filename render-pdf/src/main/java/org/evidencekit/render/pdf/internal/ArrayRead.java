package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A PDF held in one array, read by PDFBox's parser: every read, peek, rewind and seek is an index
 * into the array. PDFBox's own {@code RandomAccessReadBuffer} seeks through a list of chunks on
 * each of them, and its parser rewinds after nearly every byte it peeks, which made finding the
 * chunk a quarter of the cost of parsing a form. Behaves as PDFBox's buffer does at the edges: a
 * seek past the end stops at the end, a seek or rewind before the start and any use after {@link
 * #close} are {@link IOException}s. Not thread-safe; {@link #createView} gives each view a reader
 * of its own over the same array, which is never written.
 */
final class ArrayRead implements RandomAccessRead {
  private final byte[] bytes;
  private int pos;
  private boolean closed;

  ArrayRead(byte[] bytes) {
    this.bytes = bytes;
  }

  private void checkClosed() throws IOException {
    if (closed) {
      throw new IOException("The PDF's reader is already closed");
    }
  }

  @Override
  public int read() throws IOException {
    checkClosed();
    return pos < bytes.length ? bytes[pos++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int offset, int length) throws IOException {
    checkClosed();
    if (pos >= bytes.length) {
      return -1;
    }
    int n = Math.min(length, bytes.length - pos);
    System.arraycopy(bytes, pos, b, offset, n);
    pos += n;
    return n;
  }

  @Override
  public int peek() throws IOException {
    checkClosed();
    return pos < bytes.length ? bytes[pos] & 0xff : -1;
  }

  @Override
  public void rewind(int n) throws IOException {
    seek((long) pos - n);
  }

  @Override
  public void skip(int n) throws IOException {
    seek((long) pos + n);
  }

  @Override
  public long getPosition() throws IOException {
    checkClosed();
    return pos;
  }

  @Override
  public void seek(long position) throws IOException {
    checkClosed();
    if (position < 0) {
      throw new IOException("Invalid position " + position);
    }
    pos = (int) Math.min(position, bytes.length);
  }

  @Override
  public long length() throws IOException {
    checkClosed();
    return bytes.length;
  }

  @Override
  public int available() throws IOException {
    checkClosed();
    return bytes.length - pos;
  }

  @Override
  public boolean isEOF() throws IOException {
    checkClosed();
    return pos >= bytes.length;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
    checkClosed();
    return new RandomAccessReadView(new ArrayRead(bytes), startPosition, streamLength, true);
  }

  @Override
  public void close() {
    closed = true;
  }
}
