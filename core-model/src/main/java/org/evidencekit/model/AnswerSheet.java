package org.evidencekit.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A response read against its questionnaire: the answer to each question wherever the response
 * keeps it (in {@link Response#answers()} or, for a bound question, in the respondent block,
 * consent or oral-evidence field), and which parts and questions apply.
 *
 * <p>Applying follows FHIR: a question applies when its part applies, its groups apply and its
 * conditions hold; a condition on a question that does not apply sees no answer. A part with a
 * {@link Declaration} applies when the declaration is ticked, not when it is answered false, and,
 * when it is not answered, when any question in the part is answered.
 *
 * <p>Not thread-safe (it remembers what it has worked out); cheap to make, one per use.
 */
public final class AnswerSheet {
  private final Questionnaire questionnaire;
  private final Response response;
  private final Map<String, Boolean> questionApplies = new HashMap<>();
  private final Map<String, Boolean> partApplies = new HashMap<>();

  private AnswerSheet(Questionnaire questionnaire, Response response) {
    this.questionnaire = questionnaire;
    this.response = response;
  }

  public static AnswerSheet of(Questionnaire questionnaire, Response response) {
    return new AnswerSheet(questionnaire, response);
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  public Response response() {
    return response;
  }

  /**
   * The answer given for a question, whether or not it applies: from the response field the
   * question is bound to, else from the answers. A bound tick box that is not ticked has no
   * answer.
   */
  public Optional<Answer> answer(Question question) {
    if (question.responseField().isPresent()) {
      return boundAnswer(question.responseField().get());
    }
    return Optional.ofNullable(response.answers().get(question.id()));
  }

  /** The answer given under this id (a question's or a declaration's), wherever it is kept. */
  public Optional<Answer> answer(String id) {
    Optional<Question> q = questionnaire.question(id);
    if (q.isPresent()) {
      return answer(q.get());
    }
    return Optional.ofNullable(response.answers().get(id));
  }

  private Optional<Answer> boundAnswer(ResponseField field) {
    switch (field) {
      case CONSENT:
        return response.consent().map(c -> ChoiceAnswer.of(c.id()));
      case ORAL_EVIDENCE:
        return response.oralEvidence() ? Optional.of(BooleanAnswer.of(true)) : Optional.empty();
      default:
        return response.respondent().get(field).map(TextAnswer::of);
    }
  }

  /** Whether an answer says something: non-blank text, a number, a tick, a chosen option. */
  public static boolean isGiven(Answer answer) {
    return answer.accept(
        new AnswerVisitor<Boolean>() {
          @Override
          public Boolean visit(TextAnswer a) {
            return !a.value().isBlank();
          }

          @Override
          public Boolean visit(NumberAnswer a) {
            return true;
          }

          @Override
          public Boolean visit(BooleanAnswer a) {
            return a.value();
          }

          @Override
          public Boolean visit(ChoiceAnswer a) {
            return !a.selected().isEmpty();
          }
        });
  }

  /** The answer to a question if the question applies; empty if it does not. */
  public Optional<Answer> effectiveAnswer(Question question) {
    return applies(question) ? answer(question) : Optional.empty();
  }

  /** How the part's declaration is answered: ticked, answered false, or not at all. */
  public Optional<Boolean> declared(Part part) {
    if (part.declaration().isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(response.answers().get(part.declaration().get().id()))
        .flatMap(Answer::asBoolean)
        .map(BooleanAnswer::value);
  }

  /** Whether any question in the part has an answer that says something. */
  public boolean hasAnswersIn(Part part) {
    for (Question q : questionnaire.questions()) {
      if (q.asGroup().isEmpty()
          && questionnaire.partOf(q) == part
          && answer(q).map(AnswerSheet::isGiven).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the part applies to this response. */
  public boolean applies(Part part) {
    Boolean known = partApplies.get(part.id());
    if (known != null) {
      return known;
    }
    partApplies.put(part.id(), Boolean.FALSE); // a cycle, were there one, sees "does not apply"
    boolean result =
        holds(part.enableWhen(), part.enableBehavior())
            && declared(part).orElseGet(() -> part.declaration().isEmpty() || hasAnswersIn(part));
    partApplies.put(part.id(), result);
    return result;
  }

  /** Whether the question applies: its part, its groups and its own conditions. */
  public boolean applies(Question question) {
    Boolean known = questionApplies.get(question.id());
    if (known != null) {
      return known;
    }
    questionApplies.put(question.id(), Boolean.FALSE);
    boolean result =
        applies(questionnaire.partOf(question))
            && questionnaire.groupOf(question).map(this::applies).orElse(true)
            && holds(question.enableWhen(), question.enableBehavior());
    questionApplies.put(question.id(), result);
    return result;
  }

  private boolean holds(List<Condition> conditions, EnableBehavior behavior) {
    if (conditions.isEmpty()) {
      return true;
    }
    for (Condition c : conditions) {
      boolean h = holds(c);
      if (behavior == EnableBehavior.ANY && h) {
        return true;
      }
      if (behavior == EnableBehavior.ALL && !h) {
        return false;
      }
    }
    return behavior == EnableBehavior.ALL;
  }

  /** Whether one condition holds, looking only at answers to questions that apply. */
  public boolean holds(Condition condition) {
    Optional<Answer> answer = conditionSubject(condition.question());
    Optional<Answer> given = answer.filter(AnswerSheet::isGiven);
    String value = condition.value().orElse("");
    switch (condition.operator()) {
      case ANSWERED:
        return given.isPresent();
      case NOT_ANSWERED:
        return given.isEmpty();
      case SELECTED:
        return given.flatMap(Answer::asChoice).map(a -> a.isSelected(value)).orElse(false);
      case NOT_SELECTED:
        return given.flatMap(Answer::asChoice).map(a -> !a.isSelected(value)).orElse(false);
      case EQUALS:
        return answer.map(a -> equalsValue(a, value)).orElse("false".equals(value) && isTickBox(condition.question()));
      case NOT_EQUALS:
        return answer.map(a -> !equalsValue(a, value)).orElse("true".equals(value) && isTickBox(condition.question()));
      case GREATER_THAN:
        return compare(given, value) > 0;
      case LESS_THAN:
        return given.isPresent() && compare(given, value) < 0;
      default:
        throw new AssertionError(condition.operator());
    }
  }

  private boolean isTickBox(String id) {
    return questionnaire.partDeclaredBy(id).isPresent()
        || questionnaire.question(id).map(q -> q.asTickBox().isPresent()).orElse(false);
  }

  private Optional<Answer> conditionSubject(String id) {
    Optional<Question> q = questionnaire.question(id);
    if (q.isPresent()) {
      return effectiveAnswer(q.get());
    }
    Optional<Part> declaring = questionnaire.partDeclaredBy(id);
    if (declaring.isPresent() && holds(declaring.get().enableWhen(), declaring.get().enableBehavior())) {
      return Optional.ofNullable(response.answers().get(id));
    }
    return Optional.empty();
  }

  private static boolean equalsValue(Answer a, String value) {
    return a.accept(
        new AnswerVisitor<Boolean>() {
          @Override
          public Boolean visit(TextAnswer answer) {
            return answer.value().equals(value);
          }

          @Override
          public Boolean visit(NumberAnswer answer) {
            return value.matches("-?[0-9]+(\\.[0-9]+)?")
                && answer.value().compareTo(new BigDecimal(value)) == 0;
          }

          @Override
          public Boolean visit(BooleanAnswer answer) {
            return String.valueOf(answer.value()).equals(value);
          }

          @Override
          public Boolean visit(ChoiceAnswer answer) {
            return false; // a choice is tested with 'selected', never 'equals'
          }
        });
  }

  private static int compare(Optional<Answer> given, String value) {
    return given.flatMap(Answer::asNumber).map(n -> n.value().compareTo(new BigDecimal(value))).orElse(0);
  }
}
