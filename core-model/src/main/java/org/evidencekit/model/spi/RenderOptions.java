package org.evidencekit.model.spi;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.evidencekit.model.Answer;
import org.evidencekit.model.Consent;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.Responses;
import org.evidencekit.model.internal.Quoting;
import org.immutables.value.Value;

/**
 * How a document is rendered: its {@link Layout}, a password to encrypt it with, whether it is an
 * archival (PDF/A) document, and whether editing is restricted to filling in the form. Which of
 * these a format honours, its {@link DocumentFormat} says ({@link DocumentFormat#layouts()}, {@link
 * DocumentFormat#capabilities()}); a renderer asked for what it cannot do says so with an {@link
 * EvidenceKitException} before writing anything.
 */
@Value.Immutable
public sealed interface RenderOptions permits ImmutableRenderOptions {
  @Value.Default
  default Layout layout() {
    return Layout.FORM;
  }

  /** Encrypt the document with this password (AES-256). */
  Optional<Password> password();

  /** Make an archival document (PDF/A); cannot be combined with a password. */
  @Value.Default
  default boolean archival() {
    return false;
  }

  /** Restrict editing to filling in the form's fields, where the format allows it. */
  @Value.Default
  default boolean restrictEditing() {
    return false;
  }

  /**
   * The response has been anonymised (the respondent's details removed unless they consented to be
   * named): where anonymisation removed an answer, the document says "Withheld" rather than leaving
   * the question empty or "Not provided", and still reads back as the anonymised response.
   */
  @Value.Default
  default boolean anonymised() {
    return false;
  }

  /**
   * Where answers were withheld (removed by anonymisation), as JSON Pointers into the response
   * ("/respondent/name", "/answers/contact-phone"): a printed document says "Withheld" there, not
   * "Not answered". Say so only for a response that was anonymised; empty by default.
   */
  java.util.Set<String> withheld();

  /**
   * Where a renderer says "Withheld" in {@code response}: the pointers of {@link #withheld()}
   * (which {@code AnonymisedResponse.withheld()} gives), or, where none are given for a response
   * marked {@link #anonymised()}, each question asking for the respondent's details that is left
   * unanswered, unless the respondent consented to be named. Every format asks this one question,
   * so a Word, PDF and HTML document of the same response say "Withheld" in the same places.
   */
  default Set<String> withheldIn(Questionnaire questionnaire, Response response) {
    if (!withheld().isEmpty() || !anonymised() || response.consent().orElse(null) == Consent.ATTRIBUTED) {
      return withheld();
    }
    Map<String, Answer> answers = Responses.answersOf(questionnaire, response);
    Set<String> out = new TreeSet<>();
    for (ResponseField f : ResponseField.values()) {
      if (f.isRespondentField()) {
        questionnaire.questionFor(f).filter(qn -> !answers.containsKey(qn.id())).ifPresent(qn -> out.add(f.pointer()));
      }
    }
    return out;
  }

  /**
   * Checks what every renderer checks before it writes anything: a printed or answers-only
   * document needs a response, and a response must answer this questionnaire and version.
   *
   * @throws EvidenceKitException if not; a response to another questionnaire or version is a
   *     {@link DocumentException} with reason {@link DocumentException.Reason#OTHER_QUESTIONNAIRE}
   */
  default void checkFor(Questionnaire questionnaire, Optional<Response> response) {
    if (response.isEmpty() && layout() != Layout.FORM) {
      throw new EvidenceKitException(
          "The " + layout().id() + " layout shows a response's answers: give a response, or ask for the blank form");
    }
    if (response.isPresent()) {
      QuestionnaireRef wanted = QuestionnaireRef.of(questionnaire);
      QuestionnaireRef given = response.get().questionnaire();
      if (!wanted.equals(given)) {
        throw new DocumentException(
            DocumentException.Reason.OTHER_QUESTIONNAIRE,
            "The response answers "
                + (Quoting.isQuotable(given.id()) ? "questionnaire '" + given.id() + "'" : "another questionnaire")
                + (Quoting.isQuotable(given.version()) ? " version '" + given.version() + "'" : "")
                + ", not '" + wanted.id() + "' version '" + wanted.version()
                + "': render it with its own questionnaire");
      }
    }
  }

  /** The defaults: a fillable form, unencrypted. */
  static RenderOptions defaults() {
    return builder().build();
  }

  static RenderOptions of(Layout layout) {
    return builder().layout(layout).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RenderOptions}. */
  final class Builder extends ImmutableRenderOptions.Builder {
    Builder() {}
  }
}
