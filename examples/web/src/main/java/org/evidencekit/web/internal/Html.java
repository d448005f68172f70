package org.evidencekit.web.internal;

/**
 * A page being written: markup appended as is, and text always through {@link #text}, which
 * escapes it. There is no other way for text from a definition or a respondent to reach a page.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(16 * 1024);

  /** Appends markup written in this code (never text from outside). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends text, escaped for an element's content or a quoted attribute value. */
  Html text(String text) {
    escape(text, out);
    return this;
  }

  /** Appends {@code name="value"} with the value escaped, preceded by a space. */
  Html attr(String name, String value) {
    out.append(' ').append(name).append("=\"");
    escape(value, out);
    out.append('"');
    return this;
  }

  /** Text split into paragraphs at line breaks, each a {@code <p class="...">}. */
  Html paragraphs(String text, String cssClass) {
    for (String p : text.split("\\R+")) {
      if (!p.isBlank()) {
        raw("<p class=\"").raw(cssClass).raw("\">").text(p.strip()).raw("</p>\n");
      }
    }
    return this;
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escape(text, sb);
    return sb.toString();
  }

  private static void escape(String text, StringBuilder sb) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          sb.append(c);
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
