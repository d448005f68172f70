package org.evidencekit.schema.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Condition;
import org.evidencekit.model.EnableBehavior;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;

/**
 * The words of messages and descriptions, in the GOV.UK style core-model uses: "question 7b",
 * "Enter the number of CSE victims you work with each year", "'j. Other (please explain):' is
 * chosen in question 8". Never quotes a respondent's text.
 */
final class Wording {
  private final Questionnaire q;

  Wording(Questionnaire q) {
    this.q = q;
  }

  /** "question 7b" or, for an unnumbered question, "the question 'Please provide ...'". */
  String where(Question question) {
    return q.referenceTo(question);
  }

  static String abbreviate(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "…";
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "Question 6: " before a message about a question. */
  String prefix(Question question) {
    return capitalise(where(question)) + ": ";
  }

  String partName(Part part) {
    return part.title().map(t -> "the " + t + " section").orElse("the section '" + part.id() + "'");
  }

  /** "'j. Other (please explain):'" */
  static String describe(Option option) {
    return "'" + option.label().map(l -> l + " ").orElse("") + option.text() + "'";
  }

  static String optionIds(ChoiceQuestion question) {
    return question.options().stream().map(Option::id).collect(Collectors.joining(", "));
  }

  /** Conditions joined by "and" or "or". */
  String describe(List<Condition> conditions, EnableBehavior behavior) {
    return q.describe(conditions, behavior);
  }

  String describe(Condition c) {
    return q.describe(c);
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
    part.declaration().ifPresent(d -> reasons.add(partName(part) + " applies (you tick that it does, or answer its questions)"));
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
