package org.evidencekit.render.docx.internal;

/** Escaping text for XML built as strings. */
public final class Xml {
  private Xml() {}

  /** The text escaped for element content or an attribute value; characters XML cannot carry are left out. */
  public static String escape(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    escape(sb, s);
    return sb.toString();
  }

  public static StringBuilder escape(StringBuilder sb, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
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
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            break;
          }
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
              sb.append(c).append(s.charAt(++i));
            }
            break;
          }
          if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            break;
          }
          sb.append(c);
      }
    }
    return sb;
  }
}
