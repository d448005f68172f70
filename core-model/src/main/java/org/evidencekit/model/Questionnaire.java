package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A questionnaire: who issues it and until when, its formal definitions, and its parts, whose
 * sections hold content blocks and questions in reading order.
 *
 * <p>A questionnaire is always well formed: building one (with {@link #builder()} or by reading
 * JSON or YAML through {@link org.evidencekit.model.json.EvidenceJson}) checks ids, references,
 * conditions and bindings, and throws an {@link InvalidDefinitionException} listing every problem
 * with its JSON Pointer.
 *
 * <p>The {@link #version()} must change whenever responses to the earlier version would no longer
 * be valid: a response names the id and version it answers.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuestionnaire.class)
@JsonDeserialize(as = ImmutableQuestionnaire.class)
@JsonPropertyOrder({
  "id", "version", "title", "subtitle", "issuer", "contact", "closingDate", "language", "notes",
  "definitions", "parts"
})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public abstract sealed class Questionnaire
    permits ImmutableQuestionnaire, ImmutableQuestionnaire.Json {
  /** A stable id, such as "occ-csegg-call-for-evidence-2012". */
  public abstract String id();

  /** The version; responses name the one they answer. */
  public abstract String version();

  public abstract String title();

  public abstract Optional<String> subtitle();

  /** Who issues the questionnaire. */
  public abstract Optional<String> issuer();

  public abstract Optional<Contact> contact();

  /** The last day responses are expected; a response dated later gets a warning. */
  public abstract Optional<LocalDate> closingDate();

  /** The language of the questionnaire's text, a BCP 47 tag. */
  @Value.Default
  public String language() {
    return "en-GB";
  }

  /** Notes on the definition as a whole: its source, how it was transcribed. */
  public abstract List<String> notes();

  /** The formal definitions the questionnaire works with. */
  public abstract List<Definition> definitions();

  public abstract List<Part> parts();

  @Value.Lazy
  QuestionnaireIndex index() {
    return new QuestionnaireIndex(this);
  }

  /** Every question in reading order, groups before their sub-questions. */
  public ImmutableList<Question> questions() {
    return index().questions();
  }

  /** The question (or group) with this id. */
  public Optional<Question> question(String id) {
    return index().question(id);
  }

  /** The part with this id. */
  public Optional<Part> part(String id) {
    return parts().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The part a question is in. */
  public Part partOf(Question question) {
    return index().located(question.id()).part();
  }

  /** The group a question is in, if it is in one. */
  public Optional<QuestionGroup> groupOf(Question question) {
    return index().located(question.id()).group();
  }

  /**
   * The question's printed number, as printed: its own label after those of the groups it is in,
   * such as "1. d)" or "7. b."; empty if nothing is printed.
   */
  public String printedNumber(Question question) {
    return index().located(question.id()).printedNumber();
  }

  /** The JSON Pointer of a question in this definition's JSON form. */
  public String pointerOf(Question question) {
    return index().located(question.id()).pointer();
  }

  /** The question bound to this response field, if any. */
  public Optional<Question> questionFor(ResponseField field) {
    return index().boundTo(field);
  }

  /** The part whose declaration has this id, if any. */
  public Optional<Part> partDeclaredBy(String declarationId) {
    return index().partDeclaredBy(declarationId);
  }

  /** The definition with this id. */
  public Optional<Definition> definition(String id) {
    return definitions().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    List<DefinitionProblem> problems = DefinitionChecker.problems(this);
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(problems);
    }
  }

  Questionnaire() {} // only the generated classes extend it

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Questionnaire}. */
  public static final class Builder extends ImmutableQuestionnaire.Builder {
    Builder() {}
  }
}
