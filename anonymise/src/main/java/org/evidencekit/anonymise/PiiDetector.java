package org.evidencekit.anonymise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.evidencekit.anonymise.internal.Engine;
import org.evidencekit.anonymise.internal.Lexicon;
import org.evidencekit.anonymise.internal.Terms;
import org.evidencekit.anonymise.spi.EntityType;
import org.evidencekit.anonymise.spi.Recogniser;
import org.evidencekit.anonymise.spi.Span;

/**
 * Finds personal details in free text as {@link Span}s with a set of recognisers, one per family
 * (Presidio's shape): names (titles, cues, nicknames, lexicons of many communities, any case) and
 * initials; dates of birth; addresses, rural house names and postcodes; phone numbers; emails,
 * web addresses and file names that carry a name; social media handles; NHS and National
 * Insurance numbers; bank details; IP addresses; passports; PINs and passwords; vehicle
 * registrations; case, crime and system references; schools and small organisations. Each
 * recogniser combines patterns, validators (checksums, libphonenumber), context words and a
 * score; a span that contains another absorbs it and the higher score names the result (where
 * unsure, remove). Places, services, Acts, cars and ordinary dates are recognised as text to keep.
 *
 * <p>A partner adds its own {@link Recogniser}s with {@link Builder#add}; they run before the
 * detector's own. {@link #recogniserIds()} lists the detector's own, which {@link
 * Builder#without} can turn off one by one.
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
    this.types = EnumSet.copyOf(b.types); // by ordinal: no per-run salt or identity hash (never changed)
    this.engine = new Engine(Lexicon.standard(), Set.copyOf(b.labels), List.copyOf(b.partners), Set.copyOf(b.disabled));
  }

  /** The ids of the detector's own recognisers, in the order they run. */
  public static List<String> recogniserIds() {
    return Engine.standardIds();
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
    return filter(engine.detect(text.toString(), adapt(terms)));
  }

  /** As {@link #detect(CharSequence, KnownTerms)}, keeping the reading for {@link #detectEdited}. */
  Engine.Reading read(String text, Terms terms) {
    return engine.read(text, terms);
  }

  /** The spans of a reading that this detector reports (score, types). */
  List<Span> spans(Engine.Reading reading) {
    return filter(reading.spans());
  }

  /**
   * As {@link #detect(CharSequence, KnownTerms)} on {@code text}, the text of {@code first} with
   * the replacements of {@code report} made (see {@link Engine#detectEdited}).
   */
  List<Span> detectEdited(Engine.Reading first, String text, Terms terms, List<ReportEntry> report) {
    int n = report.size();
    int[] inStart = new int[n];
    int[] inEnd = new int[n];
    int[] outStart = new int[n];
    int[] outEnd = new int[n];
    for (int k = 0; k < n; k++) {
      ReportEntry e = report.get(k);
      inStart[k] = e.start();
      inEnd[k] = e.end();
      outStart[k] = e.outputStart();
      outEnd[k] = e.outputEnd();
    }
    return filter(engine.detectEdited(first, text, terms, inStart, inEnd, outStart, outEnd));
  }

  private List<Span> filter(List<Span> all) {
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

  static Terms adapt(KnownTerms terms) {
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
    private final List<Recogniser> partners = new ArrayList<>();
    private final java.util.Set<String> disabled = new java.util.HashSet<>();

    private Builder() {}

    /**
     * Adds a partner's recogniser (its own case-number format, its own system's IDs). It runs
     * before the detector's own, on every text; its spans are merged with theirs. Ids must be
     * unique.
     */
    public Builder add(Recogniser recogniser) {
      Objects.requireNonNull(recogniser, "recogniser");
      String id = Objects.requireNonNull(recogniser.id(), "recogniser id");
      for (Recogniser r : partners) {
        if (r.id().equals(id)) {
          throw new IllegalArgumentException("Two recognisers have the id " + id);
        }
      }
      if (Engine.standardIds().contains(id)) {
        throw new IllegalArgumentException("The id " + id + " is one of the detector's own recognisers");
      }
      partners.add(recogniser);
      return this;
    }

    /** Turns off one of the detector's own recognisers, by its id (see {@link #recogniserIds()}). */
    public Builder without(String recogniserId) {
      if (!Engine.standardIds().contains(recogniserId)) {
        throw new IllegalArgumentException("No recogniser of the detector has the id " + recogniserId
            + "; they are " + Engine.standardIds());
      }
      disabled.add(recogniserId);
      return this;
    }

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
