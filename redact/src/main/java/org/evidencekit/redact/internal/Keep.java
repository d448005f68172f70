package org.evidencekit.redact.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the phrases a person keeps stand in a text (whole words, any case, any white space). */
final class Keep {
  private Keep() {}

  static List<int[]> intervals(CharSequence text, List<String> keep) {
    List<int[]> out = new ArrayList<>();
    for (String k : keep) {
      String norm = Values.normalise(k);
      if (norm.isEmpty()) {
        continue;
      }
      String[] words = norm.split(" ");
      StringBuilder b = new StringBuilder("(?iu)(?<![\\p{L}\\p{N}])");
      for (int w = 0; w < words.length; w++) {
        b.append(w > 0 ? "\\s+" : "").append(Pattern.quote(words[w]));
      }
      b.append("(?![\\p{L}\\p{N}])");
      Matcher m = Pattern.compile(b.toString()).matcher(text);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  /** The text with every kept phrase blanked out (so the self-check does not see it). */
  static String blank(String text, List<String> keep) {
    if (keep.isEmpty()) {
      return text;
    }
    char[] cs = text.toCharArray();
    for (int[] k : intervals(text, keep)) {
      for (int i = k[0]; i < k[1]; i++) {
        cs[i] = ' ';
      }
    }
    return new String(cs);
  }
}
