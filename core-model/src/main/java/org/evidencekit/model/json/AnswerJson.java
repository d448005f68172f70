package org.evidencekit.model.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerVisitor;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.TextAnswer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** The JSON form of {@link Answer}s: the plain JSON value that fits each kind. */
final class AnswerJson {
  private AnswerJson() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("evidencekit-answers");
    m.addSerializer(Answer.class, new Writer());
    m.addDeserializer(Answer.class, new Reader());
    m.addDeserializer(java.time.LocalDate.class, new StrictDates());
    return m;
  }

  static final class Writer extends ValueSerializer<Answer> {
    @Override
    public void serialize(Answer value, JsonGenerator g, SerializationContext ctxt) {
      value.accept(
          new AnswerVisitor<Void>() {
            @Override
            public Void visit(TextAnswer a) {
              g.writeString(a.value());
              return null;
            }

            @Override
            public Void visit(NumberAnswer a) {
              g.writeNumber(a.value());
              return null;
            }

            @Override
            public Void visit(BooleanAnswer a) {
              g.writeBoolean(a.value());
              return null;
            }

            @Override
            public Void visit(ChoiceAnswer a) {
              g.writeStartObject();
              g.writeName("selected");
              g.writeStartArray();
              for (String s : a.selected()) {
                g.writeString(s);
              }
              g.writeEndArray();
              if (!a.specified().isEmpty()) {
                g.writeName("specified");
                g.writeStartObject();
                for (Map.Entry<String, String> e : a.specified().entrySet()) {
                  g.writeName(e.getKey());
                  g.writeString(e.getValue());
                }
                g.writeEndObject();
              }
              g.writeEndObject();
              return null;
            }
          });
    }
  }

  static final class Reader extends ValueDeserializer<Answer> {
    @Override
    public Answer deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      switch (t) {
        case VALUE_STRING:
          return TextAnswer.of(p.getString());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return number(p, ctxt);
        case VALUE_TRUE:
          return BooleanAnswer.of(true);
        case VALUE_FALSE:
          return BooleanAnswer.of(false);
        case START_OBJECT:
          return choice(p, ctxt);
        case START_ARRAY:
          return fail(ctxt, "an answer cannot be a bare list: write the options chosen as {\"selected\": [...]}");
        default:
          return fail(ctxt, "an answer cannot be empty (null): leave the question out instead");
      }
    }

    @Override
    public Answer getNullValue(DeserializationContext ctxt) {
      return fail(ctxt, "an answer cannot be empty (null): leave the question out instead");
    }

    /** The number, its length and range checked before it is converted or computed with. */
    private static Answer number(JsonParser p, DeserializationContext ctxt) {
      String text = p.getString();
      if (text.length() > NumberAnswer.MAX_CHARS + 8) {
        return fail(ctxt, "a number of " + text.length() + " characters: an answer's number is at most"
            + " 999,999,999,999,999");
      }
      BigDecimal value = p.getDecimalValue();
      if (!NumberAnswer.inRange(value)) {
        return fail(ctxt, "a number beyond the largest an answer holds (999,999,999,999,999, with at most "
            + NumberAnswer.MAX_DECIMALS + " decimal places)");
      }
      return NumberAnswer.of(value);
    }

    private ChoiceAnswer choice(JsonParser p, DeserializationContext ctxt) {
      List<String> selected = null;
      Map<String, String> specified = new LinkedHashMap<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("selected".equals(name)) {
          if (value != JsonToken.START_ARRAY) {
            return fail(ctxt, "'selected' is a list of option ids, like [\"a\", \"b\"]");
          }
          selected = new ArrayList<>();
          for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e != JsonToken.VALUE_STRING) {
              return fail(ctxt, "'selected' holds option ids, each a string");
            }
            selected.add(p.getString());
          }
        } else if ("specified".equals(name)) {
          if (value != JsonToken.START_OBJECT) {
            return fail(ctxt, "'specified' maps option ids to their text, like {\"other\": \"...\"}");
          }
          for (JsonToken e = p.nextToken(); e != JsonToken.END_OBJECT; e = p.nextToken()) {
            String option = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
              return fail(ctxt, "the text given for an option is a string");
            }
            if (specified.put(option, p.getString()) != null) {
              return fail(ctxt, "text is given twice for the same option");
            }
          }
        } else {
          return fail(ctxt, "a choice answer has only 'selected' and 'specified'; remove the other property");
        }
      }
      if (selected == null) {
        return fail(ctxt, "a choice answer needs 'selected': the list of option ids chosen");
      }
      return ChoiceAnswer.of(selected, specified);
    }

    private static <T> T fail(DeserializationContext ctxt, String message) {
      return ctxt.reportInputMismatch(Answer.class, "%s", message);
    }
  }
}
