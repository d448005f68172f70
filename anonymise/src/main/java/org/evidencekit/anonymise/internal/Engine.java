package org.evidencekit.anonymise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evidencekit.anonymise.spi.Recogniser;
import org.evidencekit.anonymise.spi.Span;

/**
 * Combines the recognisers: the anonymiser's own output is protected, the caller's terms and the
 * partner's recognisers go first, then each family of the detector's own in turn (a family does
 * not find again what an earlier one covered), then overlaps are resolved ({@link Spans}: the
 * higher score names a merged span; a containing span absorbs what it contains). Immutable and
 * thread-safe; each call keeps its state in a {@link Doc}.
 */
public final class Engine {
  private final Lexicon lex;
  private final Set<String> pseudonymLabels;
  private final List<Rule> rules;

  public Engine(Lexicon lex, Set<String> pseudonymLabels, List<Recogniser> partners, Set<String> disabled) {
    this.lex = lex;
    this.pseudonymLabels = Set.copyOf(pseudonymLabels);
    List<Rule> r = new ArrayList<>();
    r.add(new OwnOutputRule(this.pseudonymLabels));
    r.add(new CallerTermsRule());
    for (Recogniser p : partners) {
      r.add(new PartnerRule(p));
    }
    for (Rule own : standardRules()) {
      if (!disabled.contains(own.id())) {
        r.add(own);
      }
    }
    this.rules = List.copyOf(r);
  }

  /** The detector's own recognisers, in the order they run. */
  static List<Rule> standardRules() {
    return List.of(
        new EmailRule(),
        new UrlRule(),
        new FileNameRule(),
        new IpAddressRule(),
        new HandleRule(),
        new BankRule(),
        new PassportRule(),
        new PinRule(),
        new DateRule(),
        new NhsNumberRule(),
        new PhoneRule(),
        new NiNumberRule(),
        new PostcodeRule(),
        new VehicleRule(),
        new CaseReferenceRule(),
        new AddressRule(),
        new KeptPhrasesRule(),
        new SchoolRule(),
        new OrganisationRule(),
        new InitialsRule(),
        new NameRule());
  }

  /** The ids of the detector's own recognisers, in the order they run. */
  public static List<String> standardIds() {
    List<String> ids = new ArrayList<>();
    for (Rule r : standardRules()) {
      ids.add(r.id());
    }
    return ids;
  }

  /** All spans found in {@code text}, overlaps merged, sorted by start. */
  public List<Span> detect(String text, Terms terms) {
    return run(new Doc(text, terms, lex, pseudonymLabels));
  }

  /** As {@link #detect}, keeping the reading of the text for {@link #detectEdited}. */
  public Reading read(String text, Terms terms) {
    Doc d = new Doc(text, terms, lex, pseudonymLabels);
    return new Reading(d, run(d));
  }

  /**
   * As {@link #detect} on {@code text}, which is {@code first}'s text with input ranges
   * [inStart[k], inEnd[k]) replaced by output ranges [outStart[k], outEnd[k]) (in order, not
   * overlapping): the same spans, found with less work, since the words of the unchanged text
   * keep what was learnt of them in the first reading (see {@link Doc}).
   */
  public List<Span> detectEdited(Reading first, String text, Terms terms, int[] inStart, int[] inEnd,
      int[] outStart, int[] outEnd) {
    return run(new Doc(text, terms, lex, pseudonymLabels, first.doc,
        new Doc.Edits(inStart, inEnd, outStart, outEnd)));
  }

  /** The spans found in one text, and what was learnt of its words. */
  public static final class Reading {
    private final Doc doc;
    private final List<Span> spans;

    Reading(Doc doc, List<Span> spans) {
      this.doc = doc;
      this.spans = spans;
    }

    /** All spans found, overlaps merged, sorted by start. */
    public List<Span> spans() {
      return spans;
    }
  }

  private List<Span> run(Doc d) {
    for (Rule r : rules) {
      if (r.mayFind(d)) {
        r.find(d);
      }
    }
    return Spans.resolve(d.spans, d.protectedRanges, d.allowed);
  }

  /** Merges overlapping spans as detection does (the higher score names the merged span). */
  public static List<Span> merge(List<Span> spans) {
    return Spans.resolve(spans, List.of(), List.of());
  }
}
