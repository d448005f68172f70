package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Which questionnaire, and which version of it, a response answers. */
@Value.Immutable
@JsonSerialize(as = ImmutableQuestionnaireRef.class)
@JsonDeserialize(as = ImmutableQuestionnaireRef.class)
@JsonPropertyOrder({"id", "version"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface QuestionnaireRef
    permits ImmutableQuestionnaireRef, ImmutableQuestionnaireRef.Json {
  @Value.Parameter
  String id();

  @Value.Parameter
  String version();

  static QuestionnaireRef of(String id, String version) {
    return ImmutableQuestionnaireRef.of(id, version);
  }

  static QuestionnaireRef of(Questionnaire questionnaire) {
    return of(questionnaire.id(), questionnaire.version());
  }
}
