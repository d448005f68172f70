package org.evidencekit.anonymise.internal;

import org.evidencekit.anonymise.spi.Recogniser;
import org.evidencekit.anonymise.spi.Span;

/** A partner's {@link Recogniser}, run on the whole text; its spans are checked and kept. */
final class PartnerRule extends Rule {
  private final Recogniser recogniser;

  PartnerRule(Recogniser recogniser) {
    this.recogniser = recogniser;
  }

  @Override
  String id() {
    return recogniser.id();
  }

  @Override
  void find(Doc d) {
    java.util.List<Span> found = recogniser.recognise(d.text);
    if (found == null) {
      return;
    }
    for (Span s : found) {
      if (s != null && s.end() <= d.length()) {
        d.add(s.type(), s.start(), s.end(), s.score(), s.rule());
      }
    }
  }
}
