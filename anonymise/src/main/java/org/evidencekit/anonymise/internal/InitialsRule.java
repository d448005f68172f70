package org.evidencekit.anonymise.internal;

/**
 * Initials standing for a person: dotted ({@code K.L.}), bare capitals ({@code JT}, unless a
 * known abbreviation or used as one: "the RVI", "an ABE interviewer"), a known abbreviation that
 * the context makes a person ("her friend NB", "LM and DH", "MS, a 14-year-old"), and a single
 * letter with a full stop where a person stands ("took the statement from C.", "while T. told us";
 * not "Plan B." or "Appendix C.").
 */
final class InitialsRule extends Rule {
  @Override
  String id() {
    return "initials";
  }

  @Override
  void find(Doc d) {
    new NamePass(d).initialsAll();
  }
}
