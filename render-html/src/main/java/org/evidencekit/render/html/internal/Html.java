package org.evidencekit.render.html.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small HTML writer: elements opened and closed in order (checked), attributes always quoted,
 * every piece of text escaped. Block elements start on their own line; nothing is indented, so
 * white space inside inline content is never changed.
 *
 * <p>Text is written as it is, except what HTML cannot hold as it is: {@code & < >} (and quotes in
 * attributes) become references; a carriage return and every other control character but tab and
 * line feed become numeric references, so that a parser gives back the same character; what no
 * HTML document can hold (NUL, a lone surrogate) becomes U+FFFD. Not thread-safe: one per
 * document.
 */
public final class Html {
  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final Deque<String> open = new ArrayDeque<>();

  /** Writes raw markup that is known to be safe: the document type, the style sheet. */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Starts a line, unless one was just started. */
  public Html line() {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    return this;
  }

  /**
   * Opens an element with attributes given as name, value pairs. A null value leaves the
   * attribute out; for a boolean attribute ({@code checked}) give the value "" to set it.
   */
  public Html open(String tag, String... attributes) {
    startTag(tag, attributes);
    open.push(tag);
    return this;
  }

  /** Opens a block element on a line of its own. */
  public Html block(String tag, String... attributes) {
    line();
    return open(tag, attributes);
  }

  /** A void element ({@code input}, {@code meta}, {@code br}): no content, no end tag. */
  public Html empty(String tag, String... attributes) {
    startTag(tag, attributes);
    return this;
  }

  /** Closes the element opened last, which must be {@code tag}. */
  public Html close(String tag) {
    String top = open.poll();
    if (!tag.equals(top)) {
      throw new IllegalStateException("closing <" + tag + "> but <" + top + "> is open");
    }
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Closes a block element and ends its line. */
  public Html closeBlock(String tag) {
    close(tag);
    out.append('\n');
    return this;
  }

  /** Text content, escaped. */
  public Html text(String text) {
    escape(text, false);
    return this;
  }

  /** Text with its line breaks kept: each line feed becomes a {@code <br>}. */
  public Html lines(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("<br>");
      }
      text(lines[i]);
    }
    return this;
  }

  /** An element holding only text, on a line of its own. */
  public Html element(String tag, String text, String... attributes) {
    return block(tag, attributes).text(text).closeBlock(tag);
  }

  /** The document as UTF-8; every element must be closed. */
  public byte[] toBytes() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    line();
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "Html[" + out.length() + " chars, open " + open + "]";
  }

  private void startTag(String tag, String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(' ').append(attributes[i]);
      if (!value.isEmpty()) {
        out.append("=\"");
        escape(value, true);
        out.append('"');
      }
    }
    out.append('>');
  }

  private void escape(String s, boolean attribute) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append(attribute ? "&quot;" : "\"");
          break;
        case '\'':
          out.append(attribute ? "&#39;" : "'");
          break;
        case '\t':
          out.append('\t');
          break;
        case '\n':
          out.append(attribute ? "&#10;" : "\n");
          break;
        default:
          if (c == 0 || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            out.append('\uFFFD'); // no HTML document can hold NUL or a lone surrogate
          } else if (c < 0x20 || c == 0x7F) {
            out.append("&#").append(c).append(';'); // a parser turns a raw CR into LF
          } else {
            out.appendCodePoint(c);
          }
      }
    }
  }
}
