package org.evidencekit.render.docx.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A document part compiled once: the fixed XML, already UTF-8 encoded, between its content
 * controls, and for each control the bytes of its empty and ticked forms. Filling it in for a
 * response only copies bytes and writes the answers' text. Immutable, thread-safe.
 */
public final class Template {
  private final byte[][] fixed;
  private final Compiled[] slots;

  private Template(byte[][] fixed, Compiled[] slots) {
    this.fixed = fixed;
    this.slots = slots;
  }

  private volatile ZipPart.Chunk lead;
  private volatile ZipPart.Chunk close;

  /** The part filled in with these values. */
  public void write(Bytes out, Values values) {
    for (int i = 0; i < slots.length; i++) {
      out.write(fixed[i]);
      slots[i].write(out, values);
    }
    out.write(fixed[slots.length]);
  }

  /**
   * The part filled in and deflated: the fixed XML before the first control and after the last
   * (front matter, annexes) is compressed once and kept; only what lies between is compressed
   * for each response.
   */
  public ZipPart deflate(String name, Values values, int level) {
    if (slots.length == 0) {
      Bytes out = new Bytes(blankSize());
      write(out, values);
      return ZipPart.deflate(name, out.array(), 0, out.length(), level);
    }
    ZipPart.Chunk head = lead;
    ZipPart.Chunk tail = close;
    if (head == null || tail == null) {
      head = ZipPart.Chunk.leading(fixed[0]);
      tail = ZipPart.Chunk.closing(fixed[slots.length]);
      lead = head;
      close = tail;
    }
    Bytes out = new Bytes(blankSize() - fixed[0].length - fixed[slots.length].length + 4096);
    for (int i = 0; i < slots.length; i++) {
      if (i > 0) {
        out.write(fixed[i]);
      }
      slots[i].write(out, values);
    }
    return ZipPart.joined(name, head, out.array(), 0, out.length(), tail, level);
  }

  /** The size of the part when blank, a good first guess at the buffer needed. */
  public int blankSize() {
    int n = 0;
    for (byte[] f : fixed) {
      n += f.length;
    }
    for (Compiled c : slots) {
      n += c.blank.length;
    }
    return n;
  }

  private static final class Compiled {
    final Slot slot;
    final byte[] blank;
    /** Empty in a document filled with a response: no placeholder to read as an answer left over. */
    final byte[] blankFilled;
    /** Empty because anonymisation removed the answer: says "Withheld". */
    final byte[] withheld;
    final byte[] ticked;
    final byte[] head;
    final byte[] tail;

    /** The place where a response's own record is shown ({@link Values#about}); no control. */
    Compiled() {
      this.slot = null;
      blank = new byte[0];
      blankFilled = blank;
      withheld = blank;
      ticked = null;
      head = null;
      tail = null;
    }

    Compiled(Slot slot, Controls.Mode mode) {
      this.slot = slot;
      switch (slot.kind) {
        case OPTION:
        case TICK:
          blank = utf8(Controls.checkBox(slot, mode, false));
          blankFilled = blank;
          withheld = blank;
          ticked = utf8(Controls.checkBox(slot, mode, true));
          head = null;
          tail = null;
          break;
        default:
          blank = utf8(Controls.textBlank(slot, mode, false));
          blankFilled = utf8(Controls.textBlank(slot, mode, true));
          withheld = utf8(Controls.textWithheld(slot, mode));
          ticked = null;
          head = utf8(Controls.textHead(slot, mode));
          tail = utf8(Controls.textTail(slot));
      }
    }

    void write(Bytes out, Values values) {
      if (slot == null) {
        out.write(values.about);
        return;
      }
      if (ticked != null) {
        out.write(values.checked[slot.index] ? ticked : blank);
        return;
      }
      String text = values.text[slot.index];
      if (text == null) {
        out.write(values.withheld[slot.index] ? withheld : values.filled ? blankFilled : blank);
        return;
      }
      out.write(head);
      Controls.textRuns(out, text);
      out.write(tail);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Collects fixed XML and controls in document order. */
  public static final class Builder {
    private final Controls.Mode mode;
    private final StringBuilder current;
    private final List<byte[]> fixed = new ArrayList<>();
    private final List<Compiled> slots = new ArrayList<>();

    public Builder(Controls.Mode mode) {
      this(mode, 1 << 16);
    }

    /** For a small piece of a document (a response's record): room for {@code capacity} characters. */
    Builder(Controls.Mode mode, int capacity) {
      this.mode = mode;
      this.current = new StringBuilder(capacity);
    }

    public Builder xml(String markup) {
      current.append(markup);
      return this;
    }

    /** Escaped text. */
    public Builder text(String text) {
      Xml.escape(current, text);
      return this;
    }

    public Builder control(Slot slot) {
      fixed.add(utf8(current.toString()));
      current.setLength(0);
      slots.add(new Compiled(slot, mode));
      return this;
    }

    /**
     * Where a filled document shows what its response's record holds (issue 10): the XML of
     * {@link Values#about}, nothing in a blank form.
     */
    public Builder about() {
      fixed.add(utf8(current.toString()));
      current.setLength(0);
      slots.add(new Compiled());
      return this;
    }

    /** The XML collected so far (for a part with no controls). */
    String xmlSoFar() {
      return current.toString();
    }

    public Template build() {
      List<byte[]> f = new ArrayList<>(fixed);
      f.add(utf8(current.toString()));
      return new Template(f.toArray(new byte[0][]), slots.toArray(new Compiled[0]));
    }
  }
}
