package org.evidencekit.model.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evidencekit.model.Answer;
import org.evidencekit.model.DefinitionProblem;
import org.evidencekit.model.InputProblem;
import org.evidencekit.model.InvalidDefinitionException;
import org.evidencekit.model.internal.JsonPointers;
import org.evidencekit.model.internal.JsonSyntax;
import org.evidencekit.model.internal.PropertyException;
import org.evidencekit.model.internal.Quoting;
import org.evidencekit.model.rules.DefinitionRule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's exceptions into {@link InputProblem}s of our own: a JSON Pointer, a line and
 * column, and a message in plain words that names no generated class.
 */
final class JacksonProblems {
  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");
  private static final Pattern ID_LIKE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private JacksonProblems() {}

  /**
   * Our problems for Jackson's exception. Values from the input are quoted only when {@code
   * quoteValues} (questionnaire definitions); a response's values may be personal data.
   */
  static List<InputProblem> of(
      JacksonException e, String source, Supplier<LocationIndex> index, boolean quoteValues) {
    // Beyond a limit of the parser's (nesting depth, a number's digits, a text's length): the input
    // cannot be read safely, as with malformed text (exit 2 in every command).
    if ((e instanceof StreamReadException && !(e instanceof DatabindException))
        || e instanceof tools.jackson.core.exc.StreamConstraintsException
        || e.getCause() instanceof tools.jackson.core.exc.StreamConstraintsException) {
      return List.of(at(InputProblem.Kind.UNREADABLE, source, null, e.getLocation(),
          "malformed " + (source.endsWith(".yaml") || source.endsWith(".yml") ? "YAML" : "JSON")
              + ": " + JsonSyntax.describe(e.getOriginalMessage(), quoteValues)));
    }
    String pointer = pointer(e.getPath());
    if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidDefinitionException) {
      return definition((InvalidDefinitionException) e.getCause(), pointer, source, index.get());
    }
    if (e instanceof ValueInstantiationException && e.getCause() instanceof PropertyException) {
      PropertyException p = (PropertyException) e.getCause();
      String at = JsonPointers.append(pointer, p.property());
      return List.of(at(InputProblem.Kind.DEFINITION, source, at, index.get().locate(at), p.getMessage()));
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      String cause = String.valueOf(e.getCause().getMessage());
      Matcher m = MISSING.matcher(cause);
      if (m.find()) {
        List<InputProblem> out = new ArrayList<>();
        TokenStreamLocation where = index.get().locate(pointer);
        for (String attribute : m.group(2).split(",\\s*")) {
          out.add(at(InputProblem.Kind.STRUCTURE, source, pointer + "/" + attribute, where,
              "missing property '" + attribute + "'"));
        }
        return out;
      }
      return List.of(at(InputProblem.Kind.STRUCTURE, source, pointer, index.get().locate(pointer),
          quoteValues ? cause : Quoting.scrub(cause)));
    }
    String message;
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      message = "unknown property" + quoted(u.getPropertyName(), quoteValues) + knownNames(u.getKnownPropertyIds());
    } else if (e instanceof InvalidTypeIdException) {
      InvalidTypeIdException t = (InvalidTypeIdException) e;
      String kinds = subtypeNames(t.getBaseType().getRawClass());
      message = t.getTypeId() == null
          ? "missing property 'type': say which kind this is (" + kinds + ")"
          : (quoteValues || Quoting.isQuotable(t.getTypeId()) ? "'" + printable(t.getTypeId()) + "'" : "this")
              + " is not a kind of "
              + (t.getBaseType().getRawClass() == DefinitionRule.class ? "rule" : "item") + ": use " + kinds;
    } else if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      Class<?> target = f.getTargetType();
      String value = !quoteValues ? "the value" : f.getValue() == null ? "" : printable(String.valueOf(f.getValue()));
      if (target == LocalDate.class) {
        message = (quoteValues ? "'" + value + "'" : "this") + " is not a date: write it as YYYY-MM-DD, like 2012-11-30";
      } else if (e.getCause() instanceof IllegalArgumentException) {
        message = quoteValues ? e.getCause().getMessage() : Quoting.scrub(e.getCause().getMessage());
      } else if (target == String.class && f.getValue() instanceof Number) {
        message = quoteValues
            ? "'" + value + "' is read as a number here: write it in quotes to keep it as written"
            : "a number is given where text is expected: write text in quotes";
      } else if (target == String.class && f.getValue() instanceof Boolean) {
        message = quoteValues
            ? "'" + value + "' is read as true or false here: write it in quotes to keep it as written"
            : "true or false is given where text is expected: write text in quotes";
      } else {
        message = (quoteValues ? "'" + value + "'" : "the value") + " is not " + friendly(target);
      }
    } else if (e instanceof tools.jackson.databind.exc.InvalidNullException) {
      message = "null is not allowed here: leave the property out instead";
    } else if (e instanceof MismatchedInputException) {
      MismatchedInputException mm = (MismatchedInputException) e;
      Class<?> target = mm.getTargetType();
      if (target == Answer.class || target == LocalDate.class) {
        message = mm.getOriginalMessage(); // our own words (AnswerJson, StrictDates), quoting nothing
      } else if (e.getCause() instanceof IllegalArgumentException) {
        message = quoteValues ? e.getCause().getMessage() : Quoting.scrub(e.getCause().getMessage());
      } else {
        message = "expected " + friendly(target) + " here";
      }
    } else if (e.getCause() instanceof IllegalArgumentException) {
      message = quoteValues ? e.getCause().getMessage() : Quoting.scrub(e.getCause().getMessage());
    } else {
      message = JsonSyntax.describe(e.getOriginalMessage(), quoteValues);
    }
    TokenStreamLocation where = e.getLocation();
    if (where == null || where.getLineNr() <= 0) {
      where = index.get().locate(pointer);
    }
    return List.of(at(InputProblem.Kind.STRUCTURE, source, pointer, where, message));
  }

  /** Definition problems, placed below {@code prefix} and located in the source. */
  static List<InputProblem> definition(
      InvalidDefinitionException e, String prefix, String source, LocationIndex index) {
    List<InputProblem> out = new ArrayList<>();
    for (DefinitionProblem p : e.problems()) {
      String pointer = prefix + p.pointer();
      out.add(at(InputProblem.Kind.DEFINITION, source, pointer, index.locate(pointer), p.message()));
    }
    return out;
  }

  private static InputProblem at(
      InputProblem.Kind kind, String source, String pointer, TokenStreamLocation where, String message) {
    int line = where == null ? 0 : Math.max(0, where.getLineNr());
    int column = where == null ? 0 : Math.max(0, where.getColumnNr());
    return new InputProblem(kind, source, pointer, line, column, message);
  }

  static String pointer(List<JacksonException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : path) {
      if (r.getPropertyName() != null) {
        sb.append('/').append(JsonPointers.escape(r.getPropertyName()));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }

  /** A name from the input, quoted only if it looks like an identifier: never free text. */
  static String printable(String name) {
    return name != null && ID_LIKE.matcher(name).matches() ? name : "(a name that is not an identifier)";
  }

  /**
   * " 'name'" for a name that may be quoted (any identifier in a definition; in a response, only
   * one shaped like ours), else "" (the message then names no property).
   */
  static String quoted(String name, boolean quoteValues) {
    if (quoteValues ? name != null && ID_LIKE.matcher(name).matches() : Quoting.isQuotable(name)) {
      return " '" + name + "'";
    }
    return quoteValues ? " '" + printable(name) + "'" : "";
  }

  static String known(ValueDeserializer<?> deserializer) {
    return deserializer == null ? "" : knownNames(deserializer.getKnownPropertyNames());
  }

  private static String knownNames(Collection<Object> names) {
    if (names == null || names.isEmpty()) {
      return "";
    }
    return ": use " + names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static String subtypeNames(Class<?> base) {
    JsonSubTypes types = base.getAnnotation(JsonSubTypes.class);
    if (types == null) {
      return "a known type";
    }
    List<String> names = new ArrayList<>();
    for (JsonSubTypes.Type t : types.value()) {
      names.add(t.name());
    }
    return String.join(", ", names);
  }

  private static String friendly(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (type == String.class) {
      return "text (a string)";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == LocalDate.class) {
      return "a date like 2012-11-30";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    if (type.isEnum()) {
      return "one of its allowed values";
    }
    String name = type.getSimpleName().replaceFirst("^Immutable", "");
    return "an object (" + name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT) + ")";
  }

}
