package org.evidencekit.schema.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.Condition;
import org.evidencekit.model.EnableBehavior;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.validation.Messages;

/**
 * The schema's own phrases, built from core-model's wording ({@link Messages}): "question 7b",
 * "the Intervention section", when a question applies. Never quotes a respondent's text.
 */
final class Wording {
  private final Questionnaire q;

  Wording(Questionnaire q) {
    this.q = q;
  }

  /** "question 7b" or, for an unnumbered question, "the question 'Please provide ...'". */
  String where(Question question) {
    return Messages.referenceTo(q, question);
  }

  /** "Question 6: " before a message about a question. */
  String prefix(Question question) {
    return Messages.capitalise(where(question)) + ": ";
  }

  String partName(Part part) {
    return part.title().map(t -> "the " + t + " section").orElse("the section '" + part.id() + "'");
  }

  /** Conditions joined by "and" or "or". */
  String describe(List<Condition> conditions, EnableBehavior behavior) {
    return Messages.describe(q, conditions, behavior);
  }

  String describe(Condition c) {
    return Messages.describe(q, c);
  }

  /**
   * When a question applies, in words: "the Intervention section applies (you tick that it does,
   * or answer its questions) and 'j. Other' is chosen in question 8"; empty if it always does.
   */
  String whenApplies(Question question) {
    List<String> reasons = new ArrayList<>();
    Part part = q.partOf(question);
    if (!part.enableWhen().isEmpty()) {
      reasons.add(describe(part.enableWhen(), part.enableBehavior()));
    }
    part.declaration().ifPresent(d -> reasons.add(partName(part) + (d.onlyWhenTicked()
        ? " applies (you tick " + Messages.describe(d) + ")"
        : " applies (you tick that it does, or answer its questions)")));
    List<Question> chain = new ArrayList<>();
    for (Optional<QuestionGroup> g = q.groupOf(question); g.isPresent(); g = q.groupOf(g.get())) {
      chain.add(0, g.get());
    }
    chain.add(question);
    for (Question c : chain) {
      if (!c.enableWhen().isEmpty()) {
        String d = describe(c.enableWhen(), c.enableBehavior());
        reasons.add(c.enableWhen().size() > 1 && c.enableBehavior() == EnableBehavior.ANY ? "(" + d + ")" : d);
      }
    }
    return String.join(" and ", reasons);
  }
}
