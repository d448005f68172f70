package org.evidencekit.anonymise.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Email addresses, also written out to dodge filters: {@code name at example dot com}, {@code
 * name [at] example [dot] com}, {@code (at)}, {@code {at}}.
 */
final class EmailRule extends Rule {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-']+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");
  private static final String AT = "(?:\\s+at\\s+|\\s*[\\[({<]\\s*at\\s*[\\])}>]\\s*|\\s*\\(a\\)\\s*)";
  private static final String DOT = "(?:\\s+dot\\s+|\\s*[\\[({<]\\s*dot\\s*[\\])}>]\\s*|\\.(?=[A-Za-z0-9]))";
  private static final Pattern SPOKEN =
      Pattern.compile("[A-Za-z0-9._%+\\-]+" + AT + "[A-Za-z0-9\\-]+(?:" + DOT + "[A-Za-z0-9\\-]+)+",
          Pattern.CASE_INSENSITIVE);

  @Override
  String id() {
    return "email";
  }

  @Override
  void find(Doc d) {
    String text = d.text;
    int from = 0;
    while ((from = text.indexOf('@', from)) >= 0) {
      int b = from;
      while (b > 0 && isEmailChar(text.charAt(b - 1))) {
        b--;
      }
      int e = b < from ? d.look(EMAIL, b) : -1;
      if (e > from) {
        while (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-') {
          e--;
        }
        d.add(EntityType.EMAIL, b, e, 0.95, "email");
        from = e;
        continue;
      }
      from++;
    }
    String low = d.lower();
    if (low.contains("dot") && (low.contains(" at ") || low.contains("at)") || low.contains("at]")
        || low.contains("at}") || low.contains("at>"))) {
      Matcher sm = SPOKEN.matcher(text);
      while (sm.find()) {
        String m = low.substring(sm.start(), sm.end());
        if (m.contains("dot") || m.indexOf('.', m.indexOf("at")) > 0) {
          d.add(EntityType.EMAIL, sm.start(), sm.end(), 0.85, "email-spoken");
        }
      }
    }
  }

  private static boolean isEmailChar(char ch) {
    return Character.isLetterOrDigit(ch) || ch == '.' || ch == '_' || ch == '-' || ch == '+' || ch == '%'
        || ch == '\'';
  }
}
