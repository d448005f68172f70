package org.evidencekit.anonymise.internal;

/**
 * Names of people, decided by context and lexicons in any case (see {@link NamePass}): titles,
 * cues, quoted nicknames, listed first names and surnames of many communities, capitalised words
 * that are no English word, first names that are also words where the context makes them names,
 * names in small letters.
 */
final class NameRule extends Rule {
  @Override
  String id() {
    return "name";
  }

  @Override
  void find(Doc d) {
    new NamePass(d).names();
  }
}
