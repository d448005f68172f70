package org.evidencekit.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Line breaking with a font's metrics: text is broken at spaces (and after hyphens) to fit a
 * width; a word wider than the line is broken between characters. A line break in the text
 * starts a new line; a blank line is kept as an empty line.
 */
public final class Wrap {
  private Wrap() {}

  /** The text cleaned for drawing: tabs and other control characters become spaces. */
  public static String clean(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c != '\n' && (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029');
      if (c == '\r') {
        if (sb == null) {
          sb = new StringBuilder(text.substring(0, i));
        }
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue;
        }
        sb.append('\n');
      } else if (control) {
        if (sb == null) {
          sb = new StringBuilder(text.substring(0, i));
        }
        sb.append(' ');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * The lines of {@code text} in {@code face} at {@code size}: the first at most {@code
   * firstWidth} wide, the others at most {@code width}.
   */
  public static List<String> lines(String text, Face face, float size, float firstWidth, float width) {
    List<String> out = new ArrayList<>();
    String clean = clean(text);
    int start = 0;
    while (true) {
      int nl = clean.indexOf('\n', start);
      String para = nl < 0 ? clean.substring(start) : clean.substring(start, nl);
      breakParagraph(para, face, size, out.isEmpty() ? firstWidth : width, width, out);
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  private static void breakParagraph(
      String para, Face face, float size, float firstWidth, float width, List<String> out) {
    String rest = stripTrailing(para);
    if (rest.isEmpty()) {
      out.add("");
      return;
    }
    float avail = firstWidth;
    while (!rest.isEmpty()) {
      if (face.width(rest, size) <= avail) {
        out.add(rest);
        return;
      }
      int cut = breakPoint(rest, face, size, avail);
      out.add(stripTrailing(rest.substring(0, cut)));
      rest = stripLeadingSpaces(rest.substring(cut));
      avail = width;
    }
  }

  /** Where to break a too-long line: after the last space or hyphen that fits, else mid-word. */
  private static int breakPoint(String s, Face face, float size, float avail) {
    float w = 0;
    int lastBreak = -1;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      float cw = face.width(cp, size);
      if (cp == ' ') {
        lastBreak = i; // the space goes at the end of this line
      } else if (w + cw > avail) {
        break;
      }
      w += cw;
      if ((cp == '-' || cp == '/') && w <= avail && next < s.length() && s.charAt(next) != ' ') {
        lastBreak = next;
      }
      i = next;
    }
    if (lastBreak > 0) {
      return s.charAt(lastBreak) == ' ' ? lastBreak + 1 : lastBreak;
    }
    return Math.max(i, Character.charCount(s.codePointAt(0))); // at least one character
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }

  private static String stripLeadingSpaces(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return s.substring(i);
  }
}
