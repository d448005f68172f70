package org.evidencekit.model.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule for what of a response's own text a message may quote: only what is shaped like a name
 * of ours (a property name such as "contactName", an id such as "cse-victims-per-year": a
 * lower-case letter, then letters and digits, in parts joined by hyphens, at most 64 characters),
 * and short version numbers ("1.0"). Free text, email addresses, names with spaces or capitals,
 * numbers written as text: never.
 */
public final class Quoting {
  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*");
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,4}(\\.[0-9]{1,4}){0,3}");
  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

  private Quoting() {}

  /** Whether this text from a response may be quoted in a message. */
  public static boolean isQuotable(String text) {
    return text != null && text.length() <= 64
        && (NAME.matcher(text).matches() || VERSION.matcher(text).matches());
  }

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  /**
   * A message with every quoted part that may not be quoted replaced: "'Jo Smith' is not a
   * consent" becomes "this is not a consent". A safety net for messages written for definitions.
   */
  public static String scrub(String message) {
    if (message == null) {
      return "this is not allowed here";
    }
    Matcher m = QUOTED.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(isQuotable(m.group(1)) ? m.group(0) : "this"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * A JSON Pointer into a response cut before its first reference token that may not be quoted
   * (array indices are kept): "/answers/Jo Smith/selected" becomes "/answers".
   */
  public static String pointer(String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder sb = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      if (!isQuotable(token) && !INDEX.matcher(token).matches()) {
        break;
      }
      sb.append('/').append(token);
    }
    return sb.toString();
  }
}
