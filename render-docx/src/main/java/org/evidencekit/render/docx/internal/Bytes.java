package org.evidencekit.render.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that writes XML: pre-encoded fragments as they are, text UTF-8 encoded
 * with the XML specials escaped and characters XML 1.0 cannot carry left out. Not thread-safe;
 * one per render.
 */
public final class Bytes {
  private byte[] buf;
  private int len;

  public Bytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  public int length() {
    return len;
  }

  public byte[] array() {
    return buf;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  public void reset() {
    len = 0;
  }

  public void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, len);
  }

  private void ensure(int extra) {
    int need = len + extra;
    if (need > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(need, buf.length * 2));
    }
  }

  public Bytes write(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
    return this;
  }

  public Bytes write(byte[] b, int off, int n) {
    ensure(n);
    System.arraycopy(b, off, buf, len, n);
    len += n;
    return this;
  }

  public Bytes writeByte(int b) {
    ensure(1);
    buf[len++] = (byte) b;
    return this;
  }

  /** Markup that needs no escaping (ASCII or not: encoded as UTF-8). */
  public Bytes raw(String s) {
    return write(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Text content or an attribute value: escaped, UTF-8 encoded. */
  public Bytes text(CharSequence s) {
    return text(s, 0, s.length());
  }

  /** Part of a text: escaped, UTF-8 encoded; characters XML cannot carry are left out. */
  public Bytes text(CharSequence s, int from, int to) {
    ensure((to - from) * 3);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '&':
            ascii("&amp;");
            break;
          case '<':
            ascii("&lt;");
            break;
          case '>':
            ascii("&gt;");
            break;
          case '"':
            ascii("&quot;");
            break;
          default:
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
              buf[len++] = (byte) c;
            }
        }
      } else if (c < 0x800) {
        buf[len++] = (byte) (0xC0 | (c >> 6));
        buf[len++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          ensure(4);
          buf[len++] = (byte) (0xF0 | (cp >> 18));
          buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          buf[len++] = (byte) (0x80 | (cp & 0x3F));
        }
        // a lone surrogate cannot be written: left out
      } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        // not allowed in XML: left out
      } else {
        buf[len++] = (byte) (0xE0 | (c >> 12));
        buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[len++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return this;
  }

  private void ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }
}
