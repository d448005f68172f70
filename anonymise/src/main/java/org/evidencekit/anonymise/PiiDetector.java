package org.evidencekit.anonymise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.evidencekit.anonymise.internal.Engine;
import org.evidencekit.anonymise.internal.Lexicon;
import org.evidencekit.anonymise.internal.Terms;

/**
 * Finds personal details in free text as {@link Span}s: names (with titles, nicknames,
 * initials), dates of birth, addresses, postcodes, phone numbers, emails, NHS and National
 * Insurance numbers, schools, social media handles, vehicle registrations and crime or case
 * references. Recognisers combine a pattern, a validator (checksums, libphonenumber), context
 * words and a base score; overlapping spans are merged (where unsure, remove).
 *
 * <p>Configured once with {@link #builder()}; immutable and thread-safe.
 */
public final class PiiDetector {
  private static volatile PiiDetector standard;

  private final Engine engine;
  private final double threshold;
  private final Set<EntityType> types;

  private PiiDetector(Builder b) {
    this.threshold = b.threshold;
    this.types = Set.copyOf(b.types);
    this.engine = new Engine(Lexicon.standard(), Set.copyOf(b.labels));
  }

  /** The detector with the default threshold (0.5) and every type. */
  public static PiiDetector standard() {
    PiiDetector d = standard;
    if (d == null) {
      d = builder().build();
      standard = d;
    }
    return d;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The spans found in {@code text} with a score at or above the threshold, by start. */
  public List<Span> detect(CharSequence text) {
    return detect(text, KnownTerms.none());
  }

  /** As {@link #detect(CharSequence)}, also removing and keeping the caller's terms. */
  public List<Span> detect(CharSequence text, KnownTerms terms) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(terms, "terms");
    List<Span> all = engine.detect(text.toString(), adapt(terms));
    List<Span> out = new ArrayList<>(all.size());
    for (Span s : all) {
      if (s.score() >= threshold && types.contains(s.type())) {
        out.add(s);
      }
    }
    return out;
  }

  double threshold() {
    return threshold;
  }

  private static Terms adapt(KnownTerms terms) {
    if (terms.isEmpty()) {
      return Terms.NONE;
    }
    List<Terms.Term> remove = new ArrayList<>();
    for (KnownTerms.Term t : terms.removals()) {
      remove.add(new Terms.Term(t.type(), t.text(), t.caseSensitive()));
    }
    List<Terms.Term> r = List.copyOf(remove);
    List<String> keep = terms.keeps();
    return new Terms() {
      @Override
      public List<Term> remove() {
        return r;
      }

      @Override
      public List<String> allow() {
        return keep;
      }
    };
  }

  /** Configures a {@link PiiDetector}. */
  public static final class Builder {
    private double threshold = 0.5;
    private final EnumSet<EntityType> types = EnumSet.allOf(EntityType.class);
    private final java.util.Set<String> labels = new java.util.LinkedHashSet<>();

    private Builder() {}

    /**
     * The lowest score of a span that is reported (0 to 1; default 0.5). Lower finds more; where
     * unsure, remove.
     */
    public Builder threshold(double threshold) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("The threshold is between 0 and 1, not " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /** Only these types are reported (default: all). */
    public Builder types(Set<EntityType> types) {
      if (types.isEmpty()) {
        throw new IllegalArgumentException("Name at least one type to find");
      }
      this.types.clear();
      this.types.addAll(types);
      return this;
    }

    /**
     * Labels of pseudonyms that an anonymiser writes ("Child" for "Child A"): text of that form
     * is never found again, so anonymising twice changes nothing more.
     */
    public Builder pseudonymLabel(String label) {
      labels.add(Objects.requireNonNull(label, "label"));
      return this;
    }

    public PiiDetector build() {
      return new PiiDetector(this);
    }
  }
}
