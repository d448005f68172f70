package org.evidencekit.anonymise.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Recogniser} made of a regular expression (matched where it stands alone: no letter or
 * digit right before or after it), an optional validator of the matched text (a checksum, a
 * range), and optional context words: when one of them stands within {@link
 * Builder#contextWindow} words before or after a match, the score rises by {@value #BOOST} (as
 * Presidio's context enhancer does). Immutable and thread-safe.
 *
 * <pre>{@code
 * Recogniser acme = Recogniser.pattern("acme-case", EntityType.CASE_REF, "ACME-\\d{6}")
 *     .caseInsensitive()
 *     .score(0.6)
 *     .context("case", "file", "ref")
 *     .build();
 * }</pre>
 */
public final class PatternRecogniser implements Recogniser {
  /** The rise of the score when a context word stands near a match. */
  public static final double BOOST = 0.35;

  private final String id;
  private final EntityType type;
  private final Pattern pattern;
  private final double score;
  private final Set<String> context;
  private final int window;
  private final boolean contextRequired;
  private final Predicate<String> validator;

  private PatternRecogniser(Builder b) {
    this.id = b.id;
    this.type = b.type;
    this.pattern = Pattern.compile(b.regex, b.caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    this.score = b.score;
    this.context = Set.copyOf(b.context);
    this.window = b.window;
    this.contextRequired = b.contextRequired;
    this.validator = b.validator;
  }

  /** A builder of a recogniser named {@code id} that reports {@code type} where {@code regex} matches. */
  public static Builder builder(String id, EntityType type, String regex) {
    return new Builder(id, type, regex);
  }

  @Override
  public String id() {
    return id;
  }

  /** The type of the spans it reports. */
  public EntityType type() {
    return type;
  }

  @Override
  public List<Span> recognise(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (e == s || s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))
          || e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
        continue;
      }
      if (validator != null && !validator.test(text.substring(s, e))) {
        continue;
      }
      boolean cued = !context.isEmpty() && contextNear(text, s, e);
      if (contextRequired && !cued) {
        continue;
      }
      out.add(new Span(type, s, e, cued ? Math.min(1, score + BOOST) : score, id));
    }
    return out;
  }

  private boolean contextNear(String text, int s, int e) {
    int seen = 0;
    int i = s;
    while (seen < window && i > 0) {
      int end = i;
      while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        break;
      }
      if (context.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
        return true;
      }
      seen++;
      i = start;
    }
    seen = 0;
    i = e;
    int len = text.length();
    while (seen < window && i < len) {
      int start = i;
      while (start < len && !Character.isLetterOrDigit(text.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < len && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (start == end) {
        break;
      }
      if (context.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
        return true;
      }
      seen++;
      i = end;
    }
    return false;
  }

  @Override
  public String toString() {
    return "PatternRecogniser[" + id + ", " + type + "]";
  }

  /** Configures a {@link PatternRecogniser}. */
  public static final class Builder {
    private final String id;
    private final EntityType type;
    private final String regex;
    private boolean caseInsensitive;
    private double score = 0.85;
    private final List<String> context = new ArrayList<>();
    private int window = 5;
    private boolean contextRequired;
    private Predicate<String> validator;

    private Builder(String id, EntityType type, String regex) {
      if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
        throw new IllegalArgumentException("A recogniser's id is letters, digits and hyphens, such as acme-case");
      }
      this.id = id;
      this.type = Objects.requireNonNull(type, "type");
      this.regex = Objects.requireNonNull(regex, "regex");
      Pattern.compile(regex); // fails early on a bad expression
    }

    /** Matches letters in any case. */
    public Builder caseInsensitive() {
      this.caseInsensitive = true;
      return this;
    }

    /** The score of a match without context (0 to 1; default 0.85). */
    public Builder score(double score) {
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("A score is between 0 and 1, not " + score);
      }
      this.score = score;
      return this;
    }

    /** Words (any case) that raise the score by {@value PatternRecogniser#BOOST} when near a match. */
    public Builder context(String... words) {
      for (String w : words) {
        context.add(w.toLowerCase(Locale.ROOT).strip());
      }
      return this;
    }

    /** How many words either side of a match are searched for context words (default 5). */
    public Builder contextWindow(int words) {
      if (words < 1) {
        throw new IllegalArgumentException("The context window is at least one word");
      }
      this.window = words;
      return this;
    }

    /** Reports a match only when a context word is near it. */
    public Builder contextRequired() {
      this.contextRequired = true;
      return this;
    }

    /** Reports a match only when the validator accepts its text (a checksum, a range). */
    public Builder validator(Predicate<String> validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    public PatternRecogniser build() {
      if (contextRequired && context.isEmpty()) {
        throw new IllegalStateException("A recogniser that requires context needs context words");
      }
      return new PatternRecogniser(this);
    }
  }
}
