package org.evidencekit.render.html.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Whether a file's first bytes are those of an HTML page that EvidenceKit made. */
public final class Recognition {
  private static final String DOCTYPE = "<!doctype html";
  private static final String MARKER = "<meta name=\"" + Meta.QUESTIONNAIRE + "\"";

  private Recognition() {}

  /**
   * An HTML5 document type first (after an optional UTF-8 byte order mark and white space), and
   * the questionnaire's meta element among the bytes given.
   */
  public static boolean isOurs(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1); // one char a byte: never fails
    int start = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
    while (start < text.length() && isSpace(text.charAt(start))) {
      start++;
    }
    String lower = text.substring(start).toLowerCase(Locale.ROOT);
    return lower.startsWith(DOCTYPE)
        && lower.length() > DOCTYPE.length()
        && (isSpace(lower.charAt(DOCTYPE.length())) || lower.charAt(DOCTYPE.length()) == '>')
        && lower.contains(MARKER);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
