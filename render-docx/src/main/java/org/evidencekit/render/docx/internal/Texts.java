package org.evidencekit.render.docx.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers. */
public final class Texts {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private Texts() {}

  /** White space collapsed, cut after a word to at most {@code max} characters with an ellipsis. */
  public static String shorten(String text, int max) {
    String s = collapse(text);
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    return s.substring(0, cut).trim() + "\u2026";
  }

  /** White space runs as single spaces, none at either end. */
  static String collapse(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A date as en-GB prints it: "30 November 2012". */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** Paragraphs separated by a blank line. */
  public static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\\r?\\n\\s*\\r?\\n")) {
      String t = p.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Lines of a text; "\r\n" and "\r" count as "\n". */
  public static String[] lines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
  }
}
