package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who responds: the person completing the response and the organisation they respond for. All
 * fields are optional here; a questionnaire makes some required by binding required questions to
 * them ({@link ResponseField}). None of it appears in {@code toString()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRespondent.class)
@JsonDeserialize(as = ImmutableRespondent.class)
@JsonPropertyOrder({"name", "jobTitle", "email", "phone", "organisation", "area", "contactName"})
@SuppressWarnings("deprecation") // permits Immutables' Jackson delegate, deprecated to keep people off it
public sealed interface Respondent permits ImmutableRespondent, ImmutableRespondent.Json {
  /** The person completing the response. */
  @Value.Redacted
  Optional<String> name();

  @Value.Redacted
  Optional<String> jobTitle();

  @Value.Redacted
  Optional<String> email();

  @Value.Redacted
  Optional<String> phone();

  /** The organisation responding. */
  @Value.Redacted
  Optional<String> organisation();

  /** The area it covers: a local authority, police force area, region. */
  @Value.Redacted
  Optional<String> area();

  /** A named contact, where it is someone other than the person completing. */
  @Value.Redacted
  Optional<String> contactName();

  /** The value of one of the respondent fields. */
  default Optional<String> get(ResponseField field) {
    switch (field) {
      case RESPONDENT_NAME:
        return name();
      case RESPONDENT_JOB_TITLE:
        return jobTitle();
      case RESPONDENT_EMAIL:
        return email();
      case RESPONDENT_PHONE:
        return phone();
      case RESPONDENT_ORGANISATION:
        return organisation();
      case RESPONDENT_AREA:
        return area();
      case RESPONDENT_CONTACT_NAME:
        return contactName();
      default:
        throw new IllegalArgumentException(field.id() + " is not a respondent field");
    }
  }

  /** Whether no field is given. */
  @JsonIgnore
  default boolean isEmpty() {
    return name().isEmpty()
        && jobTitle().isEmpty()
        && email().isEmpty()
        && phone().isEmpty()
        && organisation().isEmpty()
        && area().isEmpty()
        && contactName().isEmpty();
  }

  /** A respondent with no field given. */
  static Respondent empty() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Respondent}. */
  final class Builder extends ImmutableRespondent.Builder {
    Builder() {}

    /** Sets one of the respondent fields. */
    public Builder set(ResponseField field, String value) {
      switch (field) {
        case RESPONDENT_NAME:
          name(value);
          break;
        case RESPONDENT_JOB_TITLE:
          jobTitle(value);
          break;
        case RESPONDENT_EMAIL:
          email(value);
          break;
        case RESPONDENT_PHONE:
          phone(value);
          break;
        case RESPONDENT_ORGANISATION:
          organisation(value);
          break;
        case RESPONDENT_AREA:
          area(value);
          break;
        case RESPONDENT_CONTACT_NAME:
          contactName(value);
          break;
        default:
          throw new IllegalArgumentException(field.id() + " is not a respondent field");
      }
      return this;
    }
  }
}
