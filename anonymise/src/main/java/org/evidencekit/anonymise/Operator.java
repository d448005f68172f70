package org.evidencekit.anonymise;

import java.util.Arrays;
import java.util.Objects;

/**
 * What replaces a personal detail found in text. Create with the static factories:
 *
 * <ul>
 *   <li>{@link #replaceWithType()}: the type's tag, {@code [NAME]};
 *   <li>{@link #pseudonym(String)}: a consistent pseudonym, the same for every mention of the same
 *       detail in a document (or a batch): "Child A", "Child B" ...;
 *   <li>{@link #mask(char)}: every letter and digit masked, {@code *****};
 *   <li>{@link #hmac(byte[])}: a keyed hash token, {@code [NAME:3f9a0c12de]}, the same for the same
 *       detail under the same key (the key is the caller's, never logged or shown).
 * </ul>
 */
public sealed interface Operator
    permits Operator.Replace, Operator.Pseudonym, Operator.Mask, Operator.Hmac {

  <R> R accept(Visitor<R> visitor);

  /** What the report calls this operator's action. */
  Action action();

  static Operator replaceWithType() {
    return Replace.INSTANCE;
  }

  /** Pseudonyms labelled after the type ("Person A", "School A"). */
  static Operator pseudonym() {
    return new Pseudonym(null);
  }

  /** Pseudonyms with this label: "Child" gives "Child A", "Child B" ... */
  static Operator pseudonym(String label) {
    Objects.requireNonNull(label, "label");
    if (!label.matches("\\p{Lu}[\\p{L}]*(?: [\\p{L}]+)*")) {
      throw new IllegalArgumentException(
          "A pseudonym label is one or more words starting with a capital letter, such as \"Child\"");
    }
    return new Pseudonym(label);
  }

  static Operator mask() {
    return new Mask('*');
  }

  static Operator mask(char with) {
    if (Character.isLetterOrDigit(with) || Character.isWhitespace(with)) {
      throw new IllegalArgumentException("A mask character is neither a letter, a digit nor a space");
    }
    return new Mask(with);
  }

  /** A keyed HMAC-SHA256 token; the key (at least 16 bytes) is copied and never shown. */
  static Operator hmac(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < 16) {
      throw new IllegalArgumentException("An HMAC key needs at least 16 bytes");
    }
    return new Hmac(key.clone());
  }

  /** What an operator did to a span, as the report says it. */
  enum Action {
    REPLACED,
    PSEUDONYMISED,
    MASKED,
    HASHED
  }

  /** Visits the operator kinds. */
  interface Visitor<R> {
    R visitReplace();

    R visitPseudonym(java.util.Optional<String> label);

    R visitMask(char with);

    R visitHmac(byte[] key);
  }

  /** Replaces with the type's tag. */
  final class Replace implements Operator {
    static final Replace INSTANCE = new Replace();

    private Replace() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitReplace();
    }

    @Override
    public Action action() {
      return Action.REPLACED;
    }

    @Override
    public String toString() {
      return "replaceWithType";
    }
  }

  /** Consistent pseudonyms. */
  final class Pseudonym implements Operator {
    private final String label;

    private Pseudonym(String label) {
      this.label = label;
    }

    /** The label, or the type's default label when null. */
    public java.util.Optional<String> label() {
      return java.util.Optional.ofNullable(label);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitPseudonym(label());
    }

    @Override
    public Action action() {
      return Action.PSEUDONYMISED;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pseudonym && Objects.equals(label, ((Pseudonym) o).label);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(label);
    }

    @Override
    public String toString() {
      return "pseudonym(" + (label == null ? "by type" : label) + ")";
    }
  }

  /** Masks letters and digits. */
  final class Mask implements Operator {
    private final char with;

    private Mask(char with) {
      this.with = with;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitMask(with);
    }

    @Override
    public Action action() {
      return Action.MASKED;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Mask && ((Mask) o).with == with;
    }

    @Override
    public int hashCode() {
      return with;
    }

    @Override
    public String toString() {
      return "mask(" + with + ")";
    }
  }

  /** Keyed hash tokens. */
  final class Hmac implements Operator {
    private final byte[] key;

    private Hmac(byte[] key) {
      this.key = key;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitHmac(key.clone());
    }

    @Override
    public Action action() {
      return Action.HASHED;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Hmac && java.security.MessageDigest.isEqual(key, ((Hmac) o).key);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
      return "hmac(key hidden)";
    }
  }
}
