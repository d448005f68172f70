package org.evidencekit.model.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Dates are written YYYY-MM-DD and nothing else: no spaces, times, numbers or arrays. */
final class StrictDates extends ValueDeserializer<LocalDate> {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return ctxt.reportInputMismatch(LocalDate.class, "%s", "a date is text written YYYY-MM-DD, like \"2012-11-30\"");
    }
    String text = p.getString();
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // falls through: 2012-02-30 and the like
      }
    }
    // The text is not quoted back: in a response it could be anything, personal data included.
    return ctxt.reportInputMismatch(LocalDate.class, "%s", "this is not a date: write it as YYYY-MM-DD, like 2012-11-30");
  }
}
