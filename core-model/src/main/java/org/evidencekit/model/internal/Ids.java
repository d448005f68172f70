package org.evidencekit.model.internal;

import java.util.regex.Pattern;

/** The rule for ids of questionnaires, parts, sections, questions, options and definitions. */
public final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Ids() {}

  /** Whether {@code id} is a usable id: a letter or digit, then letters, digits, '.', '_', '-'. */
  public static boolean isValid(String id) {
    return id != null && ID.matcher(id).matches();
  }
}
