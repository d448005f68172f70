package org.evidencekit.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Terms the caller knows about one text: details to remove wherever they appear (the
 * respondent's own name, organisation, email, phone) and text to keep (their name when they
 * consented to attribution). Initials and dates of birth are removed even inside kept text.
 * Immutable; its {@code toString} never shows the terms.
 */
public final class KnownTerms {
  private static final KnownTerms NONE = new KnownTerms(List.of(), List.of());

  /** One phrase to remove. */
  record Term(EntityType type, String text, boolean caseSensitive) {
    @Override
    public String toString() {
      return "Term[" + type + "]";
    }
  }

  private final List<Term> remove;
  private final List<String> keep;

  private KnownTerms(List<Term> remove, List<String> keep) {
    this.remove = List.copyOf(remove);
    this.keep = List.copyOf(keep);
  }

  public static KnownTerms none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  List<Term> removals() {
    return remove;
  }

  List<String> keeps() {
    return keep;
  }

  public boolean isEmpty() {
    return remove.isEmpty() && keep.isEmpty();
  }

  @Override
  public String toString() {
    return "KnownTerms[" + remove.size() + " to remove, " + keep.size() + " to keep]";
  }

  /** Builds {@link KnownTerms}. */
  public static final class Builder {
    private final List<Term> remove = new ArrayList<>();
    private final List<String> keep = new ArrayList<>();

    private Builder() {}

    /** Removes this exact phrase (any case) wherever it stands as whole words. */
    public Builder remove(EntityType type, String phrase) {
      Objects.requireNonNull(type, "type");
      if (phrase != null && !phrase.isBlank()) {
        remove.add(new Term(type, phrase.strip(), false));
      }
      return this;
    }

    /**
     * Removes a person's name: the whole name and each of its parts of three letters or more
     * where it is written with a capital (so "Sarah Dunmore" also removes "Dunmore" and "Sarah").
     */
    public Builder removePerson(String name) {
      if (name == null || name.isBlank()) {
        return this;
      }
      remove(EntityType.PERSON, name);
      for (String part : name.strip().split("[\\s,]+")) {
        String p = part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (p.length() >= 3 && Character.isUpperCase(p.charAt(0)) && !isTitle(p)) {
          remove.add(new Term(EntityType.PERSON, p, true));
        }
      }
      return this;
    }

    /**
     * Removes an organisation's name: the whole name, its distinctive words (not words such as
     * "Council" or "Project") where written with a capital, and its initials ("WSCP").
     */
    public Builder removeOrganisation(String name) {
      if (name == null || name.isBlank()) {
        return this;
      }
      remove(EntityType.ORGANISATION, name);
      StringBuilder initials = new StringBuilder();
      for (String part : name.strip().split("[\\s,]+")) {
        String p = part.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}']+$", "");
        if (p.isEmpty()) {
          continue;
        }
        if (Character.isUpperCase(p.charAt(0))) {
          initials.append(p.charAt(0));
        }
        if (p.length() >= 4 && Character.isUpperCase(p.charAt(0)) && !GENERIC_ORG.contains(p.toLowerCase(Locale.ROOT))) {
          remove.add(new Term(EntityType.ORGANISATION, p, true));
        }
      }
      if (initials.length() >= 3) {
        remove.add(new Term(EntityType.ORGANISATION, initials.toString(), true));
      }
      return this;
    }

    /** Keeps a person's name: the whole name and each part of it, as {@link #removePerson} finds them. */
    public Builder keepPerson(String name) {
      if (name == null || name.isBlank()) {
        return this;
      }
      keep(name);
      for (String part : name.strip().split("[\\s,]+")) {
        String p = part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (p.length() >= 3 && Character.isUpperCase(p.charAt(0)) && !isTitle(p)) {
          keep(p);
        }
      }
      return this;
    }

    /** Keeps an organisation's name, its distinctive words and initials. */
    public Builder keepOrganisation(String name) {
      if (name == null || name.isBlank()) {
        return this;
      }
      int before = remove.size();
      removeOrganisation(name);
      List<Term> added = new ArrayList<>(remove.subList(before, remove.size()));
      remove.subList(before, remove.size()).clear();
      for (Term t : added) {
        keep(t.text());
      }
      return this;
    }

    /** Keeps this phrase (any case) where it stands as whole words. */
    public Builder keep(String phrase) {
      if (phrase != null && !phrase.isBlank()) {
        keep.add(phrase.strip());
      }
      return this;
    }

    public KnownTerms build() {
      return new KnownTerms(remove, keep);
    }

    private static boolean isTitle(String p) {
      return java.util.Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Rev", "Sir", "Dame", "Lady", "Lord")
          .contains(p);
    }

    private static final java.util.Set<String> GENERIC_ORG =
        java.util.Set.of("council", "project", "trust", "foundation", "service", "services", "team",
            "partnership", "board", "police", "borough", "county", "city", "metropolitan", "district",
            "children", "children's", "young", "people", "people's", "family", "families", "support",
            "safeguarding", "local", "authority", "national", "society", "association", "group",
            "centre", "network", "limited", "health", "care", "youth", "community", "action",
            "charity", "agency", "unit", "office", "department", "school", "academy", "college",
            "university", "hospital", "clinic", "with", "from", "into", "against", "sexual",
            "exploitation", "abuse", "and", "the", "for");
  }
}
