package org.evidencekit.model;

import java.util.Optional;

/**
 * The normal form of a respondent's text, decided once for every format, so that a response
 * rendered as a document and read back is the same response, character for character.
 *
 * <p>Text is in normal form when:
 *
 * <ul>
 *   <li>lines end with a line feed alone ({@code \n}): no carriage return, so no Windows
 *       {@code \r\n};
 *   <li>it holds no control character but the tab ({@code \t}) and the line feed: none of
 *       U+0000–U+001F otherwise, no U+007F, none of the C1 controls U+0080–U+009F;
 *   <li>every character is whole: no UTF-16 surrogate without its pair, and neither of the
 *       noncharacters U+FFFE, U+FFFF (no XML document can hold them).
 * </ul>
 *
 * <p>Everything else is kept exactly: leading and trailing spaces and tabs, blank lines, runs of
 * spaces, non-breaking spaces, any letter, symbol or emoji, a text that happens to read like a
 * form's placeholder. Text is not Unicode-normalised (a letter typed as "e" plus a combining accent
 * stays two characters). {@link org.evidencekit.model.validation.ResponseValidator} reports text
 * that is not in normal form as a problem, and every renderer and reader keeps normal-form text
 * unchanged; a form or web page that receives {@code \r\n} (a browser's text area does) brings it
 * into normal form with {@link #normalise(String)} before it builds a response.
 */
public final class TextForm {
  private TextForm() {}

  /**
   * The most characters any one text may hold, whatever a definition says: 1,048,576 (1 Mi).
   * A question's {@code maxLength} cannot exceed it, and a reader that meets a longer value in a
   * document refuses the document rather than cut the value.
   */
  public static final int MAX_LENGTH = 1 << 20;

  /** What is wrong with a text, at its first flaw. */
  public enum Flaw {
    /** A carriage return ({@code \r}): lines end with a line feed alone. */
    CARRIAGE_RETURN,
    /** A control character other than tab and line feed. */
    CONTROL_CHARACTER,
    /** Half of a surrogate pair, or U+FFFE or U+FFFF: a character no document can hold. */
    BROKEN_CHARACTER
  }

  /** Where a text first leaves the normal form, and how. */
  public record Finding(Flaw flaw, int codePoint, int position) {
    /**
     * A finding.
     *
     * @param flaw what is wrong
     * @param codePoint the offending character (a surrogate's own value for a lone surrogate)
     * @param position its position in the text, counted in characters (code points) from 1
     */
    public Finding {}

    /** The character as Unicode writes it, "U+0007": safe to show, it tells nothing of the text. */
    public String codePointName() {
      return String.format("U+%04X", codePoint);
    }
  }

  /** Whether the text is in normal form. */
  public static boolean isNormal(String text) {
    return firstFlaw(text).isEmpty();
  }

  /** The first place where the text leaves the normal form, if it does. */
  public static Optional<Finding> firstFlaw(String text) {
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      position++;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i += 2;
        continue;
      }
      Flaw flaw = flawOf(c);
      if (flaw != null) {
        return Optional.of(new Finding(flaw, c, position));
      }
      i++;
    }
    return Optional.empty();
  }

  /**
   * The text brought into normal form: {@code \r\n} and a lone {@code \r} become {@code \n}, other
   * control characters are left out, a broken character becomes U+FFFD (the replacement
   * character). Text already in normal form is returned as it is.
   */
  public static String normalise(String text) {
    if (isNormal(text)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
        continue;
      }
      Flaw flaw = flawOf(c);
      if (flaw == null) {
        b.append(c);
      } else if (flaw == Flaw.CARRIAGE_RETURN) {
        b.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (flaw == Flaw.BROKEN_CHARACTER) {
        b.append('\uFFFD');
      }
    }
    return b.toString();
  }

  private static Flaw flawOf(char c) {
    if (c == '\r') {
      return Flaw.CARRIAGE_RETURN;
    }
    if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F) {
      return Flaw.CONTROL_CHARACTER;
    }
    if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
      return Flaw.BROKEN_CHARACTER;
    }
    return null;
  }
}
