package org.evidencekit.render.docx.internal;

import java.util.Set;

/**
 * The texts an empty control shows. Word marks them as placeholders; LibreOffice keeps them as
 * plain text, so a reader treats each of them as no answer.
 */
public final class Placeholders {
  public static final String TEXT = "Click or tap here to enter text.";
  public static final String NUMBER = "Enter a number.";
  public static final String EMAIL = "Enter an email address.";
  public static final String SPECIFY = "Please give details.";
  /** What a printed (read-only) response shows for a question not answered. */
  public static final String NOT_PROVIDED = "Not provided";
  /**
   * What an empty control shows in a form filled with a response: three en spaces, something to
   * click on that prints as nothing.
   */
  /** What an anonymised document shows where anonymisation removed an answer. */
  public static final String WITHHELD = "Withheld";
  public static final String FILLED_EMPTY = "\u2002\u2002\u2002";

  private static final Set<String> ALL = Set.of(TEXT, NUMBER, EMAIL, SPECIFY, NOT_PROVIDED, FILLED_EMPTY, WITHHELD);

  private Placeholders() {}

  public static boolean isPlaceholder(String text) {
    return ALL.contains(text);
  }
}
