package org.evidencekit.model.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;

/**
 * Checks a {@link Response} against its {@link Questionnaire} and reports every problem: unknown
 * questions and options, answers of the wrong kind, an "other" option without its text or text
 * without its option, negative or fractional counts, malformed email addresses, text over its
 * limit, answers where a part or question does not apply, required answers missing where they
 * apply, a response to another questionnaire or version; and warnings, which leave a response
 * valid, such as a date after the closing date.
 *
 * <p>Each problem names its place (a JSON Pointer into the response, the question's id and
 * printed number) and says what to do, in the GOV.UK style. No message quotes the respondent's
 * text.
 *
 * <p>Configured once with {@link #builder()}; immutable and thread-safe.
 */
public final class ResponseValidator {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final boolean warnAfterClosingDate;
  private final LocalDate today;

  private ResponseValidator(Builder b) {
    this.warnAfterClosingDate = b.warnAfterClosingDate;
    this.today = b.today;
  }

  /** A validator with the default settings. */
  public static ResponseValidator standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every problem with {@code response} as an answer to {@code questionnaire}. */
  public ValidationReport validate(Questionnaire questionnaire, Response response) {
    return new Validation(questionnaire, response, warnAfterClosingDate, today).run();
  }

  /** Configures a {@link ResponseValidator}. */
  public static final class Builder {
    private boolean warnAfterClosingDate = true;
    private LocalDate today;

    private Builder() {}

    /** Whether a response dated after the closing date gets a warning (default: yes). */
    public Builder warnAfterClosingDate(boolean warn) {
      this.warnAfterClosingDate = warn;
      return this;
    }

    /**
     * The date against which a response without a date of its own is compared with the closing
     * date; by default such a response gets no closing-date warning.
     */
    public Builder today(LocalDate today) {
      this.today = today;
      return this;
    }

    public ResponseValidator build() {
      return new ResponseValidator(this);
    }
  }
}
