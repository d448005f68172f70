package org.evidencekit.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencekit.model.internal.Ids;
import org.evidencekit.model.internal.JsonPointers;
import org.evidencekit.model.rules.ChildAgeRule;
import org.evidencekit.model.rules.PeerOnPeerRule;

/**
 * The rules a whole questionnaire definition must keep, beyond those of each object: unique ids,
 * references that resolve, conditions that make sense for the question they test and form no
 * cycle, and bindings to response fields of the right kind. Returns every problem, each with the
 * JSON Pointer of the place to fix.
 */
final class DefinitionChecker {
  private final Questionnaire q;
  private final QuestionnaireIndex index;
  private final List<DefinitionProblem> problems = new ArrayList<>();

  private DefinitionChecker(Questionnaire q) {
    this.q = q;
    this.index = new QuestionnaireIndex(q);
  }

  static List<DefinitionProblem> problems(Questionnaire q) {
    DefinitionChecker c = new DefinitionChecker(q);
    c.run();
    return c.problems;
  }

  private void problem(String pointer, String message) {
    problems.add(DefinitionProblem.of(pointer, message));
  }

  private void run() {
    if (!Ids.isValid(q.id())) {
      problem("/id", "'" + q.id() + "' is not a usable id: use letters, digits, '-', '_' or '.'");
    }
    if (q.version().isBlank()) {
      problem("/version", "give the questionnaire a version, such as \"1.0\"");
    }
    if (q.title().isBlank()) {
      problem("/title", "give the questionnaire a title");
    }
    Locale locale = Locale.forLanguageTag(q.language());
    if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(q.language())) {
      problem("/language", "'" + q.language() + "' is not a BCP 47 language tag, such as \"en-GB\" or \"cy\"");
    }
    checkUniqueIds();
    checkDefinitions();
    checkContent();
    checkBindings();
    checkConditions();
    checkCycles();
  }

  private void checkUniqueIds() {
    Set<String> partIds = new HashSet<>();
    Set<String> sectionIds = new HashSet<>();
    for (int p = 0; p < q.parts().size(); p++) {
      Part part = q.parts().get(p);
      if (!partIds.add(part.id())) {
        problem(JsonPointers.of("parts", p, "id"), "another part already has the id '" + part.id() + "'");
      }
      for (int s = 0; s < part.sections().size(); s++) {
        Section section = part.sections().get(s);
        if (!sectionIds.add(section.id())) {
          problem(
              JsonPointers.of("parts", p, "sections", s, "id"),
              "another section already has the id '" + section.id() + "'");
        }
      }
      if (part.declaration().isPresent()) {
        String id = part.declaration().get().id();
        if (index.find(id).isPresent()) {
          problem(
              JsonPointers.of("parts", p, "declaration", "id"),
              "the declaration's id '" + id + "' is also a question's id: answers are keyed by both");
        } else if (index.partDeclaredBy(id).map(d -> d != part).orElse(false)) {
          problem(
              JsonPointers.of("parts", p, "declaration", "id"),
              "another part's declaration already has the id '" + id + "'");
        }
      }
    }
    for (QuestionnaireIndex.Located dup : index.duplicates()) {
      problem(
          dup.pointer() + "/id",
          "another question already has the id '" + dup.question.id() + "': ids must be unique,"
              + " even where printed numbers repeat");
    }
    for (QuestionnaireIndex.Located l : index.all()) {
      Optional<ChoiceQuestion> choice = l.question.asChoice();
      if (choice.isPresent()) {
        List<Option> options = choice.get().options();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < options.size(); k++) {
          if (!seen.add(options.get(k).id())) {
            problem(
                JsonPointers.append(l.pointer(), "options", k, "id"),
                "another option of question '" + l.question.id() + "' already has the id '"
                    + options.get(k).id() + "'");
          }
        }
      }
    }
  }

  private void checkDefinitions() {
    Map<String, Definition> byId = new HashMap<>();
    for (int d = 0; d < q.definitions().size(); d++) {
      Definition def = q.definitions().get(d);
      if (byId.putIfAbsent(def.id(), def) != null) {
        problem(JsonPointers.of("definitions", d, "id"), "another definition already has the id '" + def.id() + "'");
      }
    }
    for (int d = 0; d < q.definitions().size(); d++) {
      Optional<PeerOnPeerRule> peer = q.definitions().get(d).rule(PeerOnPeerRule.class);
      if (peer.isPresent()) {
        Definition child = byId.get(peer.get().childDefinition());
        if (child == null || child.rule(ChildAgeRule.class).isEmpty()) {
          problem(
              JsonPointers.of("definitions", d, "rule", "childDefinition"),
              "'" + peer.get().childDefinition() + "' is not the id of a definition with a child-age rule");
        }
      }
    }
  }

  private void checkContent() {
    for (int p = 0; p < q.parts().size(); p++) {
      Part part = q.parts().get(p);
      for (int s = 0; s < part.sections().size(); s++) {
        List<Item> items = part.sections().get(s).items();
        for (int i = 0; i < items.size(); i++) {
          List<String> ids = items.get(i).accept(DEFINITIONS_SHOWN);
          for (int k = 0; k < ids.size(); k++) {
            if (q.definition(ids.get(k)).isEmpty()) {
              problem(
                  JsonPointers.of("parts", p, "sections", s, "items", i, "definitions", k),
                  "there is no definition with the id '" + ids.get(k) + "'");
            }
          }
        }
      }
    }
  }

  private void checkBindings() {
    Map<ResponseField, String> seen = new EnumMap<>(ResponseField.class);
    for (QuestionnaireIndex.Located l : index.all()) {
      if (l.question.responseField().isEmpty()) {
        continue;
      }
      ResponseField field = l.question.responseField().get();
      String where = l.pointer() + "/responseField";
      String earlier = seen.putIfAbsent(field, l.question.id());
      if (earlier != null) {
        problem(where, "question '" + earlier + "' already fills " + field.id() + ": bind each field once");
        continue;
      }
      String kind = Kinds.withArticle(l.question);
      boolean fits = l.question.accept(FILLS).contains(field);
      switch (field) {
        case RESPONDENT_EMAIL:
          if (!fits) {
            problem(where, field.id() + " is filled by an email question, not " + kind + " question");
          }
          break;
        case CONSENT:
          if (!fits) {
            problem(where, "consent is filled by a single-choice question, not " + kind + " question");
          } else {
            List<Option> options = l.question.asChoice().orElseThrow().options();
            for (int k = 0; k < options.size(); k++) {
              if (Consent.find(options.get(k).id()).isEmpty() || options.get(k).specify()) {
                problem(
                    JsonPointers.append(l.pointer(), "options", k, "id"),
                    "a consent option's id is one of 'attributed', 'anonymised', 'in-confidence'"
                        + " (and asks for no text)");
              }
            }
          }
          break;
        case ORAL_EVIDENCE:
          if (!fits) {
            problem(where, "oralEvidence is filled by a tick box, not " + kind + " question");
          }
          break;
        default:
          if (!fits) {
            problem(where, field.id() + " is filled by a short-text or long-text question, not " + kind + " question");
          }
      }
    }
  }

  private void checkConditions() {
    for (int p = 0; p < q.parts().size(); p++) {
      Part part = q.parts().get(p);
      for (int c = 0; c < part.enableWhen().size(); c++) {
        Condition condition = part.enableWhen().get(c);
        String pointer = JsonPointers.of("parts", p, "enableWhen", c);
        checkCondition(condition, pointer);
        index
            .find(condition.question())
            .filter(l -> l.part() == part)
            .ifPresent(
                l ->
                    problem(
                        pointer + "/question",
                        "a part cannot depend on a question inside it ('" + condition.question() + "')"));
        if (part.declaration().map(d -> d.id().equals(condition.question())).orElse(false)) {
          problem(pointer + "/question", "a part cannot depend on its own declaration");
        }
      }
    }
    for (QuestionnaireIndex.Located l : index.all()) {
      List<Condition> conditions = l.question.enableWhen();
      for (int c = 0; c < conditions.size(); c++) {
        String pointer = JsonPointers.append(l.pointer(), "enableWhen", c);
        checkCondition(conditions.get(c), pointer);
        if (conditions.get(c).question().equals(l.question.id())) {
          problem(pointer + "/question", "a question cannot depend on its own answer");
        }
      }
    }
  }

  private void checkCondition(Condition condition, String pointer) {
    String target = condition.question();
    Optional<Question> question = index.question(target);
    boolean declaration = index.partDeclaredBy(target).isPresent();
    if (question.isEmpty() && !declaration) {
      problem(pointer + "/question", "there is no question or declaration with the id '" + target + "'");
      return;
    }
    String kind = declaration ? "a tick-box" : Kinds.withArticle(question.get());
    if (question.isPresent() && question.get().asGroup().isPresent()) {
      problem(pointer + "/question", "'" + target + "' is a group, which has no answer: test one of its questions");
      return;
    }
    Operator op = condition.operator();
    String value = condition.value().orElse(null);
    String valuePointer = pointer + "/value";
    switch (op) {
      case ANSWERED:
      case NOT_ANSWERED:
        return;
      case SELECTED:
      case NOT_SELECTED:
        if (question.flatMap(Question::asChoice).isEmpty()) {
          problem(pointer + "/operator", "'" + op.id() + "' tests a choice question; '" + target + "' is " + kind + " question");
        } else if (question.get().asChoice().orElseThrow().option(value).isEmpty()) {
          problem(valuePointer, "question '" + target + "' has no option with the id '" + value + "'");
        }
        return;
      case GREATER_THAN:
      case LESS_THAN:
        if (!question.flatMap(Question::asCount).isPresent()) {
          problem(pointer + "/operator", "'" + op.id() + "' tests a count question; '" + target + "' is " + kind + " question");
        } else if (!isWholeNumber(value)) {
          problem(valuePointer, "'" + value + "' is not a whole number");
        }
        return;
      case EQUALS:
      case NOT_EQUALS:
        Optional<Wrong> wrong = declaration
            ? tickBoxValueProblem(value)
            : question.get().accept(new EqualsProblem(value));
        wrong.ifPresent(w -> problem(w.operator() ? pointer + "/operator" : valuePointer, w.message()));
        return;
      default:
        throw new AssertionError(op);
    }
  }

  /** What is wrong with a condition: its operator, or its value. */
  private record Wrong(boolean operator, String message) {}

  private static Optional<Wrong> tickBoxValueProblem(String value) {
    return "true".equals(value) || "false".equals(value)
        ? Optional.empty()
        : Optional.of(new Wrong(false, "a tick box equals \"true\" or \"false\", not '" + value + "'"));
  }

  /** What is wrong with an 'equals' or 'not-equals' condition for the question it tests. */
  private static final class EqualsProblem implements QuestionVisitor<Optional<Wrong>> {
    private final String value;

    EqualsProblem(String value) {
      this.value = value;
    }

    @Override
    public Optional<Wrong> visit(ShortTextQuestion question) {
      return Optional.empty();
    }

    @Override
    public Optional<Wrong> visit(LongTextQuestion question) {
      return Optional.empty();
    }

    @Override
    public Optional<Wrong> visit(EmailQuestion question) {
      return Optional.empty();
    }

    @Override
    public Optional<Wrong> visit(CountQuestion question) {
      return isWholeNumber(value)
          ? Optional.empty()
          : Optional.of(new Wrong(false, "'" + value + "' is not a whole number"));
    }

    @Override
    public Optional<Wrong> visit(TickBoxQuestion question) {
      return tickBoxValueProblem(value);
    }

    @Override
    public Optional<Wrong> visit(SingleChoiceQuestion question) {
      return choice();
    }

    @Override
    public Optional<Wrong> visit(MultipleChoiceQuestion question) {
      return choice();
    }

    private Optional<Wrong> choice() {
      return Optional.of(new Wrong(true, "test a choice question with 'selected' or 'not-selected'"));
    }

    @Override
    public Optional<Wrong> visit(QuestionGroup group) {
      return Optional.empty(); // a condition on a group is reported before this is asked
    }
  }

  /** The response fields each kind of question can fill. */
  private static final QuestionVisitor<Set<ResponseField>> FILLS =
      new QuestionVisitor<>() {
        @Override
        public Set<ResponseField> visit(ShortTextQuestion question) {
          return TEXT_FIELDS;
        }

        @Override
        public Set<ResponseField> visit(LongTextQuestion question) {
          return TEXT_FIELDS;
        }

        @Override
        public Set<ResponseField> visit(EmailQuestion question) {
          return EnumSet.of(ResponseField.RESPONDENT_EMAIL);
        }

        @Override
        public Set<ResponseField> visit(CountQuestion question) {
          return EnumSet.noneOf(ResponseField.class);
        }

        @Override
        public Set<ResponseField> visit(TickBoxQuestion question) {
          return EnumSet.of(ResponseField.ORAL_EVIDENCE);
        }

        @Override
        public Set<ResponseField> visit(SingleChoiceQuestion question) {
          return EnumSet.of(ResponseField.CONSENT);
        }

        @Override
        public Set<ResponseField> visit(MultipleChoiceQuestion question) {
          return EnumSet.noneOf(ResponseField.class);
        }

        @Override
        public Set<ResponseField> visit(QuestionGroup group) {
          return EnumSet.noneOf(ResponseField.class);
        }
      };

  /** The respondent's fields other than the email address: filled by a text question. */
  private static final Set<ResponseField> TEXT_FIELDS = textFields();

  private static Set<ResponseField> textFields() {
    Set<ResponseField> fields = EnumSet.noneOf(ResponseField.class);
    for (ResponseField f : ResponseField.values()) {
      if (f.isRespondentField() && f != ResponseField.RESPONDENT_EMAIL) {
        fields.add(f);
      }
    }
    return fields;
  }

  /** The ids of the definitions an item shows: a definitions block's; none for anything else. */
  private static final ItemVisitor<List<String>> DEFINITIONS_SHOWN =
      new ItemVisitor.Default<>() {
        @Override
        public List<String> visit(DefinitionsBlock definitions) {
          return definitions.definitions();
        }

        @Override
        protected List<String> otherwise(Item item) {
          return List.of();
        }
      };

  private static boolean isWholeNumber(String value) {
    return value != null && value.matches("(0|[1-9][0-9]{0,17})");
  }

  /**
   * Whether a question depends, through its own conditions, its groups' and its part's, on
   * itself. A dependency on a part means on that part's declaration and conditions, and on all of
   * the part's questions when the part has a declaration (an undeclared part applies when any of
   * its questions is answered).
   */
  private void checkCycles() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (QuestionnaireIndex.Located l : index.all()) {
      List<String> deps = new ArrayList<>();
      for (Condition c : l.question.enableWhen()) {
        deps.add(c.question());
      }
      l.group().ifPresent(g -> deps.add(g.id()));
      deps.add("part:" + l.part().id());
      edges.put(l.question.id(), deps);
    }
    for (Part part : q.parts()) {
      List<String> deps = new ArrayList<>();
      for (Condition c : part.enableWhen()) {
        deps.add(c.question());
      }
      edges.put("part:" + part.id(), deps);
      // A condition on a declaration sees it only where the declaring part's conditions hold.
      part.declaration().ifPresent(d -> edges.put(d.id(), List.of("part:" + part.id())));
    }
    Map<String, Integer> state = new HashMap<>();
    for (String node : edges.keySet()) {
      List<String> path = new ArrayList<>();
      if (cycleFrom(node, edges, state, path)) {
        String pointer = "";
        for (String step : path) {
          if (index.find(step).isPresent()) {
            pointer = index.find(step).get().pointer() + "/enableWhen";
            break;
          }
        }
        problem(pointer, "conditions form a cycle: " + String.join(" → ", path));
        return;
      }
    }
  }

  private static boolean cycleFrom(
      String node, Map<String, List<String>> edges, Map<String, Integer> state, List<String> path) {
    Integer s = state.get(node);
    if (s != null && s == 2) {
      return false;
    }
    path.add(node);
    if (s != null && s == 1) {
      return true;
    }
    state.put(node, 1);
    for (String next : edges.getOrDefault(node, List.of())) {
      if (cycleFrom(next, edges, state, path)) {
        return true;
      }
    }
    state.put(node, 2);
    path.remove(path.size() - 1);
    return false;
  }
}
