package org.evidencekit.anonymise;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.evidencekit.anonymise.internal.Engine;
import org.evidencekit.anonymise.internal.PseudonymBook;
import org.evidencekit.anonymise.internal.Terms;
import org.evidencekit.anonymise.spi.EntityType;
import org.evidencekit.anonymise.spi.Recogniser;
import org.evidencekit.anonymise.spi.Span;

/**
 * Removes personal details from free text: finds them with a {@link PiiDetector}, replaces each
 * with its {@link Operator} (by default the type's tag, {@code [NAME]}), and reports every span
 * without its original text. Anonymising the output again changes nothing more.
 *
 * <p>{@link #anonymise(String)} gives consistent pseudonyms within one document; a {@link
 * #newBatch() batch} keeps them consistent across many ("Child A" every time the same child is
 * named). Configured once with {@link #builder()}; immutable and thread-safe (a batch is
 * thread-safe too, but its pseudonyms depend on the order of calls).
 */
public final class TextAnonymiser {
  private static volatile TextAnonymiser standard;

  private final PiiDetector detector;
  private final Operator defaultOperator;
  private final Map<EntityType, Operator> operators;

  private TextAnonymiser(Builder b) {
    this.defaultOperator = b.defaultOperator;
    this.operators = new EnumMap<>(EntityType.class);
    this.operators.putAll(b.operators);
    PiiDetector.Builder d = PiiDetector.builder().threshold(b.threshold);
    for (EntityType type : EntityType.values()) {
      Operator op = operators.getOrDefault(type, defaultOperator);
      if (op instanceof Operator.Pseudonym) {
        d.pseudonymLabel(((Operator.Pseudonym) op).label().orElse(type.defaultPseudonymLabel()));
      }
    }
    if (b.types != null) {
      d.types(b.types);
    }
    for (Recogniser r : b.partners) {
      d.add(r);
    }
    for (String id : b.disabled) {
      d.without(id);
    }
    this.detector = d.build();
  }

  /** Every type replaced by its tag, default threshold. */
  public static TextAnonymiser standard() {
    TextAnonymiser a = standard;
    if (a == null) {
      a = builder().build();
      standard = a;
    }
    return a;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The detector this anonymiser uses. */
  public PiiDetector detector() {
    return detector;
  }

  /** Anonymises one document (pseudonyms consistent within it). */
  public AnonymisedText anonymise(String text) {
    return anonymise(text, KnownTerms.none());
  }

  /** Anonymises one document, also removing and keeping the caller's terms. */
  public AnonymisedText anonymise(String text, KnownTerms terms) {
    return run(text, terms, new PseudonymBook());
  }

  /**
   * Finds and replaces, then looks again at the output: a replacement can change what is around
   * a word (a cue, a capital at the start of a sentence). Anything found the second time is
   * mapped back onto the input and removed with the rest, until nothing new is found, so that
   * anonymising the output again changes nothing more.
   */
  private AnonymisedText run(String text, KnownTerms terms, PseudonymBook book) {
    Terms t = PiiDetector.adapt(terms);
    Engine.Reading first = detector.read(text, t);
    List<Span> spans = detector.spans(first);
    if (spans.isEmpty()) {
      return new AnonymisedText(text, List.of());
    }
    for (int round = 0; round < 3; round++) {
      // The same original always gets the same pseudonym, so applying again is harmless.
      AnonymisedText out = apply(text, spans, book);
      // detector.detect(out.text(), terms), reusing what the first reading learnt of the words
      List<Span> more = detector.detectEdited(first, out.text(), t, out.report());
      if (more.isEmpty()) {
        return out;
      }
      List<Span> all = new ArrayList<>(spans);
      for (Span m : more) {
        all.add(back(m, out.report()));
      }
      spans = Engine.merge(all);
    }
    return apply(text, spans, book);
  }

  /** A span of the output mapped onto the input (widened over any replacement it touches). */
  private static Span back(Span m, List<ReportEntry> report) {
    int start = map(m.start(), report, true);
    int end = map(m.end(), report, false);
    return new Span(m.type(), start, Math.max(end, start + 1), m.score(), m.rule());
  }

  private static int map(int o, List<ReportEntry> report, boolean isStart) {
    int delta = 0;
    for (ReportEntry e : report) {
      if (o < e.outputStart() || (!isStart && o == e.outputStart())) {
        break;
      }
      if (o < e.outputEnd() || (!isStart && o == e.outputEnd())) {
        return isStart ? e.start() : e.end();
      }
      delta = e.end() - e.outputEnd();
    }
    return o + delta;
  }

  /** A batch: pseudonyms stay consistent across every text anonymised through it. */
  public Batch newBatch() {
    return new Batch();
  }

  /** Applies the operators to spans already found (as {@link PiiDetector#detect}). */
  AnonymisedText apply(String text, List<Span> spans, PseudonymBook book) {
    StringBuilder out = new StringBuilder(text.length() + 16 * spans.size());
    List<ReportEntry> report = new ArrayList<>(spans.size());
    int pos = 0;
    for (Span s : spans) {
      out.append(text, pos, s.start());
      Operator op = operators.getOrDefault(s.type(), defaultOperator);
      String replacement = op == Operator.replaceWithType()
          ? s.type().tag()
          : replacement(op, s.type(), text.substring(s.start(), s.end()), book);
      int os = out.length();
      out.append(replacement);
      report.add(new ReportEntry(s.type(), s.start(), s.end(), s.rule(), s.score(), op.action(), os, out.length()));
      pos = s.end();
    }
    out.append(text, pos, text.length());
    return new AnonymisedText(out.toString(), report);
  }

  private static String replacement(Operator op, EntityType type, String original, PseudonymBook book) {
    return op.accept(
        new Operator.Visitor<String>() {
          @Override
          public String visitReplace() {
            return type.tag();
          }

          @Override
          public String visitPseudonym(Optional<String> label) {
            return book.pseudonym(type, label.orElse(type.defaultPseudonymLabel()), original);
          }

          @Override
          public String visitMask(char with) {
            StringBuilder sb = new StringBuilder(original.length());
            for (int i = 0; i < original.length(); i++) {
              char c = original.charAt(i);
              sb.append(Character.isLetterOrDigit(c) ? with : c);
            }
            return sb.toString();
          }

          @Override
          public String visitHmac(byte[] key) {
            try {
              Mac mac = Mac.getInstance("HmacSHA256");
              mac.init(new SecretKeySpec(key, "HmacSHA256"));
              java.util.Arrays.fill(key, (byte) 0);
              byte[] h = mac.doFinal((type.tagName() + ":" + PseudonymBook.normalise(original))
                  .getBytes(StandardCharsets.UTF_8));
              StringBuilder sb = new StringBuilder("[").append(type.tagName()).append(':');
              for (int i = 0; i < 5; i++) {
                sb.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
              }
              return sb.append(']').toString();
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
            }
          }
        });
  }

  /** Texts anonymised with one set of pseudonyms. Thread-safe. */
  public final class Batch {
    private final PseudonymBook book = new PseudonymBook();

    private Batch() {}

    public synchronized AnonymisedText anonymise(String text) {
      return anonymise(text, KnownTerms.none());
    }

    public synchronized AnonymisedText anonymise(String text, KnownTerms terms) {
      return run(text, terms, book);
    }
  }

  /** Configures a {@link TextAnonymiser}. */
  public static final class Builder {
    private Operator defaultOperator = Operator.replaceWithType();
    private final Map<EntityType, Operator> operators = new EnumMap<>(EntityType.class);
    private double threshold = 0.5;
    private java.util.Set<EntityType> types;
    private final List<Recogniser> partners = new ArrayList<>();
    private final List<String> disabled = new ArrayList<>();

    private Builder() {}

    /** Adds a partner's recogniser; see {@link PiiDetector.Builder#add}. */
    public Builder add(Recogniser recogniser) {
      partners.add(Objects.requireNonNull(recogniser, "recogniser"));
      return this;
    }

    /** Turns off one of the detector's own recognisers; see {@link PiiDetector.Builder#without}. */
    public Builder without(String recogniserId) {
      disabled.add(Objects.requireNonNull(recogniserId, "recogniserId"));
      return this;
    }

    /** The operator for every type without its own (default: {@link Operator#replaceWithType()}). */
    public Builder operator(Operator operator) {
      this.defaultOperator = Objects.requireNonNull(operator, "operator");
      return this;
    }

    /** The operator for one type, such as {@code pseudonym("Child")} for {@link EntityType#PERSON}. */
    public Builder operator(EntityType type, Operator operator) {
      operators.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(operator, "operator"));
      return this;
    }

    /** The detector's threshold (default 0.5); see {@link PiiDetector.Builder#threshold}. */
    public Builder threshold(double threshold) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("The threshold is between 0 and 1, not " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /** Only these types are removed (default: all). */
    public Builder types(java.util.Set<EntityType> types) {
      this.types = java.util.Set.copyOf(types);
      return this;
    }

    public TextAnonymiser build() {
      return new TextAnonymiser(this);
    }
  }
}
