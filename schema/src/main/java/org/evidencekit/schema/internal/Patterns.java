package org.evidencekit.schema.internal;

/**
 * The regular expressions of the generated schemas, written in the subset that ECMA-262 (which
 * JSON Schema names) and java.util.regex read the same way: {@code \\uXXXX} escapes, character
 * classes, non-capturing groups, quantifiers, {@code ^}, and {@code (?![\\s\\S])} for "end of
 * text" (ECMA-262 has no {@code \\z}, and Java's {@code $} also matches before a final line break).
 */
public final class Patterns {
  private Patterns() {}

  /**
   * The characters Java's {@link String#isBlank()} counts as white space ({@link
   * Character#isWhitespace(int)}; all are in the Basic Multilingual Plane), as the inside of a
   * character class.
   */
  public static final String WHITE_SPACE = whiteSpaceClass();

  /** Matches text that is not blank: it has a character that is not white space. */
  public static final String NOT_BLANK = "[^" + WHITE_SPACE + "]";

  /**
   * Matches text that leaves core-model's normal form of text ({@code TextForm}): a control
   * character other than tab and line feed (a carriage return among them), U+FFFE, U+FFFF, or half
   * of a surrogate pair. Used under {@code not}.
   */
  public static final String NOT_NORMAL =
      "[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]"
          + "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?:^|[^\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";

  /** The end of the text, in both dialects. */
  public static final String END = "(?![\\s\\S])";

  /**
   * core-model's email rule (one '@', no spaces, a dot in the domain, sane characters), matched
   * after stripping white space from both ends, as core-model does.
   */
  public static final String EMAIL =
      "^[" + WHITE_SPACE + "]*"
          + "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+"
          + "[" + WHITE_SPACE + "]*" + END;

  /** A media type as core-model checks it: type/subtype. */
  public static final String MEDIA_TYPE =
      "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}" + END;

  /** A SHA-256 digest: 64 lower-case hex digits. */
  public static final String SHA256 = "^[0-9a-f]{64}" + END;

  /** An id of a questionnaire, part, section, question, option or definition. */
  public static final String ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}" + END;

  /**
   * A calendar date, YYYY-MM-DD, that exists (leap years included): what a {@code LocalDate}
   * reads from text in ISO form, and RFC 3339's full-date.
   */
  public static final String DATE =
      "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
          + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
          + "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
          + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
          + END;

  private static String whiteSpaceClass() {
    StringBuilder sb = new StringBuilder();
    int c = 0;
    while (c <= 0xFFFF) {
      if (!Character.isWhitespace(c)) {
        c++;
        continue;
      }
      int start = c;
      while (c + 1 <= 0xFFFF && Character.isWhitespace(c + 1)) {
        c++;
      }
      sb.append(escape(start));
      if (c > start) {
        sb.append('-').append(escape(c));
      }
      c++;
    }
    return sb.toString();
  }

  private static String escape(int c) {
    return String.format("\\u%04X", c);
  }
}
