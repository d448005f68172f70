package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One response to a questionnaire: which questionnaire and version it answers, when it was sent,
 * who sent it ({@link #respondent()}), what they allow to be published ({@link #consent()}),
 * whether they would give oral evidence, their {@link #answers()} keyed by question id, and what
 * they sent with it ({@link #attachments()}).
 *
 * <p>A response is a record of what was given, right or wrong: it can hold an unknown question id
 * or a count of -1. {@link org.evidencekit.model.validation.ResponseValidator} says what is wrong
 * with it, against its questionnaire.
 *
 * <p>Questions bound to a {@link ResponseField} (the respondent's name, the consent, the oral
 * evidence tick box) are answered in those fields, not in {@link #answers()}; {@link AnswerSheet}
 * reads both the same way.
 */
@Value.Immutable(copy = true)
@JsonSerialize(as = ImmutableResponse.class)
@JsonDeserialize(as = ImmutableResponse.class)
@JsonPropertyOrder({
  "id", "questionnaire", "submitted", "respondent", "consent", "oralEvidence", "answers",
  "attachments"
})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Response permits ImmutableResponse, ImmutableResponse.Json {
  /** An id for the response, such as the inquiry's reference for it. */
  Optional<String> id();

  QuestionnaireRef questionnaire();

  /** The day the response was sent. */
  Optional<LocalDate> submitted();

  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyRespondent.class)
  default Respondent respondent() {
    return Respondent.empty();
  }

  /** What may be published; absent if the respondent has not said. */
  Optional<Consent> consent();

  /** Whether the respondent would give oral evidence or join a workshop or focus group. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean oralEvidence() {
    return false;
  }

  /** Answers by question id (and declaration id). */
  Map<String, Answer> answers();

  List<Attachment> attachments();

  /** This response with these answers instead of its own. */
  default Response withAnswers(Map<String, ? extends Answer> answers) {
    return ImmutableResponse.copyOf(this).withAnswers(answers);
  }

  /** This response with one answer given or replaced. */
  default Response withAnswer(String questionId, Answer answer) {
    Map<String, Answer> answers = new java.util.LinkedHashMap<>(answers());
    answers.put(questionId, answer);
    return withAnswers(answers);
  }

  /** This response with another respondent block. */
  default Response withRespondent(Respondent respondent) {
    return ImmutableResponse.copyOf(this).withRespondent(respondent);
  }

  /** This response with another consent (or none). */
  default Response withConsent(Optional<? extends Consent> consent) {
    return ImmutableResponse.copyOf(this).withConsent(consent);
  }

  /** This response with other attachments. */
  default Response withAttachments(Iterable<? extends Attachment> attachments) {
    return ImmutableResponse.copyOf(this).withAttachments(attachments);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Jackson filter that leaves an empty respondent block out of written JSON. */
  final class EmptyRespondent {
    EmptyRespondent() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Respondent && ((Respondent) other).isEmpty();
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  /** Builds a {@link Response}. */
  final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
